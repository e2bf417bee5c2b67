import type * as TS from 'typescript';

import { findUnreachableInHandler } from '../catalog/unreachable';
import type { HandlerLibrary, UnreachableCause, UnreachableFinding, UnreachableSettings } from '../catalog/unreachable';
import type { Locale } from '../catalog/types';
import { familyContextOf } from './context';
import type { CodeSite } from './context';
import type { EditorOptions } from './options';
import { lastName, skipWrappers } from './syntax';
import type { TypeScript } from './syntax';

/**
 * The hover's note on a code that never arrives where it is handled: the same facts and the same ties as the
 * `no-unreachable-error-code` rule, read from syntax — a `catch` of the library's call, or the `error` of an
 * awaited result. Page values need the project's version and config, which the editor core does not read; they
 * get no note. Configuration-dependent causes use the rule's defaults.
 */

const DEFAULT_SETTINGS: UnreachableSettings = {
  firebaseEmailEnumerationProtection: true,
  clerkStrictEnumeration: false,
  cognitoPreventUserExistenceErrors: false,
};

const NOTES: Record<Locale, Partial<Record<UnreachableCause, (finding: UnreachableFinding) => string>>> = {
  en: {
    firebaseEnumeration: (f) => `With email enumeration protection (the default), this sign-in fails with \`${f.instead}\` instead.`,
    firebaseAdminCode: (f) =>
      f.instead !== undefined ? `Only the Admin SDK sends this; the web SDK reports \`${f.instead}\`.` : 'Only the Admin SDK sends this; the web SDK never does.',
    supabaseSessionMissing: () => 'auth-js turns this response into an `AuthSessionMissingError` without a `code`: use `isAuthSessionMissingError()`.',
    supabaseUserNotFound: (f) => `A password sign-in answers an unknown user with \`${f.instead}\`.`,
    amplifyCodeProperty: () => 'Amplify v6 errors carry this in `name`, not `code`.',
  },
  ko: {
    firebaseEnumeration: (f) => `이메일 열거 보호가 켜져 있으면(기본값) 이 로그인은 대신 \`${f.instead}\` 코드로 실패합니다.`,
    firebaseAdminCode: (f) =>
      f.instead !== undefined ? `Admin SDK만 보내는 코드입니다. 웹 SDK는 \`${f.instead}\` 코드로 알립니다.` : 'Admin SDK만 보내는 코드이며 웹 SDK는 보내지 않습니다.',
    supabaseSessionMissing: () => 'auth-js는 이 응답을 `code`가 없는 `AuthSessionMissingError`로 바꿉니다. `isAuthSessionMissingError()`를 쓰세요.',
    supabaseUserNotFound: (f) => `비밀번호 로그인은 없는 사용자에게 \`${f.instead}\` 코드로 답합니다.`,
    amplifyCodeProperty: () => 'Amplify v6 오류는 이 값을 `code`가 아닌 `name`에 담습니다.',
  },
};

const LABEL: Record<Locale, string> = { en: 'Never arrives here', ko: '여기로는 오지 않음' };

/** The note for a site's code, or `undefined` when nothing says it never arrives. */
export function unreachableNote(ts: TypeScript, sourceFile: TS.SourceFile, site: CodeSite, options: EditorOptions): string | undefined {
  if (site.kind !== 'case' && site.kind !== 'comparison') return undefined;
  const subject = subjectOf(ts, site);
  if (!subject || !ts.isPropertyAccessExpression(subject)) return undefined;
  const property = subject.name.text;
  if (property !== 'code' && property !== 'name') return undefined;
  const guarded = guardedCalls(ts, skipWrappers(ts, subject.expression));
  if (!guarded) return undefined;
  const imports = importsOf(ts, sourceFile);
  const evident = familyContextOf(sourceFile, options).evident;
  const libraries = guarded.calls.map((call) => libraryOf(ts, call, imports, evident));
  const values = [...site.siblings, site.value];
  for (const library of new Set(libraries)) {
    if (library === undefined) continue;
    const facts = {
      library,
      calls: guarded.calls.filter((_, index) => libraries[index] === library).map((call) => lastName(ts, call.expression) ?? ''),
      property,
      values,
      throws: guarded.throws,
      exclusive: guarded.awaited.every((call) => libraryOf(ts, call, imports, evident) === library),
    };
    const finding = findUnreachableInHandler(options.catalog, facts, DEFAULT_SETTINGS).find((item) => item.value === site.value);
    const text = finding && NOTES[options.locale][finding.cause]?.(finding);
    if (text !== undefined) return `**${LABEL[options.locale]}:** ${text}`;
  }
  return undefined;
}

/** The value a site's string is compared with: the switch's discriminant, or the other side of the comparison. */
function subjectOf(ts: TypeScript, site: CodeSite): TS.Node | undefined {
  if (site.kind === 'case') return site.switchStatement && skipWrappers(ts, site.switchStatement.expression);
  let wrapped: TS.Node = site.node;
  while (ts.isParenthesizedExpression(wrapped.parent) || ts.isAsExpression(wrapped.parent) || ts.isSatisfiesExpression(wrapped.parent)) wrapped = wrapped.parent;
  const parent = wrapped.parent;
  if (!ts.isBinaryExpression(parent)) return undefined;
  return skipWrappers(ts, parent.left === wrapped ? parent.right : parent.left);
}

