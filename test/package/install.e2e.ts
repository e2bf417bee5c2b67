/**
 * The plugin the way users get it (issue 15, points 1 to 4): packed with `npm pack` (or cloned and built by npm
 * from a git URL), installed into a scratch project with the README's own install line, and run by that
 * project's own ESLint with the README's own config. Needs the npm registry or a warm npm cache.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LspClient, positionOf } from '../language-server/lsp-client';
import { layOut, makeTempDir, packServerTarball, packTarball, removeDir, root, run, runOk } from './scratch';

const PACKAGE = 'eslint-plugin-auth-errors';

/** The child processes get this environment: none of the npm_* variables of the `npm run` that started vitest. */
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--fetch-timeout=60000', '--fetch-retries=2', '--loglevel=error'];
const pnpm = ['--yes', 'pnpm@9'];

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('### Settings'));

/** The packages the README's GitHub install line names beside the plugin (`@typescript-eslint/parser`). */
function readmeCompanions(): string[] {
  const line = /^npm install --save-dev github:\S+ (.+)$/m.exec(install);
  if (!line?.[1]) throw new Error('README.md: no `npm install --save-dev github:...` line in the Install section');
  return line[1].split(/\s+/);
}

/** The README's `eslint.config.mjs`. */
function readmeConfig(): string {
  const block = /```js\n(\/\/ eslint\.config\.mjs\n[\s\S]*?)```/.exec(install);
  if (!block?.[1]) throw new Error('README.md: no eslint.config.mjs block in the Install section');
  return block[1];
}

interface Finding {
  file: string;
  ruleId: string | null;
  line: number;
  column: number;
}

/** Runs the project's own ESLint (its node_modules/.bin) over src/ and returns every message. */
function lint(projectDir: string, files = ['src']): Finding[] {
  const result = run(path.join(projectDir, 'node_modules', '.bin', 'eslint'), ['--format', 'json', ...files], projectDir, env);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`eslint exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number }[] }[];
  return results.flatMap((entry) =>
    entry.messages.map(({ ruleId, line, column }) => ({ file: path.relative(projectDir, entry.filePath), ruleId, line, column })),
  );
}

const tsFinding: Finding = { file: 'src/errors.ts', ruleId: 'auth-errors/no-unknown-error-code', line: 8, column: 10 };
const jsFinding: Finding = { file: 'src/sign-in-error.js', ruleId: 'auth-errors/no-unknown-error-code', line: 4, column: 17 };

/** A scratch project with the fixture app, a package.json and the README's config. */
function scratchProject(parent: string, name: string, config = readmeConfig()): string {
  const dir = path.join(parent, name);
  layOut(dir, 'app', {
    'package.json': `${JSON.stringify({ name: `scratch-${name}`, private: true, type: 'module' }, null, 2)}\n`,
    'eslint.config.mjs': config,
  });
  return dir;
}

function installedVersion(projectDir: string, name: string): string {
  const manifest = path.join(projectDir, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The package's own files (not its nested node_modules) whose names end with `suffix`. */
function ownFilesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith(suffix) && !file.split(path.sep).includes('node_modules'),
  );
}

let workDir: string;
let tarball: string;
let serverTarball: string;

beforeAll(() => {
  workDir = makeTempDir('install');
  tarball = packTarball(workDir);
  serverTarball = packServerTarball(workDir);
});

afterAll(() => {
  if (workDir) removeDir(workDir);
});

describe('npm, from the packed tarball', () => {
  let projectDir: string;

  beforeAll(() => {
    projectDir = scratchProject(workDir, 'npm');
    runOk('npm', ['install', '--save-dev', ...npmFlags, 'eslint@^10', 'typescript@5.9.3', tarball, ...readmeCompanions()], projectDir, env);
  });

  it('lints TypeScript and JavaScript with the README config through the project’s ESLint', () => {
    expect(lint(projectDir)).toEqual([tsFinding, jsFinding]);
  });

  it('type-checks eslint.config.ts samples with the project’s own TypeScript, typescript-eslint included', () => {
    runOk('npm', ['install', '--save-dev', ...npmFlags, 'typescript-eslint@^8'], projectDir, env);
    const typed = path.join(projectDir, 'typed');
    layOut(typed, 'typed-config');
    layOut(typed, 'typed-config-tseslint');
    const result = run(process.execPath, [path.join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', typed], projectDir, env);
    // Only the control sample fails, on its misspelt severity.
    expect(result.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^typed\/wrong-severity\.ts\(\d+,\d+\): error TS2820:/)]);
  });
});

describe('pnpm, from the packed tarball (no hoisting)', () => {
  let projectDir: string;

  beforeAll(() => {
    projectDir = scratchProject(workDir, 'pnpm');
    // Stricter than pnpm 9's defaults, which lift every *eslint* package to the top: nothing is hoisted, so the
    // plugin finds only its declared dependencies and the project only the packages it names.
    writeFileSync(path.join(projectDir, '.npmrc'), 'hoist=false\npublic-hoist-pattern=nothing-is-hoisted\n');
    runOk(
      'npx',
      [...pnpm, 'add', '--save-dev', '--prefer-offline', '--fetch-timeout=60000', 'eslint@^10', 'typescript@5.9.3', `file:${tarball}`, ...readmeCompanions()],
      projectDir,
      env,
    );
  });

  it('installs with pnpm’s strict node_modules (only named packages at the top)', () => {
    expect(existsSync(path.join(projectDir, 'node_modules', '.pnpm'))).toBe(true);
    expect(readdirSync(path.join(projectDir, 'node_modules', '@typescript-eslint'))).toEqual(['parser']);
    expect(existsSync(path.join(projectDir, 'node_modules', '.pnpm', 'node_modules'))).toBe(false);
  });

  it('lints TypeScript and JavaScript with the README config', () => {
    expect(lint(projectDir)).toEqual([tsFinding, jsFinding]);
  });
});

describe('npm, from a git URL of a fresh clone (prepare builds dist/)', () => {
  let projectDir: string;

  beforeAll(() => {
    const clone = path.join(workDir, 'clone');
    runOk('git', ['clone', '--quiet', '--no-local', root, clone], workDir, env);
    expect(existsSync(path.join(clone, 'dist'))).toBe(false);
    projectDir = scratchProject(workDir, 'git');
    runOk('npm', ['install', '--save-dev', ...npmFlags, 'eslint@^10', 'typescript@5.9.3', `git+file://${clone}`, ...readmeCompanions()], projectDir, env);
  });

  it('installs a built package without source maps', () => {
    const installed = path.join(projectDir, 'node_modules', PACKAGE);
    expect(existsSync(path.join(installed, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'dist', 'src', 'index.d.ts'))).toBe(true);
    expect(ownFilesEndingWith(installed, '.map')).toEqual([]);
    expect(ownFilesEndingWith(installed, '.js').length).toBeGreaterThan(50);
  });

  it('lints TypeScript and JavaScript with the README config', () => {
    expect(lint(projectDir)).toEqual([tsFinding, jsFinding]);
  });
});

