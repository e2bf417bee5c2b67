// The real-code corpus shared by the corpus run (test/corpus/) and the benchmarks (bench/): the JavaScript and
// TypeScript files of the installed dependencies, which nobody on this project wrote.
//
// Deterministic: the same node_modules gives the same list in the same order. Symlinks are never followed (the
// workspace links `node_modules/eslint-plugin-auth-errors` and `node_modules/auth-errors-vscode` point back at our
// own code), files larger than MAX_FILE_BYTES (generated single-file bundles such as `typescript.js`) are left
// out, and a file whose bytes equal an earlier file's (packages that vendor the same file) is counted once.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const nodeModulesDir = path.join(repoRoot, 'node_modules');

/** Extensions of the files taken into the corpus (`.d.ts`, `.d.mts`, `.d.cts` are covered by the TS ones). */
export const CODE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];

/** Larger files are generated bundles; they are listed as left out, never silently dropped. */
export const MAX_FILE_BYTES = 1_000_000;

/** Packages that hold an auth library's own code: the typed subset and the language-service run come from these. */
export const AUTH_PACKAGES = ['next-auth', '@auth/core'];

function hasCodeExtension(name) {
  return CODE_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** Top-level package name of a path inside node_modules: `@auth/core` for `node_modules/@auth/core/lib/x.js`. */
export function packageOf(file) {
  const rel = path.relative(nodeModulesDir, file).split(path.sep);
  return rel[0]?.startsWith('@') ? `${rel[0]}/${rel[1]}` : rel[0];
}

/**
 * Walks node_modules. Returns `{ files, tooLarge, duplicates, symlinksSkipped }`: `files` are absolute paths,
 * sorted; `tooLarge` the files over MAX_FILE_BYTES with their sizes; `duplicates` how many byte-identical copies
 * were dropped.
 */
export function listCorpus({ root = nodeModulesDir, maxBytes = MAX_FILE_BYTES } = {}) {
  const candidates = [];
  const tooLarge = [];
  let symlinksSkipped = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        symlinksSkipped++;
        continue;
      }
      if (entry.isDirectory()) {
        if (entry.name === '.bin' || entry.name === '.cache' || entry.name === '.vite') continue;
        walk(full);
      } else if (entry.isFile() && hasCodeExtension(entry.name)) {
        const { size } = lstatSync(full);
        if (size > maxBytes) tooLarge.push({ file: full, size });
        else candidates.push(full);
      }
    }
  };
  walk(root);
  const seen = new Set();
  const files = [];
  let duplicates = 0;
  for (const file of candidates) {
    const hash = createHash('sha1').update(readFileSync(file)).digest('hex');
    if (seen.has(hash)) {
      duplicates++;
      continue;
    }
    seen.add(hash);
    files.push(file);
  }
  return { files, tooLarge, duplicates, symlinksSkipped };
}

/** The corpus files that belong to the given packages. */
export function filesOfPackages(files, packages = AUTH_PACKAGES) {
  const wanted = new Set(packages);
  return files.filter((file) => wanted.has(packageOf(file)));
}

/** Picks `count` files spread evenly over the list (deterministic). */
export function spreadSample(files, count) {
  if (files.length <= count) return [...files];
  const picked = [];
  for (let i = 0; i < count; i++) picked.push(files[Math.floor((i * files.length) / count)]);
  return picked;
}

/** Path relative to the repository root, with forward slashes (for summaries). */
export function rel(file) {
  return path.relative(repoRoot, file).split(path.sep).join('/');
}

/**
 * Writes a real tsconfig project over `files` (absolute paths) to `tsconfigPath`: `allowJs`, so the packages'
 * `.js` files get a type checker too, `strict`, bundler resolution, Node's types. Returns the path.
 */
export function writeTypedTsconfig(files, tsconfigPath) {
  mkdirSync(path.dirname(tsconfigPath), { recursive: true });
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'preserve',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM'],
      jsx: 'preserve',
      allowJs: true,
      checkJs: false,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(nodeModulesDir, '@types')],
    },
    files,
  };
  writeFileSync(tsconfigPath, `${JSON.stringify(config, null, 2)}\n`);
  return tsconfigPath;
}
