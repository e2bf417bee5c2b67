import { parse } from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import { thrownMessages } from '../../src/nextauth/pages/config-errors';
import { writtenErrorValues } from '../../src/util/query-param';
import { dedent } from '../dedent';

const program = (code: string) => parse(code, { ecmaFeatures: { jsx: true }, range: true, loc: true });

describe('writtenErrorValues', () => {
  it('reads ?error= values from URLs, search params and error properties', () => {
    const code = dedent`
      export function signInCallback(user: { banned: boolean; email?: string }) {
        if (user.banned) return '/login?error=AccountBanned&from=callback';
        if (!user.email) return \`/login?callbackUrl=/&error=Missing%20email\`;
        return true;
      }
      export function toErrorPage(url: URL, router: { push(target: object): void }) {
        url.searchParams.set('error', 'SessionExpired');
        router.push({ pathname: '/auth/error', query: { error: 'Blocked' } });
        return new URLSearchParams({ error: 'RateLimited' });
      }
    `;
    expect([...writtenErrorValues(program(code))].sort()).toEqual(['AccountBanned', 'Blocked', 'Missing email', 'RateLimited', 'SessionExpired']);
  });

  it('reads nothing from values that are not literals, nor from other parameters', () => {
    const code = dedent`
      export function toErrorPage(reason: string, url: URL) {
        url.searchParams.set('error', reason);
        url.searchParams.set('callbackUrl', '/dashboard');
        return \`/login?error=\${encodeURIComponent(reason)}&terror=no\`;
      }
    `;
    expect([...writtenErrorValues(program(code))]).toEqual([]);
  });
});

describe('thrownMessages', () => {
  it("keeps the plain Errors that leave the function, not those a try catches or a nested function's", () => {
    const code = dedent`
      async function authorize(credentials: { email: string }) {
        if (!credentials.email) throw new Error('Email is required');
        try {
          throw new Error('Swallowed');
        } catch {
          throw Error('Lookup failed');
        }
        const check = () => {
          throw new Error('Inside a callback');
        };
        if (Math.random() > 2) throw new TypeError('Not a plain Error');
        return check;
      }
    `;
    const fn = program(code).body[0]!;
    expect(thrownMessages(fn).map((item) => item.message)).toEqual(['Email is required', 'Lookup failed']);
  });
});
