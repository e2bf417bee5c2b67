// Types of tsserver-client.mjs for the TypeScript tests.
export interface Location {
  line: number;
  offset: number;
}

export declare function locate(text: string, needle: string, options?: { occurrence?: number; delta?: number }): Location;

export declare class TsServerClient {
  static start(options: { tsserver: string; cwd?: string; logFile?: string; args?: string[] }): TsServerClient;
  readonly events: { event: string; body?: unknown }[];
  notify(command: string, args: unknown): void;
  request(command: string, args: unknown, options?: { timeout?: number }): Promise<{ body?: any }>;
  open(file: string, options?: { content?: string; scriptKindName?: string; projectRootPath?: string }): void;
  quickInfo(file: string, location: Location): Promise<any>;
  completionInfo(file: string, location: Location, prefix?: string): Promise<any>;
  completionEntryDetails(file: string, location: Location, entryNames: string[]): Promise<any[]>;
  applicableRefactors(file: string, location: Location): Promise<any[]>;
  editsForRefactor(file: string, location: Location, refactor: string, action: string): Promise<any>;
  close(): Promise<void>;
}