describe('a project on TypeScript 7', () => {
  const jsOnlyConfig = "import authErrors from 'eslint-plugin-auth-errors';\n\nexport default [authErrors.configs.recommended];\n";

  describe('whose typescript is 7.x (no JavaScript API)', () => {
    let projectDir: string;

    beforeAll(() => {
      projectDir = scratchProject(workDir, 'ts7', jsOnlyConfig);
      runOk('npm', ['install', '--save-dev', ...npmFlags, 'eslint@^10', 'typescript@7.0.2', tarball], projectDir, env);
    });

    it('has TypeScript 7 as its typescript', () => {
      expect(installedVersion(projectDir, 'typescript').split('.')[0]).toBe('7');
    });

    it('loads the plugin without loading any typescript', () => {
      const probe =
        "const plugin = require('eslint-plugin-auth-errors');" +
        'const loaded = Object.keys(require.cache).filter((file) => /[\\\\/]node_modules[\\\\/](typescript|ts-api-utils|@typescript-eslint[\\\\/](typescript-estree|parser))[\\\\/]/.test(file));' +
        'console.log(JSON.stringify({ rules: Object.keys(plugin.rules).length, loaded }));';
      const result = runOk(process.execPath, ['-e', probe], projectDir, env);
      // One rule per file in rules/.
      const ruleCount = readdirSync(path.join(root, 'rules')).filter((file) => file.endsWith('.ts')).length;
      expect(JSON.parse(result.stdout)).toEqual({ rules: ruleCount, loaded: [] });
    });

    it('lints JavaScript files', () => {
      expect(lint(projectDir, ['src/sign-in-error.js'])).toEqual([jsFinding]);
    });
  });

  describe('with the TypeScript 6 API beside it (typescript-eslint’s documented layout)', () => {
    let projectDir: string;

    beforeAll(() => {
      projectDir = scratchProject(workDir, 'ts7-with-ts6-api');
      runOk(
        'npm',
        [
          'install',
          '--save-dev',
          ...npmFlags,
          'eslint@^10',
          'typescript@npm:@typescript/typescript6@^6.0.2',
          '@typescript/native@npm:typescript@^7.0.2',
          tarball,
          ...readmeCompanions(),
        ],
        projectDir,
        env,
      );
    });

    it('runs TypeScript 7 as tsc', () => {
      const result = runOk(path.join(projectDir, 'node_modules', '.bin', 'tsc'), ['--version'], projectDir, env);
      expect(result.stdout).toMatch(/^Version 7\./);
    });

    it('lints TypeScript and JavaScript with the README config', () => {
      expect(lint(projectDir)).toEqual([tsFinding, jsFinding]);
    });
  });
});

describe('the language server, from its packed tarball, in a TypeScript 7 project', () => {
  let projectDir: string;
  let client: LspClient | undefined;

  beforeAll(() => {
    projectDir = scratchProject(workDir, 'server-ts7');
    runOk('npm', ['install', '--save-dev', ...npmFlags, 'typescript@7.0.2', tarball, serverTarball], projectDir, env);
  });
  afterAll(() => client?.dispose());

  it('installs its own TypeScript 6 under itself and shares the plugin the project has', () => {
    expect(installedVersion(projectDir, 'typescript')).toBe('7.0.2');
    expect(installedVersion(projectDir, 'auth-errors-language-server/node_modules/typescript').split('.')[0]).toBe('6');
    expect(existsSync(path.join(projectDir, 'node_modules', 'auth-errors-language-server', 'node_modules', PACKAGE))).toBe(false);
  });

  it('runs as node_modules/.bin/auth-errors-language-server --stdio and answers a hover', async () => {
    client = LspClient.start(path.join(projectDir, 'node_modules', '.bin', 'auth-errors-language-server'), ['--stdio'], projectDir);
    const result = await client.initialize(projectDir);
    expect(result.serverInfo).toEqual({ name: 'auth-errors-language-server', version: '0.1.0' });
    const file = path.join(projectDir, 'src', 'errors.ts');
    const text = readFileSync(file, 'utf8');
    const uri = await client.didOpen(file, 'typescript', text);
    const hover = await client.hover(uri, positionOf(text, "'AccessDenied':", 2));
    expect((hover?.contents as { value: string } | undefined)?.value).toMatch(/^\*\*`AccessDenied`\*\*/);
    expect(await client.shutdown()).toBe(0);
  });
});
