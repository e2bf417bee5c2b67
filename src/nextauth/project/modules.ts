import * as path from 'node:path';

import { readProjectFile } from './files';
import type { Stamps } from './stamps';

/**
 * Module resolution for the project model: a specifier written in one of the app's files (`./auth`, `@/auth`,
 * `~/server/auth`) to the file it names, through the `compilerOptions.baseUrl` / `paths` of the project's
 * tsconfig.json or jsconfig.json and the usual extensions and `index` files. Packages are not followed.
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

export function readAliases(root: string, stamps: Stamps): PathAliases {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = path.join(root, name);
    if (!stamps.exists(file)) continue;
    const parsed = parseJsonc(readProjectFile(file) ?? '') as
      | { compilerOptions?: { baseUrl?: unknown; paths?: unknown } }
      | undefined;
    const options = parsed?.compilerOptions;
    const baseUrl = typeof options?.baseUrl === 'string' ? path.resolve(root, options.baseUrl) : undefined;
    const paths: PathAliases['paths'][number][] = [];
    if (options?.paths && typeof options.paths === 'object') {
      for (const [pattern, targets] of Object.entries(options.paths as Record<string, unknown>)) {
        if (!Array.isArray(targets)) continue;
        const star = pattern.indexOf('*');
        paths.push({
          prefix: star === -1 ? pattern : pattern.slice(0, star),
          suffix: star === -1 ? '' : pattern.slice(star + 1),
          targets: targets
            .filter((target): target is string => typeof target === 'string')
            .map((target) => path.resolve(baseUrl ?? root, target)),
        });
      }
    }
    return { ...(baseUrl ? { baseUrl } : {}), paths };
  }
  return { paths: [] };
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