interface Guarded {
  readonly calls: readonly TS.CallExpression[];
  readonly awaited: readonly TS.CallExpression[];
  readonly throws: boolean;
}

/**
 * The calls an error value comes from: the `try` block of the `catch` that declares it, or the awaited call whose
 * result it is destructured from (`const { error } = await supabase.auth.signInWithPassword(…)`).
 */
function guardedCalls(ts: TypeScript, value: TS.Node): Guarded | undefined {
  if (!ts.isIdentifier(value)) return undefined;
  const name = value.text;
  for (let node: TS.Node | undefined = value.parent; node; node = node.parent) {
    if (ts.isCatchClause(node)) {
      const declaration = node.variableDeclaration;
      if (declaration && ts.isIdentifier(declaration.name) && declaration.name.text === name) return callsOf(ts, node.parent.tryBlock);
    }
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      for (const statement of node.statements) {
        if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isObjectBindingPattern(declaration.name) || !declaration.initializer) continue;
          const bound = declaration.name.elements.some(
            (element) =>
              ts.isIdentifier(element.name) &&
              element.name.text === name &&
              (element.propertyName ? ts.isIdentifier(element.propertyName) && element.propertyName.text === 'error' : name === 'error'),
          );
          const awaited = skipWrappers(ts, declaration.initializer);
          if (!bound || !ts.isAwaitExpression(awaited)) continue;
          const call = skipWrappers(ts, awaited.expression);
          return ts.isCallExpression(call) ? { calls: [call], awaited: [call], throws: false } : undefined;
        }
      }
    }
    if (ts.isFunctionLike(node)) return undefined;
  }
  return undefined;
}

function callsOf(ts: TypeScript, block: TS.Block): Guarded {
  const calls: TS.CallExpression[] = [];
  const awaited: TS.CallExpression[] = [];
  let throws = false;
  const visit = (node: TS.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) throws = true;
    if (ts.isCallExpression(node)) calls.push(node);
    if (ts.isAwaitExpression(node)) {
      const argument = skipWrappers(ts, node.expression);
      if (ts.isCallExpression(argument)) awaited.push(argument);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(block, visit);
  return { calls, awaited, throws };
}

function importsOf(ts: TypeScript, sourceFile: TS.SourceFile): Map<string, { module: string; imported: string }> {
  const imports = new Map<string, { module: string; imported: string }>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const module = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (clause?.name) imports.set(clause.name.text, { module, imported: 'default' });
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) imports.set(element.name.text, { module, imported: (element.propertyName ?? element.name).text });
    } else if (bindings) {
      imports.set(bindings.name.text, { module, imported: '*' });
    }
  }
  return imports;
}

// AngularFire re-exports the web SDK's functions as they are (the rule reads the same modules).
const FIREBASE_WEB_MODULES = ['firebase', '@firebase/auth', '@angular/fire/auth', '@angular/fire/compat/auth'];

const isFrom = (module: string, candidates: readonly string[]) =>
  candidates.some((candidate) => module === candidate || module.startsWith(`${candidate}/`));

/** The library of a call, the way the rule tells it (see `no-unreachable-error-code`). */
function libraryOf(
  ts: TypeScript,
  call: TS.CallExpression,
  imports: ReadonlyMap<string, { module: string; imported: string }>,
  evident: ReadonlySet<string> | undefined,
): HandlerLibrary | undefined {
  const modules = [...imports.values()].map((item) => item.module);
  const callee = skipWrappers(ts, call.expression);
  if (ts.isIdentifier(callee)) {
    const source = imports.get(callee.text);
    if (!source) return undefined;
    if (isFrom(source.module, FIREBASE_WEB_MODULES)) return modules.some((module) => isFrom(module, ['firebase-admin'])) ? undefined : 'firebase';
    if (['aws-amplify/auth', '@aws-amplify/auth'].includes(source.module) && source.imported !== 'Auth') return 'amplify-v6';
    return undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const names: string[] = [];
  let current: TS.Node = skipWrappers(ts, callee.expression);
  for (;;) {
    if (ts.isPropertyAccessExpression(current)) {
      names.unshift(current.name.text);
      current = skipWrappers(ts, current.expression);
    } else if (ts.isCallExpression(current)) {
      current = skipWrappers(ts, current.expression);
    } else {
      if (ts.isIdentifier(current)) names.unshift(current.text);
      break;
    }
  }
  const objectName = names[names.length - 1];
  if (objectName === 'Auth' && ['aws-amplify', '@aws-amplify/auth'].includes(imports.get(names[0] ?? '')?.module ?? '')) return 'amplify-v5';
  if (names.includes('auth') && evident?.has('supabase-auth')) return 'supabase';
  if (objectName === 'signIn' && evident?.has('clerk')) return 'clerk';
  // The compat API: `firebase.auth().signInWithEmailAndPassword(…)`.
  const firebaseWeb = modules.some((module) => isFrom(module, FIREBASE_WEB_MODULES)) && !modules.some((module) => isFrom(module, ['firebase-admin']));
  if (firebaseWeb && callee.name.text === 'signInWithEmailAndPassword') return 'firebase';
  return undefined;
}

