import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import rule from '../../rules/require-secret';
import { readProjectEnv } from '../../src/nextauth/env/env';
import { readProjectFileOutcome } from '../../src/nextauth/project/files';
import { dedent } from '../dedent';
import { createRuleTester } from '../rule-tester';

/**
 * An env file the linter has no permission to read (EACCES). The tests run as root, for whom mode 000 is still
 * readable, so the denial comes from `readFileSync` itself: for files named `.env.denied`, it throws the error
 * Node throws for a file without read permission. Everything above it (stat, listing, the caches) is real.
 */
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof file === 'string' && path.basename(file) === '.env.denied') {
      throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: file });
    }
    return (actual.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFileSync;
  return { ...actual, readFileSync, default: { ...actual, readFileSync } };
});

const dir = mkdtempSync(path.join(tmpdir(), 'auth-errors-env-denied-'));
writeFileSync(path.join(dir, 'package.json'), '{ "name": "denied", "private": true }');
writeFileSync(path.join(dir, '.env.example'), 'DATABASE_URL=\n');
// Read, this file would declare no secret and the config below would be reported: only the denial keeps it silent.
writeFileSync(path.join(dir, '.env.denied'), 'REDIS_URL=redis://localhost:6379\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an env file without read permission', () => {
  it('is there but unreadable, not missing', () => {
    expect(readProjectFileOutcome(path.join(dir, '.env.denied'))).toEqual({ state: 'unreadable', reason: 'EACCES' });
    const env = readProjectEnv(path.join(dir, 'auth.ts'));
    expect(env?.files.map((file) => `${file.name}:${file.exists}:${file.unreadable === true}`)).toEqual([
      '.env.denied:true:true',
      '.env.example:true:false',
    ]);
  });
});

createRuleTester().run('require-secret: an env file without read permission', rule, {
  valid: [
    {
      name: 'what the project declares is unknown, so a config without a secret is not reported',
      filename: path.join(dir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [] })
      `,
    },
  ],
  invalid: [
    {
      name: 'a hard-coded secret is still reported: it needs no env file',
      filename: path.join(dir, 'auth.ts'),
      code: dedent`
        import NextAuth from "next-auth"

        export const { handlers } = NextAuth({ providers: [], secret: "in-the-code" })
      `,
      errors: [
        {
          messageId: 'hardcodedSecret',
          line: 3,
          column: 63,
          suggestions: [
            {
              messageId: 'readSecretFromEnv',
              output: dedent`
                import NextAuth from "next-auth"

                export const { handlers } = NextAuth({ providers: [], secret: process.env.AUTH_SECRET })
              `,
            },
          ],
        },
      ],
    },
  ],
});
