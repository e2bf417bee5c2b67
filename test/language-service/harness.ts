/**
 * An in-process project for the plugin: a real TypeScript LanguageService over files held in memory, decorated by
 * the plugin exactly as tsserver does it (`init({ typescript })` then `create(info)`). Only the parts of
 * `PluginCreateInfo` the plugin reads are provided: the logger and the project name.
 */
import type * as TS from 'typescript';
import ts6 from 'typescript';
import ts5 from 'typescript-5';

import init from '../../src/language-service/index';

export const ROOT = '/virtual';

/** Both TypeScript versions the plugin supports, for `describe.each`. */
export const TYPESCRIPTS: [string, typeof TS][] = [
  [`TypeScript ${ts6.version}`, ts6],
  [`TypeScript ${ts5.version}`, ts5 as unknown as typeof TS],
];

export interface VirtualProject {
  /** The plugin's decorated service. */
  readonly service: TS.LanguageService;
  /** TypeScript's own service underneath. */
  readonly original: TS.LanguageService;
  /** What the plugin wrote to the logger (`Err` lines start with `Err:`). */
  readonly logs: string[];
  setFile(name: string, text: string): void;
  text(name: string): string;
  configure(config: unknown): void;
}

export function createVirtualProject(
  ts: typeof TS,
  files: Record<string, string>,
  config: Record<string, unknown> = {},
  wrap: (service: TS.LanguageService) => TS.LanguageService = (service) => service,
): VirtualProject {
  const texts = new Map<string, { text: string; version: number }>();
  for (const [name, text] of Object.entries(files)) texts.set(`${ROOT}/${name}`, { text, version: 1 });
  const options: TS.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const host: TS.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [...texts.keys()],
    getScriptVersion: (fileName) => String(texts.get(fileName)?.version ?? 0),
    getScriptSnapshot: (fileName) => {
      const text = texts.get(fileName)?.text ?? ts.sys.readFile(fileName);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (fileName) => texts.has(fileName) || ts.sys.fileExists(fileName),
    readFile: (fileName) => texts.get(fileName)?.text ?? ts.sys.readFile(fileName),
    directoryExists: (name) => name.startsWith(ROOT) || ts.sys.directoryExists(name),
    getDirectories: (name) => (name.startsWith(ROOT) ? [] : ts.sys.getDirectories(name)),
  };
  const original = ts.createLanguageService(host, ts.createDocumentRegistry());
  const logs: string[] = [];
  const info = {
    config: { name: 'eslint-plugin-auth-errors', ...config },
    languageService: wrap(original),
    languageServiceHost: host,
    serverHost: ts.sys,
    project: {
      getProjectName: () => `${ROOT}/tsconfig.json`,
      projectService: {
        logger: {
          info: (message: string) => logs.push(message),
          msg: (message: string, type?: string) => logs.push(`${type ?? 'Info'}: ${message}`),
        },
      },
    },
  } as unknown as TS.server.PluginCreateInfo;
  const pluginModule = init({ typescript: ts });
  const service = pluginModule.create(info);
  return {
    service,
    original,
    logs,
    setFile(name, text) {
      const fileName = `${ROOT}/${name}`;
      texts.set(fileName, { text, version: (texts.get(fileName)?.version ?? 0) + 1 });
    },
    text: (name) => texts.get(`${ROOT}/${name}`)?.text ?? '',
    configure: (value) => pluginModule.onConfigurationChanged?.(value),
  };
}

/** Offset of `needle` (plus `delta`) in `text`; fails loudly when it is missing. */
export function offsetOf(text: string, needle: string, delta = 0): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + delta;
}

/** Applies text changes (as tsserver returns them) to a text. */
export function applyChanges(text: string, changes: readonly { span: { start: number; length: number }; newText: string }[]): string {
  let result = text;
  for (const change of [...changes].sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, change.span.start) + change.newText + result.slice(change.span.start + change.span.length);
  }
  return result;
}

/** Removes the common indentation of a template literal and its first and last empty lines. */
export function code(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, index) => text + part + (index < values.length ? String(values[index]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length));
  return `${lines.map((line) => line.slice(indent)).join('\n')}\n`;
}
