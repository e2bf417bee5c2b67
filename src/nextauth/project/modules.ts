import * as path from 'node:path';

import { readProjectFile } from './files';
import type { Stamps } from './stamps';

/**
 * Module resolution for the project model: a specifier written in one of the app's files (`./auth`, `@/auth`,
 * `~/server/auth`) to the file it names, through the `compilerOptions.baseUrl` / `paths` of the project's
 * tsconfig.json or jsconfig.json (with its `extends`) and the usual extensions and `index` files. Packages are not followed.
 */

const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'] as const;

export interface PathAliases {
  readonly baseUrl?: string;
  readonly paths: readonly { readonly prefix: string; readonly suffix: string; readonly targets: readonly string[] }[];
}

/** JSON with comments and trailing commas, as tsconfig allows. `undefined` when it does not parse. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const next = text[index + 1];
    if (inString) {
      out += char;
      if (char === '\\') out += text[++index] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '/' && next === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
      continue;
    } else if (char === '/' && next === '*') {
      index = text.indexOf('*/', index + 2);
      if (index === -1) return undefined;
      index++;
      continue;
    }
    out += char;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** How many `extends` a tsconfig chain may have before the rest is ignored. */
const MAX_EXTENDS = 5;

interface CompilerPaths {
  /** Absolute. */
  readonly baseUrl?: string;
  readonly paths?: Record<string, unknown>;
  /** The folder of the config that sets `paths` (targets are relative to it when there is no `baseUrl`). */
  readonly pathsDir?: string;
}

/**
 * The project's module aliases from the first of tsconfig.json / jsconfig.json at its root, with `extends`
 * followed (a relative path, or a package under a `node_modules` folder above the config; an array too, later
 * entries winning) and a byte-order mark allowed, the way TypeScript reads them.
 */
export function readAliases(root: string, stamps: Stamps): PathAliases {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = path.join(root, name);
    if (!stamps.exists(file)) continue;
    const options = readCompilerPaths(file, stamps, 0);
    const baseUrl = options.baseUrl;
    const paths: PathAliases['paths'][number][] = [];
    if (options.paths) {
      for (const [pattern, targets] of Object.entries(options.paths)) {
        if (!Array.isArray(targets)) continue;
        const star = pattern.indexOf('*');
        paths.push({
          prefix: star === -1 ? pattern : pattern.slice(0, star),
          suffix: star === -1 ? '' : pattern.slice(star + 1),
          targets: targets
            .filter((target): target is string => typeof target === 'string')
            .map((target) => path.resolve(baseUrl ?? options.pathsDir ?? root, target)),
        });
      }
    }
    return { ...(baseUrl ? { baseUrl } : {}), paths };
  }
  return { paths: [] };
}

function readCompilerPaths(file: string, stamps: Stamps, depth: number): CompilerPaths {
  const parsed = parseJsonc((readProjectFile(file) ?? '').replace(/^\uFEFF/, '')) as
    | { extends?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown } }
    | undefined;
  if (!parsed || typeof parsed !== 'object') return {};
  const dir = path.dirname(file);
  let inherited: CompilerPaths = {};
  if (depth < MAX_EXTENDS) {
    const bases = typeof parsed.extends === 'string' ? [parsed.extends] : Array.isArray(parsed.extends) ? parsed.extends : [];
    for (const base of bases) {
      const baseFile = typeof base === 'string' ? extendedConfig(base, dir, stamps) : undefined;
      if (baseFile) inherited = { ...inherited, ...definedOnly(readCompilerPaths(baseFile, stamps, depth + 1)) };
    }
  }
  const options = parsed.compilerOptions;
  const own: CompilerPaths = {
    ...(typeof options?.baseUrl === 'string' ? { baseUrl: path.resolve(dir, options.baseUrl) } : {}),
    ...(options?.paths && typeof options.paths === 'object' ? { paths: options.paths as Record<string, unknown>, pathsDir: dir } : {}),
  };
  return { ...inherited, ...own };
}

function definedOnly(options: CompilerPaths): CompilerPaths {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as CompilerPaths;
}

/** The file an `extends` names, from the folder of the config that has it; `undefined` when it is not there. */
function extendedConfig(specifier: string, dir: string, stamps: Stamps): string | undefined {
  const candidates: string[] = [];
  const withJson = (base: string): string[] => (base.endsWith('.json') ? [base] : [`${base}.json`, path.join(base, 'tsconfig.json')]);
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) candidates.push(...withJson(path.resolve(dir, specifier)));
  else {
    for (let current = dir; ; current = path.dirname(current)) {
      candidates.push(...withJson(path.join(current, 'node_modules', specifier)));
      if (path.dirname(current) === current) break;
    }
  }
  return candidates.find((candidate) => stamps.exists(candidate));
}

export function isBareSpecifier(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/');
}

/** Resolves the app's own module specifiers to files, recording what it looks at in the discovery's stamps. */
export class ModuleResolver {
  private aliases: PathAliases | undefined;

  constructor(
    private readonly root: string,
    private readonly stamps: Stamps,
  ) {}

  /** The file a module specifier names, from a file of the project; `undefined` for packages and missing files. */
  resolve(source: string, from: string): string | undefined {
    const candidates: string[] = [];
    if (!isBareSpecifier(source)) candidates.push(path.resolve(path.dirname(from), source));
    else {
      this.aliases ??= readAliases(this.root, this.stamps);
      for (const alias of this.aliases.paths) {
        if (!source.startsWith(alias.prefix) || !source.endsWith(alias.suffix)) continue;
        const middle = source.slice(alias.prefix.length, source.length - alias.suffix.length);
        for (const target of alias.targets) candidates.push(target.replace('*', middle));
      }
      if (this.aliases.paths.length === 0 && /^[@~]\//.test(source)) {
        // No tsconfig paths: try the two layouts create-next-app sets `@/*` up for.
        candidates.push(path.join(this.root, source.slice(2)), path.join(this.root, 'src', source.slice(2)));
      }
      if (this.aliases.baseUrl) candidates.push(path.join(this.aliases.baseUrl, source));
    }
    for (const candidate of candidates) {
      const found = this.withExtension(candidate);
      if (found) return found;
    }
    return undefined;
  }

  private withExtension(base: string): string | undefined {
    const stripped = base.replace(/\.(c|m)?js$/, '');
    const options = [
      ...(stripped !== base ? [] : [base]),
      ...RESOLVE_EXTENSIONS.map((extension) => `${stripped}${extension}`),
      ...RESOLVE_EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
    ];
    for (const option of options) {
      if (/\.[cm]?[jt]sx?$/.test(option) && this.stamps.exists(option)) return option;
    }
    return undefined;
  }
}
