/**
 * eslint.config.ts type-checks in a user's project (issue 15, point 2): the packed plugin's declaration files,
 * unpacked into a scratch project's node_modules, checked with sample configs against ESLint 9 and ESLint 10
 * types, under TypeScript 5.9 (what create-next-app installs) and 6.0. The plugin's copy sits in the scratch
 * project, not in this checkout, so its `import type ... from 'eslint'` finds the scratch project's ESLint, as it
 * would in a real project; nothing else resolves from there.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import type * as TypeScript from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { layOut, linkPackage, makeTempDir, packTarball, removeDir, root, unpackInto } from './scratch';

type TypeScriptApi = typeof TypeScript;

const eslintCopies = {
  'ESLint 10': path.join(root, 'node_modules', 'eslint'),
  'ESLint 9': path.join(root, 'node_modules', 'eslint-9'),
} as const;

const compilers = {
  'TypeScript 5.9': 'typescript-5',
  'TypeScript 6.0': 'typescript',
} as const;

let workDir: string;
let tarball: string;

beforeAll(() => {
  workDir = makeTempDir('typed-config');
  tarball = packTarball(workDir);
});

afterAll(() => {
  if (workDir) removeDir(workDir);
});

interface Diagnostic {
  file: string;
  code: number;
}

function typeCheck(ts: TypeScriptApi, projectDir: string): Diagnostic[] {
  const configFile = path.join(projectDir, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, projectDir);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    file: diagnostic.file ? path.relative(projectDir, diagnostic.file.fileName) : '(options)',
    code: diagnostic.code,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

describe.each(Object.entries(eslintCopies))('eslint.config.ts against %s types', (eslintName, eslintDir) => {
  let projectDir: string;

  beforeAll(() => {
    projectDir = path.join(workDir, eslintName.replace(/\W+/g, '-'));
    layOut(projectDir, 'typed-config');
    unpackInto(tarball, projectDir);
    linkPackage(projectDir, 'eslint', eslintDir);
  });

  it('links the ESLint major it names', () => {
    const { version } = JSON.parse(readFileSync(path.join(projectDir, 'node_modules', 'eslint', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.split('.')[0]).toBe(eslintName.split(' ')[1]);
  });

  it('ships declarations that name no typescript-eslint or TypeScript types', () => {
    const declarations = readFileSync(path.join(projectDir, 'node_modules', 'eslint-plugin-auth-errors', 'dist', 'src', 'index.d.ts'), 'utf8');
    const imported = [...declarations.matchAll(/from ['"]([^'"]+)['"]/g)].map((match) => match[1]);
    expect(imported).toEqual(['eslint']);
  });

  it.each(Object.entries(compilers))('type-checks defineConfig and Linter.Config[] under %s', (_compilerName, compiler) => {
    const ts = require(compiler) as TypeScriptApi;
    const diagnostics = typeCheck(ts, projectDir);
    // The control file is the only one that fails, and only on its misspelt severity (TS2820: did you mean 'error'?).
    expect(diagnostics.map(({ file, code }) => ({ file, code }))).toEqual([{ file: 'wrong-severity.ts', code: 2820 }]);
  });
});
