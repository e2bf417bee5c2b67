import * as path from 'node:path';
import * as vscode from 'vscode';

import type * as TS from 'typescript';

/** The name the plugin is listed under in `compilerOptions.plugins` (and contributed to tsserver as). */
export const PLUGIN_NAME = 'eslint-plugin-auth-errors';

/** The fields of the tsconfig plugin entry the editor core reads (`name` and anything else are left out). */
export interface TsconfigEntry {
  enable?: unknown;
  locale?: unknown;
  families?: unknown;
  catalogs?: unknown;
}

const MAX_EXTENDS = 8;

/**
 * The `eslint-plugin-auth-errors` entry of the tsconfig / jsconfig that owns a file, so that the standalone
 * providers (TypeScript 7 path) honour the same options tsserver hands the plugin. Follows relative `extends`
 * chains; reads each config file once until it changes on disk.
 */
export class TsconfigOptions implements vscode.Disposable {
  private readonly entries = new Map<string, TsconfigEntry | undefined>();
  private readonly watcher: vscode.FileSystemWatcher;

  constructor(private readonly ts: typeof TS) {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/{tsconfig,jsconfig}*.json');
    const forget = () => this.entries.clear();
    this.watcher.onDidChange(forget);
    this.watcher.onDidCreate(forget);
    this.watcher.onDidDelete(forget);
  }

  /** The entry for a file on disk, `undefined` when its config lists no such plugin (or it has no config). */
  forFile(fileName: string): TsconfigEntry | undefined {
    const directory = path.dirname(fileName);
    const exists = (file: string) => this.ts.sys.fileExists(file);
    const configFile =
      this.ts.findConfigFile(directory, exists, 'tsconfig.json') ?? this.ts.findConfigFile(directory, exists, 'jsconfig.json');
    if (!configFile) return undefined;
    if (!this.entries.has(configFile)) this.entries.set(configFile, this.read(configFile, 0));
    return this.entries.get(configFile);
  }

  private read(configFile: string, depth: number): TsconfigEntry | undefined {
    const { config } = this.ts.readConfigFile(configFile, (file) => this.ts.sys.readFile(file));
    if (!isRecord(config)) return undefined;
    const compilerOptions = config.compilerOptions;
    if (isRecord(compilerOptions) && Array.isArray(compilerOptions.plugins)) {
      // Like tsserver: the config's own `plugins` list replaces the one it extends.
      const entry = compilerOptions.plugins.find((plugin) => isRecord(plugin) && plugin.name === PLUGIN_NAME);
      if (!isRecord(entry)) return undefined;
      const { enable, locale, families, catalogs } = entry;
      return { enable, locale, families, catalogs };
    }
    if (depth >= MAX_EXTENDS) return undefined;
    const bases = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
    // With several bases the later ones win, so look at them from the last.
    for (const base of [...bases].reverse()) {
      if (typeof base !== 'string' || !/^\.\.?[\\/]/.test(base)) continue;
      let baseFile = path.resolve(path.dirname(configFile), base);
      if (!baseFile.endsWith('.json')) baseFile += '.json';
      if (!this.ts.sys.fileExists(baseFile)) continue;
      const found = this.read(baseFile, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  dispose(): void {
    this.watcher.dispose();
    this.entries.clear();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
