import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import { mayReportIn } from '../../src/nextauth/pages/error-page';

describe('mayReportIn: the files no-auth-on-error-page can report in, from the path alone', () => {
  const root = path.join(path.sep, 'work', 'shop');
  const at = (...parts: string[]) => path.join(root, ...parts);

  it.each([
    at('middleware.ts'),
    at('src', 'proxy.js'),
    at('app', 'auth', 'error', 'page.tsx'),
    at('src', 'app', '(public)', 'login', 'layout.jsx'),
    at('app', 'template.ts'),
    at('pages', 'auth', 'error.tsx'),
    at('src', 'pages', 'login', 'index.js'),
    // Windows separators in a path ESLint hands over.
    'C:\\shop\\app\\auth\\error\\page.tsx',
  ])('%s may', (file) => {
    expect(mayReportIn(file)).toBe(true);
  });

  it.each([
    at('components', 'login-form.tsx'),
    at('app', 'auth', 'error', 'error-card.tsx'),
    at('app', 'api', 'auth', '[...nextauth]', 'route.ts'),
    at('auth.ts'),
    at('lib', 'auth.config.ts'),
    at('pages', 'auth', 'error.module.css'),
    at('app', 'auth', 'error', 'page.mdx'),
    at('next.config.mjs'),
  ])('%s cannot', (file) => {
    expect(mayReportIn(file)).toBe(false);
  });

  it('takes the names of middlewareFiles into account', () => {
    expect(mayReportIn(at('src', 'edge', 'guard.ts'))).toBe(false);
    expect(mayReportIn(at('src', 'edge', 'guard.ts'), ['src/edge/guard.ts'])).toBe(true);
  });
});
