import type { TSESLint } from '@typescript-eslint/utils';

import type { Catalog, Locale } from '../src/catalog';
import { describeCode } from '../src/catalog/switch-analysis';
import { checkFile, mayReportIn } from '../src/nextauth/pages/error-page';
import type { ErrorPageFinding } from '../src/nextauth/pages/error-page';
import type { ParserLike } from '../src/nextauth/project/files';
import { getNextAuthProject } from '../src/nextauth/project/model';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { getAuthErrorsSettings } from '../src/util/settings';

type Options = [
  {
    errorPage?: string;
    signInPage?: string;
    middlewareFiles?: string[];
  },
];

type BaseMessageId =
  | 'middlewarePagesDiffer'
  | 'errorPageBehindMiddleware'
  | 'signInPageBehindMiddleware'
  | 'errorPageRequiresSession'
  | 'signInPageRequiresSession'
  | 'addPageToWithAuth'
  | 'useWithAuth';
type MessageIds = LocalizedMessageId<BaseMessageId>;

/** The run-time code each library logs when it breaks the loop, and the catalog family that holds it. */
const LOOP_CODES = {
  v4: { code: 'AUTH_ON_ERROR_PAGE_ERROR', family: 'nextauth' },
  v5: { code: 'ErrorPageLoop', family: 'authjs' },
} as const;

function loopCode(finding: ErrorPageFinding, catalog: Catalog, locale: Locale): { code: string; meaning: string } {
  // Without a config that says which library, both codes are named.
  const versions =
    finding.version === 'v5' ? [LOOP_CODES.v5] : finding.version === 'v4' ? [LOOP_CODES.v4] : [LOOP_CODES.v4, LOOP_CODES.v5];
  const code = versions.map((version) => version.code).join(' / ');
  const found = catalog.lookup(versions[0]!.code, versions[0]!.family);
  return { code, meaning: found ? describeCode(found.entry, locale) : code };
}

