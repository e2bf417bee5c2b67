import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { evidentFamilies } from '../src/catalog';
import { quoteCode } from '../src/catalog/switch-analysis';
import {
  betterAuthCodesAreObjects,
  findThrownMessageValues,
  findUnreachableInHandler,
  findUnreachablePageValues,
} from '../src/catalog/unreachable';
import type { UnreachableCause, UnreachableFinding, UnreachableSettings } from '../src/catalog/unreachable';
import type { AuthPage, Locale } from '../src/catalog';
import { configErrorFacts } from '../src/nextauth/pages/config-errors';
import { pageOfFile, projectAuthMajor, projectDependencyVersion } from '../src/nextauth/pages/page-context';
import { skipTypeWrappers } from '../src/util/ast';
import { aliasedValue, asMember } from '../src/util/error-handlers';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { writtenErrorValues } from '../src/util/query-param';
import { evidenceSourcesOf, getAuthErrorsSettings } from '../src/util/settings';
import { codeTokensOf } from '../src/util/code-tokens';
import { mayHoldUnreachableSites, UnreachableSites } from '../src/util/unreachable-sites';
import type { Site } from '../src/util/unreachable-sites';

type Options = [
  {
    firebaseEmailEnumerationProtection?: boolean;
    clerkStrictEnumeration?: boolean;
    cognitoPreventUserExistenceErrors?: boolean;
  },
];

type BaseMessageId =
  | 'firebaseEnumeration'
  | 'firebaseAdminCode'
  | 'firebaseAdminOnlyCode'
  | 'supabaseSessionMissing'
  | 'supabaseUserNotFound'
  | 'amplifyCodeProperty'
  | 'betterAuthCodeObject'
  | 'authjsRenamedValue'
  | 'authjsV4Value'
  | 'authjsWrongPage'
  | 'authjsThrownMessage'
  | 'clerkEnumeration'
  | 'cognitoUserExistence'
  | 'replaceCode'
  | 'readProperty'
  | 'compareCode';
type MessageIds = LocalizedMessageId<BaseMessageId>;

const CAUSE_MESSAGES: Record<UnreachableCause, BaseMessageId> = {
  firebaseEnumeration: 'firebaseEnumeration',
  firebaseAdminCode: 'firebaseAdminCode',
  supabaseSessionMissing: 'supabaseSessionMissing',
  supabaseUserNotFound: 'supabaseUserNotFound',
  amplifyCodeProperty: 'amplifyCodeProperty',
  betterAuthCodeObject: 'betterAuthCodeObject',
  authjsRenamedValue: 'authjsRenamedValue',
  authjsV4Value: 'authjsV4Value',
  authjsWrongPage: 'authjsWrongPage',
  authjsThrownMessage: 'authjsThrownMessage',
  clerkEnumeration: 'clerkEnumeration',
  cognitoUserExistence: 'cognitoUserExistence',
};

