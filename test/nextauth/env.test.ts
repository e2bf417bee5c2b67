import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  ENV_FILE_PATTERN,
  findDeclaredEnv,
  isUnreadableText,
  parseEnvKeys,
  readProjectEnv,
  secretEnvNames,
} from '../../src/nextauth/env/env';

const fixtures = path.join(__dirname, '..', 'fixtures', 'env');

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('parseEnvKeys', () => {
  it('reads KEY=value, export KEY=value and KEY: value, and skips comments', () => {
    const keys = parseEnvKeys('# comment\nA=1\nexport B="two"\n  C: three\n#D=4\nE=\n\nnot a line\n');
    expect([...keys]).toEqual(['A', 'B', 'C', 'E']);
  });

  it('handles Windows line endings', () => {
    expect([...parseEnvKeys('A=1\r\nB=2\r\n')]).toEqual(['A', 'B']);
  });

  it('a quoted value that closes on a later line hides the lines inside it', () => {
    const keys = parseEnvKeys('KEY="-----BEGIN-----\nAUTH_SECRET=inside\n-----END-----"\nAFTER=1\n');
    expect([...keys]).toEqual(['KEY', 'AFTER']);
  });

  it('an unterminated quote is part of a one-line value, as dotenv reads it', () => {
    const keys = parseEnvKeys("A=\"never closed\nB='also open\nC=3\n");
    expect([...keys]).toEqual(['A', 'B', 'C']);
  });

  it('escaped quotes do not close a value', () => {
    const keys = parseEnvKeys('A="say \\"hi\\"\nstill inside"\nB=1\n');
    expect([...keys]).toEqual(['A', 'B']);
  });

  it('binary junk declares nothing and does not throw', () => {
    const junk = String.fromCharCode(0, 0xfffd, 1, 2, 27, 91, 65, 0xd800);
    expect([...parseEnvKeys(`${junk}\n${junk}=\n=${junk}\n`)]).toEqual([]);
  });
});

describe('readProjectEnv', () => {
  it('reads every .env* file next to the nearest package.json by default', () => {
    const env = readProjectEnv(path.join(fixtures, 'no-secret', 'app', 'api', 'auth', 'route.ts'));
    expect(env?.root).toBe(path.join(fixtures, 'no-secret'));
    expect(env?.files.map((file) => `${file.name}:${file.exists}:${[...file.keys].join('|')}`)).toEqual([
      '.env:true:DATABASE_URL|SECRET_KEY_BASE',
      '.env.example:true:GITHUB_ID',
    ]);
    const template = readProjectEnv(path.join(fixtures, 'local-example-template', 'auth.ts'));
    expect(template?.files.map((file) => file.name)).toEqual(['.env.local.example']);
    expect(template && findDeclaredEnv(template, secretEnvNames('v5'))).toEqual({ name: 'AUTH_SECRET', file: '.env.local.example' });
    expect(readProjectEnv(path.join(fixtures, 'no-env-files', 'auth.ts'))?.files).toEqual([]);
  });

  it('takes only .env and .env.<suffix> names as env files', () => {
    expect(['.env', '.env.local', '.env.local.example', '.envrc', 'env', '.env-old', 'x.env'].filter((name) => ENV_FILE_PATTERN.test(name))).toEqual([
      '.env',
      '.env.local',
      '.env.local.example',
    ]);
  });

  it('reads the configured files, relative to the project root', () => {
    const env = readProjectEnv(path.join(fixtures, 'custom-files', 'auth.ts'), ['config/app.env']);
    expect(env && findDeclaredEnv(env, secretEnvNames('v4'))).toEqual({ name: 'NEXTAUTH_SECRET', file: 'config/app.env' });
  });

  it('is undefined with no package.json above the file, or for a relative path', () => {
    expect(readProjectEnv(path.join(path.parse(process.cwd()).root, 'auth-errors-no-project', 'auth.ts'))).toBeUndefined();
    expect(readProjectEnv('auth.ts')).toBeUndefined();
  });

  it('sees a changed file (the cache is keyed by mtime and size)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-env-'));
    cleanup.push(dir);
    writeFileSync(path.join(dir, 'package.json'), '{}');
    const envFile = path.join(dir, '.env');
    writeFileSync(envFile, 'A=1\n');
    const file = path.join(dir, 'auth.ts');
    expect(findDeclaredEnv(readProjectEnv(file)!, ['AUTH_SECRET'])).toBeUndefined();
    writeFileSync(envFile, 'A=1\nAUTH_SECRET=x\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(envFile, later, later);
    expect(findDeclaredEnv(readProjectEnv(file)!, ['AUTH_SECRET'])).toEqual({ name: 'AUTH_SECRET', file: '.env' });
  });
});

describe('secretEnvNames', () => {
  it('v4 reads NEXTAUTH_SECRET then AUTH_SECRET; v5 (and unknown) AUTH_SECRET, NEXTAUTH_SECRET and the rotation keys', () => {
    expect(secretEnvNames('v4')).toEqual(['NEXTAUTH_SECRET', 'AUTH_SECRET']);
    expect(secretEnvNames('v5')).toEqual(['AUTH_SECRET', 'NEXTAUTH_SECRET', 'AUTH_SECRET_1', 'AUTH_SECRET_2', 'AUTH_SECRET_3']);
    expect(secretEnvNames('unknown')).toEqual(secretEnvNames('v5'));
  });
});

describe('isUnreadableText', () => {
  it('tells encrypted or non-UTF-8 env files from garbled text', () => {
    expect(isUnreadableText('\u0000GITCRYPT\u0000\u00ff')).toBe(true);
    expect(isUnreadableText(Buffer.from([0x41, 0x3d, 0xff, 0xfe, 0x0a]).toString('utf8'))).toBe(true);
    expect(isUnreadableText('\uFEFFGITHUB_ID="unterminated\n\u0000\u0000 not a line\nNEXTAUTH_SECRET=x\n')).toBe(false);
    expect(isUnreadableText('AUTH_SECRET=한국어 값\n')).toBe(false);
  });
});