export default createRule<Options, MessageIds>({
  name: 'no-auth-on-error-page',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a custom error or sign-in page that requires a session (a redirect loop)',
      recommended: true,
    },
    hasSuggestions: true,
    messages: defineMessages<BaseMessageId>(
      {
        middlewarePagesDiffer:
          'This middleware runs on the custom error page "{{page}}" (pages.error in {{where}}) but only lets "{{skipped}}" through: its own `pages` differ from the config\'s. A signed-out visitor of the error page is sent to sign-in and back, and NextAuth.js gives up with {{code}} ({{meaning}}).',
        errorPageBehindMiddleware:
          'This middleware runs on the custom error page "{{page}}" (pages.error in {{where}}) and redirects signed-out visitors, so the error page can never show to them; the library gives up with {{code}} ({{meaning}}).',
        signInPageBehindMiddleware:
          'This middleware runs on the sign-in page "{{page}}" (pages.signIn in {{where}}) and redirects signed-out visitors away from it: nobody can sign in, and the browser loops between redirects.',
        errorPageRequiresSession:
          'The custom error page "{{page}}" (pages.error in {{where}}) redirects visitors without a session here, so it can never show to a signed-out user; the library gives up with {{code}} ({{meaning}}).',
        signInPageRequiresSession:
          'The sign-in page "{{page}}" (pages.signIn in {{where}}) redirects visitors without a session here: nobody can sign in, and the browser loops between redirects.',
        addPageToWithAuth: 'Give `withAuth` the same page as the config: `pages.{{key}}: "{{page}}"`.',
        useWithAuth: 'Use `withAuth({ pages: { {{key}}: "{{page}}" } })` so the middleware lets the config\'s page through.',
      },
      {
        middlewarePagesDiffer:
          '이 middleware는 custom error page "{{page}}"({{where}}의 pages.error)에서도 실행되지만 "{{skipped}}"만 통과시킵니다. middleware의 `pages`가 config의 `pages`와 다르기 때문입니다. 로그인하지 않은 방문자는 error page에서 sign-in으로 보내졌다가 되돌아오고, NextAuth.js는 {{code}}({{meaning}})로 처리를 중단합니다.',
        errorPageBehindMiddleware:
          '이 middleware는 custom error page "{{page}}"({{where}}의 pages.error)에서 실행되며 로그인하지 않은 방문자를 리디렉션하므로, 그들에게 error page가 절대 표시되지 않습니다. 라이브러리는 {{code}}({{meaning}})로 처리를 중단합니다.',
        signInPageBehindMiddleware:
          '이 middleware는 sign-in page "{{page}}"({{where}}의 pages.signIn)에서 실행되며 로그인하지 않은 방문자를 다른 곳으로 리디렉션합니다. 아무도 로그인할 수 없고 브라우저는 리디렉션을 반복합니다.',
        errorPageRequiresSession:
          'custom error page "{{page}}"({{where}}의 pages.error)가 여기에서 세션이 없는 방문자를 리디렉션하므로, 로그인하지 않은 사용자에게 절대 표시되지 않습니다. 라이브러리는 {{code}}({{meaning}})로 처리를 중단합니다.',
        signInPageRequiresSession:
          'sign-in page "{{page}}"({{where}}의 pages.signIn)가 여기에서 세션이 없는 방문자를 리디렉션합니다. 아무도 로그인할 수 없고 브라우저는 리디렉션을 반복합니다.',
        addPageToWithAuth: '`withAuth`에 config와 같은 페이지를 지정합니다: `pages.{{key}}: "{{page}}"`.',
        useWithAuth: 'middleware가 config의 페이지를 통과시키도록 `withAuth({ pages: { {{key}}: "{{page}}" } })`를 사용합니다.',
      },
    ),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          errorPage: {
            type: 'string',
            pattern: '^/',
            description:
              'The custom error page path (`pages.error`), used when the rule cannot read it from the NextAuth config.',
          },
          signInPage: {
            type: 'string',
            pattern: '^/',
            description:
              'The custom sign-in page path (`pages.signIn`), used when the rule cannot read it from the NextAuth config.',
          },
          middlewareFiles: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'More middleware file names, relative to the project root (a bare name is also tried in `src/`), beside `middleware.ts|js` and `proxy.ts|js`.',
          },
        },
      },
    ],
    defaultOptions: [{ middlewareFiles: [] }],
  },
  create(context, [options]) {
    // Most files of an app are neither a middleware nor a page: they need no project model at all (checking that
    // the cached model is still fresh costs a dozen `stat` calls).
    if (!mayReportIn(context.filename, options.middlewareFiles ?? [])) return {};
    // Other files are parsed with ESLint's parser when it is a full parser (typescript-eslint, Babel: they have
    // `parseForESLint`); espree cannot read the TypeScript the config may be written in, so typescript-eslint's
    // parser, which reads both, stands in for it.
    const eslintParser = context.languageOptions.parser as ParserLike | undefined;
    const parser = eslintParser?.parseForESLint ? eslintParser : undefined;
    const project = getNextAuthProject(context.filename, {
      middlewareFiles: options.middlewareFiles ?? [],
      ...(parser ? { parser } : {}),
    });
    if (!project) return {};
    const { locale, catalog } = getAuthErrorsSettings(context);
    const sourceCode = context.sourceCode;

    return {
      Program(program) {
        const findings = checkFile(project, program, context.filename, sourceCode.text, {
          ...(options.errorPage !== undefined ? { errorPage: options.errorPage } : {}),
          ...(options.signInPage !== undefined ? { signInPage: options.signInPage } : {}),
          middlewareFiles: options.middlewareFiles ?? [],
        });
        for (const finding of findings) {
          const { code, meaning } = loopCode(finding, catalog, locale);
          const data = { page: finding.page, where: finding.where, skipped: finding.skipped ?? '', code, meaning };
          const fix = finding.fix;
          context.report({
            node: finding.node,
            messageId: localizedMessageId(finding.kind, locale),
            data,
            ...(fix
              ? {
                  suggest: [
                    {
                      messageId: localizedMessageId(fix.kind, locale),
                      data: { key: finding.key, page: finding.page },
                      fix: (fixer: TSESLint.RuleFixer) =>
                        fix.edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)),
                    },
                  ],
                }
              : {}),
          });
        }
      },
    };
  },
});
