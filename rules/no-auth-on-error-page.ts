import * as path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';

import type { Catalog, Locale } from '../src/catalog';
import { describeCode } from '../src/catalog/switch-analysis';
import { checkFile, fileRole, mayDemandSession } from '../src/nextauth/pages/error-page';
import type { ErrorPageFinding } from '../src/nextauth/pages/error-page';
import type { ParserLike } from '../src/nextauth/project/files';
import { lintRunOf } from '../src/nextauth/project/lint-run';
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

/** Next.js 16's name for the middleware file (`proxy.ts`, `proxy.js`, …). */
const PROXY_FILE = /^proxy\.[cm]?[jt]sx?$/;

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
          'This {{kind}} lets only "{{skipped}}" through, not the error page "{{page}}" (pages.error in {{where}}): a loop ({{code}}). Use the config\'s `pages`.',
        errorPageBehindMiddleware:
          'This {{kind}} redirects signed-out visitors of the error page "{{page}}" (pages.error in {{where}}): a redirect loop ({{code}}). Let that page through.',
        signInPageBehindMiddleware:
          'This {{kind}} redirects signed-out visitors away from the sign-in page "{{page}}" (pages.signIn in {{where}}), so nobody can sign in. Let that page through.',
        errorPageRequiresSession:
          'The error page "{{page}}" (pages.error in {{where}}) redirects visitors without a session here: a redirect loop ({{code}}). Show it without a session.',
        signInPageRequiresSession:
          'The sign-in page "{{page}}" (pages.signIn in {{where}}) redirects visitors without a session here, so nobody can sign in. Show it without a session.',
        addPageToWithAuth: 'Give `withAuth` the same page as the config: `pages.{{key}}: "{{page}}"`.',
        useWithAuth: 'Use `withAuth({ pages: { {{key}}: "{{page}}" } })` so the config\'s page gets through.',
      },
      {
        middlewarePagesDiffer:
          '이 {{kind}} 파일은 "{{skipped}}"만 통과시키고 오류 페이지 "{{page}}"({{where}}의 pages.error)에서는 방문자를 돌려보내 리디렉션이 반복됩니다({{code}}). 설정의 `pages`를 넘기세요.',
        errorPageBehindMiddleware:
          '이 {{kind}} 파일은 오류 페이지 "{{page}}"({{where}}의 pages.error)에서 로그인하지 않은 방문자를 돌려보내 리디렉션이 반복됩니다({{code}}). 이 페이지는 통과시키세요.',
        signInPageBehindMiddleware:
          '이 {{kind}} 파일은 로그인 페이지 "{{page}}"({{where}}의 pages.signIn)에서 로그인하지 않은 방문자를 내보내므로 아무도 로그인할 수 없습니다. 이 페이지는 통과시키세요.',
        errorPageRequiresSession:
          '오류 페이지 "{{page}}"({{where}}의 pages.error)에서 세션이 없는 방문자를 돌려보내 리디렉션이 반복됩니다({{code}}). 세션 없이도 이 페이지가 보이게 하세요.',
        signInPageRequiresSession:
          '로그인 페이지 "{{page}}"({{where}}의 pages.signIn)에서 세션이 없는 방문자를 리디렉션하므로 아무도 로그인할 수 없습니다. 세션 없이도 보이게 하세요.',
        addPageToWithAuth: '`withAuth`에 설정과 같은 페이지를 지정합니다: `pages.{{key}}: "{{page}}"`.',
        useWithAuth: '설정의 페이지가 통과되도록 `withAuth({ pages: { {{key}}: "{{page}}" } })`를 사용합니다.',
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
    // Most files of an app are neither a middleware nor a page, and most pages import nothing that reads the
    // session: they need no project model at all (checking that the cached model is still fresh costs a dozen
    // `stat` calls).
    const role = fileRole(context.filename, options.middlewareFiles ?? []);
    if (role === undefined || (role === 'page' && !mayDemandSession(context.sourceCode.ast))) return {};
    // Other files are parsed with ESLint's parser when it is a full parser (typescript-eslint, Babel: they have
    // `parseForESLint`); espree cannot read the TypeScript the config may be written in, so typescript-eslint's
    // parser, which reads both, stands in for it.
    const eslintParser = context.languageOptions.parser as ParserLike | undefined;
    const parser = eslintParser?.parseForESLint ? eslintParser : undefined;
    const project = getNextAuthProject(context.filename, {
      middlewareFiles: options.middlewareFiles ?? [],
      ...(parser ? { parser } : {}),
      run: lintRunOf(context),
    });
    if (!project) return {};
    const { locale, catalog } = getAuthErrorsSettings(context);
    const sourceCode = context.sourceCode;
    // Next.js 16 renamed `middleware.ts` to `proxy.ts`: a finding in a proxy file says so.
    const kind = PROXY_FILE.test(path.basename(context.filename)) ? 'proxy' : 'middleware';

    return {
      Program(program) {
        const findings = checkFile(project, program, context.filename, sourceCode.text, {
          ...(options.errorPage !== undefined ? { errorPage: options.errorPage } : {}),
          ...(options.signInPage !== undefined ? { signInPage: options.signInPage } : {}),
          middlewareFiles: options.middlewareFiles ?? [],
        });
        for (const finding of findings) {
          const { code, meaning } = loopCode(finding, catalog, locale);
          const data = { page: finding.page, where: finding.where, skipped: finding.skipped ?? '', code, meaning, kind };
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
