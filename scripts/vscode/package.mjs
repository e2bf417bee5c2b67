#!/usr/bin/env node
// Builds the VS Code extension's .vsix (`npm run package:vscode`):
// 1. builds the root package (`npm run build`) and the extension (tsc -p editors/vscode);
// 2. lays out a staging folder the way the installed extension looks: the extension's dist/, README, CHANGELOG,
//    LICENSE, and its own node_modules with
//    - eslint-plugin-auth-errors: the package.json and the built files the tsserver plugin (`main`) and the
//      editor core (`./editor`) load, found by following their requires; no dependencies and no `typescript`
//      (tsserver hands the plugin its own), and not the ESLint plugin (its rules need @typescript-eslint);
//      any other package required at run time stops the build;
//    - typescript: lib/typescript.js only, the TypeScript 6 parser the standalone (TypeScript 7) path runs on;
// 3. runs `vsce package` there.
// Options: --out FILE (default editors/vscode/auth-errors-vscode-<version>.vsix), --skip-root-build (use dist/ as it
// is), --keep-stage (leave the staging folder, printed, for a look).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = join(root, 'editors/vscode');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const skipRootBuild = args.includes('--skip-root-build');
const keepStage = args.includes('--keep-stage');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};
const copy = (from, to) => {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
};

function run(command, commandArgs, cwd) {
  console.log(`$ ${[command, ...commandArgs].join(' ')}${cwd === root ? '' : `   (in ${relative(root, cwd) || '.'})`}`);
  const result = spawnSync(command, commandArgs, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

const rootPackage = readJson(join(root, 'package.json'));
const extensionPackage = readJson(join(extensionDir, 'package.json'));
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(extensionDir, `${extensionPackage.name}-${extensionPackage.version}.vsix`);
const require = createRequire(join(root, 'package.json'));
// Every tool this script runs comes from the repository's own install; without it, say what to run.
const missing = ['typescript/bin/tsc', '@vscode/vsce/vsce'].filter((id) => {
  try {
    require.resolve(id);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  console.error(
    `package:vscode: ${missing.join(' and ')} not found in ${join(root, 'node_modules')}. ` +
      'Install the repository\'s dependencies first (`npm ci` at the repository root, which also installs the extension\'s), ' +
      'then run `npm run package:vscode` again.',
  );
  process.exit(1);
}
const tsc = require.resolve('typescript/bin/tsc');

// 1. Build.
if (!skipRootBuild) run('npm', ['run', 'build'], root);
rmSync(join(extensionDir, 'dist'), { recursive: true, force: true });
run(process.execPath, [tsc, '-p', join(extensionDir, 'tsconfig.json')], root);

// 2. Stage, in a folder of its own so that two runs never share one.
const stage = mkdtempSync(join(tmpdir(), 'auth-errors-vsix-'));
process.on('exit', () => {
  if (keepStage) console.log(`staging folder: ${stage}`);
  else rmSync(stage, { recursive: true, force: true });
});

// 2a. The extension itself.
const { scripts: _scripts, devDependencies: _devDependencies, ...manifest } = extensionPackage;
const tsPackage = readJson(require.resolve('typescript/package.json'));
manifest.dependencies = { 'eslint-plugin-auth-errors': rootPackage.version, typescript: tsPackage.version };
writeJson(join(stage, 'package.json'), manifest);
for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore']) copy(join(extensionDir, file), join(stage, file));
cpSync(join(extensionDir, 'dist'), join(stage, 'dist'), { recursive: true, filter: (file) => !file.endsWith('.map') });

// 2b. The plugin and the editor core: the files reachable from their entry points.
const pluginMain = rootPackage.main;
const editorEntry = rootPackage.exports?.['./editor']?.default;
if (!pluginMain || !editorEntry) throw new Error('package.json needs "main" (the tsserver plugin) and exports["./editor"]');
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
// The plugin entry exposes the ESLint plugin's `meta` / `rules` / `configs` through getters that require it
// only when read (for tools that load the package through `main`); tsserver and the extension never read them,
// so the ESLint side, with its own dependencies, stays out of the .vsix.
const eslintEntry = rootPackage.exports?.['.']?.default ?? rootPackage.exports?.['.'];
const leftOut = new Set(typeof eslintEntry === 'string' ? [resolve(root, eslintEntry)] : []);
const shipped = new Set();
const pending = [pluginMain, editorEntry].map((entry) => resolve(root, entry));
while (pending.length > 0) {
  const file = pending.pop();
  if (shipped.has(file) || leftOut.has(file)) continue;
  if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing: run the root build`);
  shipped.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
    if (builtins.has(specifier)) continue;
    if (!specifier.startsWith('.')) {
      throw new Error(
        `${relative(root, file)} requires "${specifier}" at run time: the packaged plugin must need nothing but Node ` +
          '(and the typescript module tsserver hands it)',
      );
    }
    let target = resolve(dirname(file), specifier);
    if (!target.endsWith('.js')) target = existsSync(`${target}.js`) ? `${target}.js` : join(target, 'index.js');
    pending.push(target);
  }
}
const pluginDir = join(stage, 'node_modules/eslint-plugin-auth-errors');
for (const file of shipped) copy(file, join(pluginDir, relative(root, file)));
const entry = (path) => `./${path.replace(/^\.\//, '')}`;
writeJson(join(pluginDir, 'package.json'), {
  name: rootPackage.name,
  version: rootPackage.version,
  description: rootPackage.description,
  license: rootPackage.license,
  repository: rootPackage.repository,
  main: pluginMain,
  exports: {
    '.': entry(pluginMain),
    './editor': entry(editorEntry),
    './package.json': './package.json',
  },
});
if (existsSync(join(root, 'LICENSE'))) copy(join(root, 'LICENSE'), join(pluginDir, 'LICENSE'));

// 2c. TypeScript 6's parser, for the standalone providers.
const tsDir = dirname(require.resolve('typescript/package.json'));
const tsStage = join(stage, 'node_modules/typescript');
writeJson(join(tsStage, 'package.json'), {
  name: tsPackage.name,
  version: tsPackage.version,
  license: tsPackage.license,
  description: `${tsPackage.description} (its JavaScript API only, lib/typescript.js)`,
  main: './lib/typescript.js',
});
for (const file of ['lib/typescript.js', 'LICENSE.txt', 'ThirdPartyNoticeText.txt']) copy(join(tsDir, file), join(tsStage, file));

// 3. Package.
mkdirSync(dirname(out), { recursive: true });
rmSync(out, { force: true });
run(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--out', out], stage);
const size = statSync(out).size;
console.log(`${relative(process.cwd(), out)}: ${(size / 1024 / 1024).toFixed(2)} MiB (${size} bytes); plugin files: ${shipped.size}`);
