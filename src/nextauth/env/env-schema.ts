import * as path from 'node:path';

import { listDirectory, readProjectFileOutcome } from '../project/files';

/**
 * The env schema of a project: the `env.*` module that validates `process.env` at start-up (`createEnv` from
 * `@t3-oss/env-nextjs` / `@t3-oss/env-core`, a zod or envalid object). A variable such a schema names is part of
 * the app's declared environment, just as a line in `.env.example` is.
 *
 * Finding it is bounded: a fixed list of folders is listed (each listing cached per folder stamp by the project
 * file layer) and only files named `env.<js|ts|…>` there, or `index` / `server` / `schema` modules in an `env/`
 * folder, are read.
 */

/** The folders (relative to the project root) where env schemas are kept. */
const SCHEMA_DIRS = ['', 'src', 'lib', 'src/lib', 'config', 'src/config', 'app', 'src/app'] as const;
/** The `env/` folders whose modules are schemas (`src/env/server.mjs`, `env/index.ts`). */
const SCHEMA_FOLDERS = ['env', 'src/env', 'lib/env', 'src/lib/env'] as const;

const SCRIPT = /\.(?:[cm]?[jt]s)$/;
const SCHEMA_FILE = /^env\.(?:[cm]?[jt]s)$/;
const FOLDER_MODULE = /^(?:index|server|schema)\.(?:[cm]?[jt]s)$/;

/** Text that shows the module is a schema: `createEnv`, a t3 env import, zod, envalid or valibot objects. */
const SCHEMA_EVIDENCE = /\bcreateEnv\s*\(|@t3-oss\/env-|\bz\.object\s*\(|\bcleanEnv\s*\(|\bv\.object\s*\(/;

/** One env schema module of a project. */
export type EnvSchemaFile =
  | {
      readonly state: 'read';
      /** Relative to the project root, with `/` separators. */
      readonly name: string;
      /** Of the names asked about, those the schema names as a key. */
      readonly keys: ReadonlySet<string>;
    }
  | { readonly state: 'unreadable'; readonly name: string };

/** The env schema candidates of a project, sorted by path. */
export function envSchemaCandidates(root: string): string[] {
  const found: string[] = [];
  for (const dir of SCHEMA_DIRS) {
    for (const name of listDirectory(path.join(root, dir))) if (SCHEMA_FILE.test(name)) found.push(path.posix.join(dir, name));
  }
  for (const dir of SCHEMA_FOLDERS) {
    for (const name of listDirectory(path.join(root, dir))) if (FOLDER_MODULE.test(name)) found.push(path.posix.join(dir, name));
  }
  return found.filter((name) => SCRIPT.test(name)).sort();
}

function keyPattern(name: string): RegExp {
  // `AUTH_SECRET: z.string()`, `"AUTH_SECRET": …`, `AUTH_SECRET?: …` — a key, not a part of a longer name.
  return new RegExp(`(?<![\\w$])["'\`]?${name}["'\`]?\\??\\s*:`);
}

/**
 * The env schemas of a project that name any of `names` as a key, and the candidates that exist but cannot be
 * read (they may name anything). Modules without schema evidence are left out.
 */
export function readEnvSchemas(root: string, names: readonly string[]): EnvSchemaFile[] {
  const result: EnvSchemaFile[] = [];
  for (const name of envSchemaCandidates(root)) {
    const outcome = readProjectFileOutcome(path.join(root, name));
    if (outcome.state === 'missing') continue;
    if (outcome.state === 'unreadable') {
      result.push({ state: 'unreadable', name });
      continue;
    }
    if (!SCHEMA_EVIDENCE.test(outcome.text)) continue;
    const keys = new Set(names.filter((key) => keyPattern(key).test(outcome.text)));
    if (keys.size > 0) result.push({ state: 'read', name, keys });
  }
  return result;
}
