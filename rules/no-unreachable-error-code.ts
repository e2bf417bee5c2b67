import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { evidentFamilies } from '../src/catalog';
import { quoteCode } from '../src/catalog/switch-analysis';
import {
  BETTER_AUTH_ERROR_CODES_MAP,
  betterAuthCodesAreObjects,
  findUnreachableInHandler,
  findUnreachablePageValues,
} from '../src/catalog/unreachable';
import type { HandlerLibrary, UnreachableCause, UnreachableFinding, UnreachableSettings } from '../src/catalog/unreachable';
import type { AuthPage, Locale } from '../src/catalog';
import { pageOfFile, projectAuthMajor, projectDependencyVersion } from '../src/nextauth/pages/page-context';
import { getCaseLabels, getLastName, getLiteralString, resolveStringLiteralNode, skipTypeWrappers, walkNodes } from '../src/util/ast';
import type { StringLiteralNode } from '../src/util/ast';
import { createRule } from '../src/util/create-rule';
import { defineMessages, localizedMessageId } from '../src/util/messages';
import type { LocalizedMessageId } from '../src/util/messages';
import { getAuthErrorsSettings } from '../src/util/settings';

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
  | 'clerkEnumeration'
  | 'cognitoUserExistence'
  | 'replaceCode'
  | 'readProperty'
  | 'compareCode';
type MessageIds = LocalizedMessageId<BaseMessageId>;

/** One string compared with a value: where it is written, and the value it is compared with. */
interface Site {
  readonly value: string;
  readonly node: TSESTree.Node;
  /** The literal a replacement rewrites, when the string is written in place. */
  readonly literal: StringLiteralNode | undefined;
  /** The compared value (`err.code`, `searchParams.get('error')`). */
  readonly subject: TSESTree.Node;
}

/** A call an error handler is tied to. */
interface TiedCall {
  readonly call: TSESTree.CallExpression;
  readonly name: string;
}

/** The code an error handler guards. */
interface Tie {
  /** Identity of the handler (its node's offset). */
  readonly key: string;
  readonly calls: readonly TiedCall[];
  /** Whether the guarded code has a `throw` of its own. */
  readonly throws: boolean;
  /** The calls the guarded code awaits. */
  readonly awaited: readonly TSESTree.CallExpression[];
}

interface HandlerGroup {
  readonly library: HandlerLibrary;
  readonly calls: Set<string>;
  readonly throws: boolean;
  readonly awaited: readonly TSESTree.CallExpression[];
  readonly property: string;
  readonly sites: Site[];
}