export default createRule<Options, MessageIds>({
  name: 'no-unreachable-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow handling an auth error code that the library never sends for the call or page it is handled for',
      recommended: true,
    },
    hasSuggestions: true,
    messages: defineMessages<BaseMessageId>(
      {
        firebaseEnumeration:
          'With email enumeration protection (the default), sign-in fails with `{{instead}}`, not `{{code}}`. Handle `{{instead}}`.',
        firebaseAdminCode: '`{{code}}` comes only from the Admin SDK; the web SDK reports this failure as `{{instead}}`.',
        firebaseAdminOnlyCode: '`{{code}}` comes only from the Admin SDK; the web SDK never sends it, so this branch never runs.',
        supabaseSessionMissing:
          'auth-js turns `session_not_found` into an `AuthSessionMissingError` without a `code`. Test `isAuthSessionMissingError(error)` instead.',
        supabaseUserNotFound:
          'A password sign-in answers an unknown user with `invalid_credentials`, never `user_not_found`. Compare with `invalid_credentials`.',
        amplifyCodeProperty: 'Amplify v6 errors carry `{{code}}` in `name`, not `code`, so this never matches. Read `.name`.',
        betterAuthCodeObject:
          '`$ERROR_CODES.{{key}}` is a `{ code, message }` object, so comparing it with a string never matches. Use `.code`.',
        authjsRenamedValue: 'Auth.js v5 sends `{{instead}}`; `{{code}}` is the v4 name and never arrives in this project.',
        authjsV4Value: 'Auth.js v5 never sends the v4 value `{{code}}`; that failure reaches pages as `Configuration`.',
        authjsWrongPage: 'Auth.js sends `{{code}}` to the {{otherPage}}, never to this {{page}}, so this never matches here.',
        authjsThrownMessage:
          'Auth.js v5 sends `Configuration`, not the message of the `Error` thrown in `authorize` ({{where}}). Throw a `CredentialsSignin` subclass and read its `code`.',
        clerkEnumeration:
          'Under strict enumeration protection, Clerk sends `{{instead}}`, not `{{code}}`. Handle it too.',
        cognitoUserExistence:
          'With PreventUserExistenceErrors on (the pool default), sign-in answers an unknown user with `{{instead}}`, not `{{code}}`.',
        replaceCode: 'Replace with `{{code}}`.',
        readProperty: 'Read `.{{property}}` instead.',
        compareCode: 'Compare with `.code`.',
      },
      {
        firebaseEnumeration:
          '이메일 열거 보호가 켜져 있으면(기본값) 비밀번호 로그인 실패는 `{{code}}` 코드가 아닌 `{{instead}}` 코드로 옵니다. `{{instead}}` 코드를 처리하세요.',
        firebaseAdminCode: '`{{code}}` 코드는 Admin SDK만 보냅니다. 웹 SDK는 이 실패를 `{{instead}}` 코드로 알립니다.',
        firebaseAdminOnlyCode: '`{{code}}` 코드는 Admin SDK만 보내고 웹 SDK는 보내지 않으므로 이 분기는 실행되지 않습니다.',
        supabaseSessionMissing:
          'auth-js는 `session_not_found` 응답을 `code`가 없는 `AuthSessionMissingError`로 바꿉니다. 대신 `isAuthSessionMissingError(error)`로 확인하세요.',
        supabaseUserNotFound:
          '비밀번호 로그인은 없는 사용자에게도 `user_not_found`가 아닌 `invalid_credentials`로 답합니다. `invalid_credentials`와 비교하세요.',
        amplifyCodeProperty: 'Amplify v6 오류는 `{{code}}` 값을 `code`가 아닌 `name`에 담으므로 절대 일치하지 않습니다. `.name`을 읽으세요.',
        betterAuthCodeObject:
          '`$ERROR_CODES.{{key}}` 값은 `{ code, message }` 객체라 문자열과 비교하면 절대 일치하지 않습니다. `.code`와 비교하세요.',
        authjsRenamedValue: 'Auth.js v5는 `{{instead}}` 값을 보냅니다. `{{code}}` 값은 v4 이름이라 이 프로젝트에는 오지 않습니다.',
        authjsV4Value: 'Auth.js v5는 v4 값 `{{code}}` 항목을 보내지 않습니다. 그 실패는 페이지에 `Configuration`으로 옵니다.',
        authjsWrongPage: 'Auth.js는 `{{code}}` 값을 {{otherPage}}에 보내고 이 {{page}}에는 보내지 않으므로 여기서는 일치하지 않습니다.',
        authjsThrownMessage:
          'Auth.js v5는 `authorize`에서 던진 `Error`의 메시지({{where}}) 대신 `Configuration` 값을 보냅니다. `CredentialsSignin` 하위 클래스를 던지고 `code`를 읽으세요.',
        clerkEnumeration:
          '엄격한 열거 보호가 켜져 있으면 Clerk는 `{{code}}` 코드 대신 `{{instead}}` 코드를 보냅니다. 그 코드도 처리하세요.',
        cognitoUserExistence:
          'PreventUserExistenceErrors가 켜져 있으면(풀 기본값) 로그인은 없는 사용자에게 `{{code}}` 코드가 아닌 `{{instead}}` 코드로 답합니다.',
        replaceCode: '`{{code}}` 값으로 바꿉니다.',
        readProperty: '대신 `.{{property}}` 속성을 읽습니다.',
        compareCode: '`.code` 속성과 비교합니다.',
      },
    ),
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          firebaseEmailEnumerationProtection: {
            type: 'boolean',
            description:
              'Whether the Firebase project has email enumeration protection on (the default for projects created since 2023-09-15). Default: true.',
          },
          clerkStrictEnumeration: {
            type: 'boolean',
            description: 'Whether the Clerk instance has strict user enumeration protection on. Default: false; true in `strict`.',
          },
          cognitoPreventUserExistenceErrors: {
            type: 'boolean',
            description:
              'Whether the Cognito user pool client has `PreventUserExistenceErrors` enabled (the console default for new clients). Default: false; true in `strict`.',
          },
        },
      },
    ],
    defaultOptions: [{ firebaseEmailEnumerationProtection: true, clerkStrictEnumeration: false, cognitoPreventUserExistenceErrors: false }],
  },
  create(context, [options]) {
    const resolved = getAuthErrorsSettings(context);
    const { locale, catalog } = resolved;
    const sourceCode = context.sourceCode;
    // Most files of an app write no code of any family: nothing to collect.
    const sources = evidenceSourcesOf(resolved, undefined);
    if (!mayHoldUnreachableSites(sourceCode.text, codeTokensOf(sourceCode.ast, sourceCode.text, catalog), catalog, sources)) return {};
    const settings: UnreachableSettings = {
      firebaseEmailEnumerationProtection: options.firebaseEmailEnumerationProtection !== false,
      clerkStrictEnumeration: options.clerkStrictEnumeration === true,
      cognitoPreventUserExistenceErrors: options.cognitoPreventUserExistenceErrors === true,
    };
    // Families the file shows evidence of (its imports, its markers, the user's own modules): read once, when asked.
    let evident: ReadonlySet<string> | undefined;
    const isEvident = (family: string): boolean =>
      (evident ??= evidentFamilies(catalog, sourceCode.text, sources)).has(family);
    const sites = new UnreachableSites(sourceCode, catalog, isEvident);

    function report(site: Site, finding: UnreachableFinding, data: Record<string, string>): void {
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const replacement = finding.replacement;
      const literal = site.literal;
      if (replacement !== undefined && literal && literal === skipTypeWrappers(site.node)) {
        suggest.push({
          messageId: localizedMessageId('replaceCode', locale),
          data: { code: replacement },
          fix: (fixer) => fixer.replaceText(literal, quoteCode(replacement, quoteOf(sourceCode.getText(literal)))),
        });
      } else if (replacement !== undefined && isPlainKey(site.node) && IDENTIFIER.test(replacement)) {
        // A message map's key written as a name: `{ OAuthCallback: '…' }`.
        suggest.push({
          messageId: localizedMessageId('replaceCode', locale),
          data: { code: replacement },
          fix: (fixer) => fixer.replaceText(site.node, replacement),
        });
      }
      const property = finding.property;
      const member = asMember(aliasedValue(site.subject, sourceCode));
      if (property !== undefined && member && !member.computed) {
        suggest.push({
          messageId: localizedMessageId('readProperty', locale),
          data: { property },
          fix: (fixer) => fixer.replaceText(member.property, property),
        });
      }
      const messageId =
        finding.cause === 'firebaseAdminCode' && finding.instead === undefined ? 'firebaseAdminOnlyCode' : CAUSE_MESSAGES[finding.cause];
      context.report({
        node: site.node,
        messageId: localizedMessageId(messageId, locale),
        data: { code: finding.value, instead: finding.instead ?? '', ...data },
        suggest,
      });
    }

    const parser = () => context.languageOptions.parser as Parameters<typeof pageOfFile>[1];
    // `?error=` values the file writes itself, read once, when a page value or a `signIn()` result is compared.
    let writesHere: ReadonlySet<string> | undefined;
    const written = (config: ReadonlySet<string> | undefined): ReadonlySet<string> => {
      writesHere ??= writtenErrorValues(sourceCode.ast);
      return config && config.size > 0 ? new Set([...writesHere, ...config]) : writesHere;
    };

    function checkPageSites(authMajor: 4 | 5): void {
      const values = sites.pageSites.map((site) => site.value);
      // The values the config writes into `?error=` itself matter only where v5 could have turned a value away.
      const config = authMajor === 5 ? configErrorFacts(context.filename, parser()) : undefined;
      const facts = { authMajor, values, written: written(config?.written) };
      // The page the file is matters only for a value of the project's major: read the config only then.
      let findings = findUnreachablePageValues({ ...facts, page: undefined });
      const page = pageOfFile(context.filename, parser());
      if (page === 'error' || page === 'signIn') findings = findUnreachablePageValues({ ...facts, page });
      // A message thrown in `authorize` is not judged on a page's `?error=`: any file of the app (a server action
      // catching the `AuthError` of `signIn()`) may forward it there, and the project model does not read them all.
      for (const finding of findings) {
        const data: Record<string, string> =
          finding.cause === 'authjsWrongPage' && (page === 'error' || page === 'signIn')
            ? { page: pageName(page, locale), otherPage: pageName(page === 'error' ? 'signIn' : 'error', locale) }
            : {};
        for (const site of sites.pageSites) if (site.value === finding.value) report(site, finding, data);
      }
    }

    /** `res.error` of `signIn('credentials', …)` compared with a message the provider's `authorize` throws. */
    function checkSignInSites(authMajor: 4 | 5): void {
      const config = authMajor === 5 ? configErrorFacts(context.filename, parser()) : undefined;
      if (!config) return;
      const tied = sites.signInSites.filter((site) => site.provider !== undefined && config.credentialIds.has(site.provider));
      const values = tied.map((site) => site.value);
      const thrown = new Set(config.thrown.keys());
      for (const finding of findThrownMessageValues({ authMajor, values, thrown, written: written(config.written) })) {
        const data = { where: config.thrown.get(finding.value) ?? '' };
        for (const site of tied) if (site.value === finding.value) report(site, finding, data);
      }
    }

    function checkBetterAuthSites(): void {
      if (!isEvident('better-auth')) return;
      if (betterAuthCodesAreObjects(projectDependencyVersion(context.filename, 'better-auth')) !== true) return;
      for (const { member, key } of sites.betterAuthSites) {
        if (!catalog.lookup(key, 'better-auth')) continue;
        context.report({
          node: member,
          messageId: localizedMessageId('betterAuthCodeObject', locale),
          data: { key },
          suggest: [{ messageId: localizedMessageId('compareCode', locale), fix: (fixer) => fixer.insertTextAfter(member, '.code') }],
        });
      }
    }

    return {
      ImportDeclaration: (node) => sites.importDeclaration(node),
      BinaryExpression: (node) => sites.binaryExpression(node),
      SwitchStatement: (node) => sites.switchStatement(node),
      CallExpression: (node) => sites.callExpression(node),
      ObjectExpression: (node) => sites.objectExpression(node),
      'Program:exit'() {
        for (const group of sites.handlerGroups()) {
          for (const finding of findUnreachableInHandler(catalog, group.facts, settings)) {
            for (const site of group.sites) if (site.value === finding.value) report(site, finding, {});
          }
        }
        if (sites.pageSites.length > 0 || sites.signInSites.length > 0) {
          const authMajor = projectAuthMajor(context.filename);
          if (authMajor !== undefined && sites.pageSites.length > 0) checkPageSites(authMajor);
          if (authMajor !== undefined && sites.signInSites.length > 0) checkSignInSites(authMajor);
        }
        if (sites.betterAuthSites.length > 0) checkBetterAuthSites();
      },
    };
  },
});

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A property's key written as a name (`{ OAuthCallback: … }`, not shorthand or computed). */
function isPlainKey(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return node.type === AST_NODE_TYPES.Identifier && parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand;
}

/** How a message names a page. */
function pageName(page: AuthPage, locale: Locale): string {
  const names = {
    en: { error: 'error page', signIn: 'sign-in page' },
    ko: { error: '오류 페이지', signIn: '로그인 페이지' },
  } as const;
  return names[locale][page];
}

function quoteOf(text: string): "'" | '"' | '`' {
  const first = text[0];
  return first === '"' || first === '`' ? first : "'";
}