const EQUALITY = new Set(['===', '!==', '==', '!=']);
const STRICT_EQUALITY = new Set(['===', '!==']);
// AngularFire re-exports the web SDK's functions as they are.
const FIREBASE_WEB_MODULES = ['firebase', '@firebase/auth', '@angular/fire/auth', '@angular/fire/compat/auth'];
const AMPLIFY_MODULES = ['aws-amplify/auth', '@aws-amplify/auth'];
const AMPLIFY_V5_MODULES = ['aws-amplify', '@aws-amplify/auth'];
/** Methods that run over the `errors` array of a Clerk API error with a callback (`err.errors.some((e) => …)`). */
const ARRAY_CALLBACKS = new Set(['some', 'find', 'filter', 'forEach', 'map', 'every', 'findIndex']);
/** Names of the value a `?error=` query parameter is read from. */
const QUERY_HOLDERS = /^(?:searchParams|query|params|urlParams|queryParams|urlSearchParams)$/i;
/** Names of an object whose `error` property is the query parameter itself (`searchParams.error`, `router.query.error`). */
const QUERY_OBJECTS = /^(?:searchParams|query)$/i;

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
    const { locale, catalog, settings: pluginSettings } = getAuthErrorsSettings(context);
    const sourceCode = context.sourceCode;
    const settings: UnreachableSettings = {
      firebaseEmailEnumerationProtection: options.firebaseEmailEnumerationProtection !== false,
      clerkStrictEnumeration: options.clerkStrictEnumeration === true,
      cognitoPreventUserExistenceErrors: options.cognitoPreventUserExistenceErrors === true,
    };
    /** Local name → module, for every import of the file. */
    const imports = new Map<string, { module: string; imported: string }>();
    const modules: string[] = [];
    const handlers = new Map<string, HandlerGroup>();
    const pageSites: Site[] = [];
    const betterAuthSites: { member: TSESTree.MemberExpression; key: string }[] = [];

    // Families the file shows evidence of (its imports, its markers, the user's own modules): read once, when asked.
    let evident: ReadonlySet<string> | undefined;
    const isEvident = (family: string): boolean =>
      (evident ??= evidentFamilies(catalog, sourceCode.text, {
        enabled: pluginSettings.enabledFamilies,
        modules: pluginSettings.familyModules,
      })).has(family);
    const importsFrom = (candidates: readonly string[]) =>
      modules.some((module) => candidates.some((candidate) => module === candidate || module.startsWith(`${candidate}/`)));

    function addSite(site: Site): void {
      if (isErrorParamRead(site.subject, sourceCode)) {
        pageSites.push(site);
        return;
      }
      const member = asMember(aliasedValue(site.subject, sourceCode));
      if (!member) return;
      const property = getLastName(member);
      if (property !== 'code' && property !== 'name') return;
      const tie = handlerOf(member.object, sourceCode);
      if (!tie) return;
      for (const { call, name } of tie.calls) {
        const library = libraryOf(call);
        if (!library) continue;
        const key = `${tie.key}:${library}:${property}`;
        let group = handlers.get(key);
        if (!group) {
          group = { library, calls: new Set(), throws: tie.throws, awaited: tie.awaited, property, sites: [] };
          handlers.set(key, group);
        }
        group.calls.add(name);
        if (!group.sites.includes(site)) group.sites.push(site);
      }
    }

    /** Which library a call belongs to, by its callee and the file's imports; `undefined` when nothing says. */
    function libraryOf(call: TSESTree.CallExpression): HandlerLibrary | undefined {
      const callee = skipTypeWrappers(call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const source = imports.get(callee.name);
        if (!source) return undefined;
        if (FIREBASE_WEB_MODULES.some((module) => source.module === module || source.module.startsWith(`${module}/`))) {
          return importsFrom(['firebase-admin']) ? undefined : 'firebase';
        }
        if (AMPLIFY_MODULES.includes(source.module) && source.imported !== 'Auth') return 'amplify-v6';
        return undefined;
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const objectName = getLastName(callee.object);
      const root = rootName(callee.object);
      if (root !== undefined && objectName === 'Auth' && AMPLIFY_V5_MODULES.includes(imports.get(root)?.module ?? '')) return 'amplify-v5';
      if (memberNames(callee.object).includes('auth') && isEvident('supabase-auth')) return 'supabase';
      if (objectName === 'signIn' && isEvident('clerk')) return 'clerk';
      // The compat API: `firebase.auth().signInWithEmailAndPassword(…)`, `auth.signInWithEmailAndPassword(…)`.
      if (importsFrom(FIREBASE_WEB_MODULES) && !importsFrom(['firebase-admin']) && getLastName(callee) === 'signInWithEmailAndPassword') return 'firebase';
      return undefined;
    }

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

    /** The code a Firebase constant stands for: `AuthErrorCodes.INVALID_PASSWORD` is `auth/wrong-password`. */
    function firebaseConstant(node: TSESTree.Node): string | undefined {
      const bare = unwrap(node);
      if (bare.type !== AST_NODE_TYPES.MemberExpression || bare.object.type !== AST_NODE_TYPES.Identifier) return undefined;
      const source = imports.get(bare.object.name);
      if (source?.imported !== 'AuthErrorCodes' || !FIREBASE_WEB_MODULES.some((module) => source.module === module || source.module.startsWith(`${module}/`))) {
        return undefined;
      }
      const key = getLastName(bare);
      return catalog.family('firebase-auth')?.entries.find((entry) => key !== undefined && entry.constants?.includes(key))?.code;
    }

    function collectComparison(node: TSESTree.BinaryExpression): void {
      if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
      for (const [side, other] of [
        [node.right, node.left],
        [node.left, node.right],
      ] as const) {
        const literal = resolveStringLiteralNode(side, sourceCode.getScope(node));
        const value = getLiteralString(literal) ?? firebaseConstant(side);
        if (value === undefined || getLiteralString(resolveStringLiteralNode(other, sourceCode.getScope(node))) !== undefined) continue;
        if (firebaseConstant(other) !== undefined) continue;
        addSite({ value, node: side, literal, subject: other });
        return;
      }
    }

    return {
      ImportDeclaration(node) {
        const module = node.source.value;
        modules.push(module);
        for (const specifier of node.specifiers) {
          const imported =
            specifier.type === AST_NODE_TYPES.ImportSpecifier
              ? specifier.imported.type === AST_NODE_TYPES.Identifier
                ? specifier.imported.name
                : specifier.imported.value
              : '*';
          imports.set(specifier.local.name, { module, imported });
        }
      },
      BinaryExpression(node) {
        if (!EQUALITY.has(node.operator)) return;
        collectComparison(node);
        if (STRICT_EQUALITY.has(node.operator)) {
          for (const side of [node.left, node.right]) {
            const found = errorCodesMember(side);
            if (found) betterAuthSites.push(found);
          }
        }
      },
      SwitchStatement(node) {
        for (const label of getCaseLabels(node, sourceCode.getScope(node))) {
          const constant = label.value === undefined ? firebaseConstant(label.test) : undefined;
          if (typeof label.value === 'string') addSite({ value: label.value, node: label.test, literal: label.literal, subject: node.discriminant });
          else if (constant !== undefined) addSite({ value: constant, node: label.test, literal: undefined, subject: node.discriminant });
          else {
            const found = errorCodesMember(label.test);
            if (found) betterAuthSites.push(found);
          }
        }
      },
      CallExpression(node) {
        // `['auth/user-not-found', 'auth/wrong-password'].includes(err.code)`
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || getLastName(callee) !== 'includes' || node.arguments.length !== 1) return;
        const list = skipTypeWrappers(callee.object);
        const subject = node.arguments[0];
        if (list.type !== AST_NODE_TYPES.ArrayExpression || !subject || subject.type === AST_NODE_TYPES.SpreadElement) return;
        for (const element of list.elements) {
          const value = getLiteralString(element);
          if (element && value !== undefined) addSite({ value, node: element, literal: element as StringLiteralNode, subject });
        }
      },
      'Program:exit'() {
        for (const group of handlers.values()) {
          const findings = findUnreachableInHandler(
            catalog,
            {
              library: group.library,
              calls: [...group.calls],
              property: group.property,
              values: group.sites.map((site) => site.value),
              throws: group.throws,
              exclusive: group.awaited.every((call) => libraryOf(call) === group.library),
            },
            settings,
          );
          for (const finding of findings) {
            for (const site of group.sites) if (site.value === finding.value) report(site, finding, {});
          }
        }
        if (pageSites.length > 0) checkPageSites();
        if (betterAuthSites.length > 0) checkBetterAuthSites();
      },
    };

    function checkPageSites(): void {
      const authMajor = projectAuthMajor(context.filename);
      if (authMajor === undefined) return;
      const values = pageSites.map((site) => site.value);
      // The page the file is matters only for a value of the project's major: read the config only then.
      let findings = findUnreachablePageValues({ authMajor, page: undefined, values });
      const page = pageOfFile(context.filename, context.languageOptions.parser as Parameters<typeof pageOfFile>[1]);
      if (page === 'error' || page === 'signIn') findings = findUnreachablePageValues({ authMajor, page, values });
      for (const finding of findings) {
        const data: Record<string, string> =
          finding.cause === 'authjsWrongPage' && (page === 'error' || page === 'signIn')
            ? { page: pageName(page, locale), otherPage: pageName(page === 'error' ? 'signIn' : 'error', locale) }
            : {};
        for (const site of pageSites) if (site.value === finding.value) report(site, finding, data);
      }
    }

    function checkBetterAuthSites(): void {
      if (!isEvident('better-auth')) return;
      if (betterAuthCodesAreObjects(projectDependencyVersion(context.filename, 'better-auth')) !== true) return;
      for (const { member, key } of betterAuthSites) {
        if (!catalog.lookup(key, 'better-auth')) continue;
        context.report({
          node: member,
          messageId: localizedMessageId('betterAuthCodeObject', locale),
          data: { key },
          suggest: [
            {
              messageId: localizedMessageId('compareCode', locale),
              fix: (fixer) => fixer.insertTextAfter(member, '.code'),
            },
          ],
        });
      }
    }
  },
});

/** `X.$ERROR_CODES.KEY` read as a whole (not `.code` / `.message` of it). */
function errorCodesMember(node: TSESTree.Node): { member: TSESTree.MemberExpression; key: string } | undefined {
  const bare = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  if (bare.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const holder = skipTypeWrappers(bare.object);
  if (holder.type !== AST_NODE_TYPES.MemberExpression || getLastName(holder) !== BETTER_AUTH_ERROR_CODES_MAP) return undefined;
  const key = getLastName(bare);
  return key === undefined ? undefined : { member: bare, key };
}

/** The value a `const` holds when the compared value is one (`const code = err.errors[0]?.code`), else the value itself. */
function aliasedValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node {
  const bare = unwrap(node);
  if (bare.type !== AST_NODE_TYPES.Identifier) return node;
  return constInit(bare, sourceCode)?.init ?? node;
}

/** The member expression a compared value is (`err.code`, `err?.code`, `(err as E).code`). */
function asMember(node: TSESTree.Node): TSESTree.MemberExpression | undefined {
  const bare = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  return bare.type === AST_NODE_TYPES.MemberExpression ? bare : undefined;
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    current = skipTypeWrappers(current);
    if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
    else if (current.type === AST_NODE_TYPES.AwaitExpression) current = current.argument;
    else return current;
  }
}

function rootName(node: TSESTree.Node): string | undefined {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrap(current.object);
  if (current.type === AST_NODE_TYPES.CallExpression) return rootName(current.callee);
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

/** Every name along a member chain, calls included: `supabase.auth.mfa` → supabase, auth, mfa. */
function memberNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getLastName(current);
      if (name !== undefined) names.unshift(name);
      current = unwrap(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrap(current.callee);
    } else {
      if (current.type === AST_NODE_TYPES.Identifier) names.unshift(current.name);
      return names;
    }
  }
}

/** The handler an error value comes from: a `catch`, a `.catch(…)` callback, or the `error` of an awaited call's result. */
function handlerOf(
  object: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): Tie | undefined {
  if (depth > 4) return undefined;
  const node = unwrap(object);
  // Clerk: `err.errors[0].code`, `err.errors?.[0]?.code`.
  if (node.type === AST_NODE_TYPES.MemberExpression && node.computed && getLastName(node.object) === 'errors') {
    const errors = unwrap(node.object);
    return errors.type === AST_NODE_TYPES.MemberExpression ? handlerOf(errors.object, sourceCode, depth + 1) : undefined;
  }
  // `result.error.code` where `const result = await supabase.auth.signInWithPassword(…)`.
  if (node.type === AST_NODE_TYPES.MemberExpression && getLastName(node) === 'error') {
    const holder = unwrap(node.object);
    if (holder.type !== AST_NODE_TYPES.Identifier) return undefined;
    const init = constInit(holder, sourceCode);
    const call = init && awaitedCall(init.init);
    return call ? { key: `result:${init.node.range[0]}`, calls: [tiedCall(call)], throws: false, awaited: [call] } : undefined;
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return undefined;
  if (definition.type === 'CatchClause') {
    const clause = definition.node;
    const tryStatement = clause.parent;
    return { key: `catch:${clause.range[0]}`, ...guarded(tryStatement.block) };
  }
  if (definition.type === 'Parameter') {
    const fn = definition.node;
    const parent = fn.parent;
    if (!parent || parent.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
    const callee = unwrap(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = getLastName(callee);
    const isErrorCallback = method === 'catch' || (method === 'then' && parent.arguments[1] === fn);
    if (isErrorCallback) {
      const call = unwrap(callee.object);
      if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const calls = chainCalls(call);
      return { key: `callback:${fn.range[0]}`, calls, throws: false, awaited: calls.map((tied) => tied.call).filter((tied) => !isChainStep(tied)) };
    }
    // Clerk: `err.errors.some((e) => e.code === …)`.
    if (method !== undefined && ARRAY_CALLBACKS.has(method) && getLastName(callee.object) === 'errors') {
      const errors = unwrap(callee.object);
      return errors.type === AST_NODE_TYPES.MemberExpression ? handlerOf(errors.object, sourceCode, depth + 1) : undefined;
    }
    return undefined;
  }
  if (definition.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (!declarator.init || declarator.parent.kind !== 'const') return undefined;
  // `const { error } = await supabase.auth.signInWithPassword(…)`, `const { error: signInError } = …`.
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    const call = awaitedCall(declarator.init);
    const property = declarator.id.properties.find(
      (item) => item.type === AST_NODE_TYPES.Property && unwrap(item.value) === definition.name && getKeyName(item) === 'error',
    );
    return call && property ? { key: `result:${declarator.range[0]}`, calls: [tiedCall(call)], throws: false, awaited: [call] } : undefined;
  }
  // `const e = err as FirebaseError`.
  if (declarator.id === definition.name) {
    const alias = unwrap(declarator.init);
    return alias.type === AST_NODE_TYPES.Identifier ? handlerOf(alias, sourceCode, depth + 1) : undefined;
  }
  return undefined;
}

function getKeyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return getLiteralString(property.key);
  return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : getLiteralString(property.key);
}

function constInit(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): { node: TSESTree.VariableDeclarator; init: TSESTree.Expression } | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const' || !declarator.init) return undefined;
  return { node: declarator, init: declarator.init };
}

/** The call an initializer awaits: `await supabase.auth.signInWithPassword(…)`. */
function awaitedCall(init: TSESTree.Expression): TSESTree.CallExpression | undefined {
  const bare = skipTypeWrappers(init);
  if (bare.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
  const call = unwrap(bare.argument);
  return call.type === AST_NODE_TYPES.CallExpression ? call : undefined;
}

function tiedCall(call: TSESTree.CallExpression): TiedCall {
  return { call, name: getLastName(call.callee) ?? '' };
}

/**
 * What a `try` block does, outside functions declared in it (their errors do not reach this `catch`): its calls,
 * the calls it awaits, and whether it throws errors of its own.
 */
function guarded(block: TSESTree.BlockStatement): Pick<Tie, 'calls' | 'throws' | 'awaited'> {
  const calls: TiedCall[] = [];
  const awaited: TSESTree.CallExpression[] = [];
  let throws = false;
  walkNodes(block, (node) => {
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return false;
    }
    if (node.type === AST_NODE_TYPES.ThrowStatement) throws = true;
    if (node.type === AST_NODE_TYPES.CallExpression) calls.push(tiedCall(node));
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      const argument = unwrap(node.argument);
      if (argument.type === AST_NODE_TYPES.CallExpression) awaited.push(argument);
    }
    return undefined;
  });
  return { calls, throws, awaited };
}

/** `.then(…)` / `.finally(…)` / `.catch(…)` of a promise chain. */
function isChainStep(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getLastName(callee) : undefined;
  return method === 'then' || method === 'finally' || method === 'catch';
}

/** The calls of a promise chain before its `.catch(…)`: `signIn(…).then(…)` gives `then` and `signIn`. */
function chainCalls(call: TSESTree.CallExpression): TiedCall[] {
  const calls: TiedCall[] = [];
  let current: TSESTree.Node = call;
  while (current.type === AST_NODE_TYPES.CallExpression) {
    calls.push(tiedCall(current));
    const callee = unwrap(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) break;
    const method = getLastName(callee);
    if (method !== 'then' && method !== 'finally' && method !== 'catch') break;
    current = unwrap(callee.object);
  }
  return calls;
}

/**
 * Whether a value is the `error` query parameter of the page's URL: `searchParams.get('error')`,
 * `useSearchParams().get('error')`, `searchParams.error`, `router.query.error`, or a `const` (or a destructured
 * parameter, `{ searchParams: { error } }`) holding one of those.
 */
function isErrorParamRead(subject: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth > 3) return false;
  let node = unwrap(subject);
  if (node.type === AST_NODE_TYPES.LogicalExpression && (node.operator === '??' || node.operator === '||')) node = unwrap(node.left);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getLastName(callee) !== 'get' || getLiteralString(node.arguments[0]) !== 'error') return false;
    return isQueryHolder(callee.object);
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) return getLastName(node) === 'error' && isQueryObject(node.object);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  if (definition.type === 'Variable') {
    const declarator = definition.node;
    if (!declarator.init || declarator.parent.kind !== 'const') return false;
    if (declarator.id === definition.name) return isErrorParamRead(declarator.init, sourceCode, depth + 1);
    return declarator.id.type === AST_NODE_TYPES.ObjectPattern && destructuresError(declarator.id, definition.name) && isQueryObject(declarator.init);
  }
  if (definition.type === 'Parameter') {
    // `({ searchParams: { error } })`
    const pattern = definition.name.parent;
    const property = pattern?.type === AST_NODE_TYPES.Property ? pattern : undefined;
    const inner = property?.parent;
    const outer = inner?.parent;
    return (
      property !== undefined &&
      getKeyName(property) === 'error' &&
      inner?.type === AST_NODE_TYPES.ObjectPattern &&
      outer?.type === AST_NODE_TYPES.Property &&
      outer.value === inner &&
      QUERY_OBJECTS.test(getKeyName(outer) ?? '')
    );
  }
  return false;
}

function destructuresError(pattern: TSESTree.ObjectPattern, identifier: TSESTree.Identifier): boolean {
  return pattern.properties.some(
    (item) => item.type === AST_NODE_TYPES.Property && getKeyName(item) === 'error' && unwrap(item.value) === identifier,
  );
}

/** `searchParams`, `props.searchParams`, `router.query`, `useSearchParams()`, `new URL(…).searchParams`, `await searchParams`. */
function isQueryHolder(node: TSESTree.Node): boolean {
  const bare = unwrap(node);
  if (bare.type === AST_NODE_TYPES.CallExpression) return getLastName(bare.callee) === 'useSearchParams';
  const name = getLastName(bare);
  return name !== undefined && QUERY_HOLDERS.test(name);
}

/** `searchParams`, `props.searchParams`, `router.query`, `await searchParams`: an object of query values. */
function isQueryObject(node: TSESTree.Node): boolean {
  const name = getLastName(unwrap(node));
  return name !== undefined && QUERY_OBJECTS.test(name);
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
