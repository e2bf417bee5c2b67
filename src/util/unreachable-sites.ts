import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { Catalog, EvidenceSources } from '../catalog';
import { BETTER_AUTH_ERROR_CODES_MAP } from '../catalog/unreachable';
import type { HandlerFacts, HandlerLibrary } from '../catalog/unreachable';
import { getCaseLabels, getLastName, getLiteralString, getMapReads, resolveStringLiteralNode, skipTypeWrappers } from './ast';
import type { StringLiteralNode } from './ast';
import { aliasedValue, asMember, getKeyName, handlerOf, memberNames, resultErrorCall, rootName, unwrap } from './error-handlers';
import { anyCandidateIn } from './code-tokens';
import type { CodeTokens } from './code-tokens';
import { isErrorParamRead, QUERY_STATE_MODULES } from './query-param';
import { scopeOf } from './scope';

/**
 * What `no-unreachable-error-code` collects from one file: the strings compared with an error value, grouped by
 * the handler and the library of the call they are tied to; the strings compared with the page's `?error=`
 * value (the keys of a message map read with it included); the strings compared with the `error` of a
 * NextAuth.js `signIn()` result; and the Better Auth `$ERROR_CODES` entries compared as a whole. The rule feeds the visitor's nodes in
 * and asks the catalog's decisions (`src/catalog/unreachable.ts`) at the end.
 */

/** One string compared with a value: where it is written, and the value it is compared with. */
export interface Site {
  readonly value: string;
  readonly node: TSESTree.Node;
  /** The literal a replacement rewrites, when the string is written in place. */
  readonly literal: StringLiteralNode | undefined;
  /** The compared value (`err.code`, `searchParams.get('error')`). */
  readonly subject: TSESTree.Node;
}

/** The sites of one handler for one library and property, with the facts the catalog decides on. */
export interface HandlerGroup {
  readonly facts: HandlerFacts;
  readonly sites: readonly Site[];
}

/** A string compared with the `error` of `signIn(provider, …)` from `next-auth/react`. */
export interface SignInSite extends Site {
  /** The provider id passed to `signIn`, when it is a literal. */
  readonly provider: string | undefined;
}

/** A `$ERROR_CODES` entry compared as a whole. */
export interface ErrorCodesSite {
  readonly member: TSESTree.MemberExpression;
  readonly key: string;
}

interface OpenGroup {
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
/** The client `signIn` whose result carries `error` (v4 and v5 alike). */
const NEXTAUTH_CLIENT_MODULE = 'next-auth/react';

/**
 * Whether a file can hold any site {@link UnreachableSites} collects, from what its text writes (see `code-tokens.ts`):
 * every value judged is a code of the catalog written in the file (a string or a key, a constant resolved in the
 * file's scope) of a family the file may use, or a Firebase `AuthErrorCodes` member, except a `signIn()` result (its
 * `signIn` is imported from `next-auth/react`) and a Better Auth `$ERROR_CODES` member. `false` lets the rule listen
 * to nothing.
 */
export function mayHoldUnreachableSites(text: string, tokens: CodeTokens, catalog: Catalog, sources: EvidenceSources): boolean {
  if (tokens.constantObject || text.includes(BETTER_AUTH_ERROR_CODES_MAP) || text.includes(NEXTAUTH_CLIENT_MODULE)) return true;
  // A code is judged for the library it belongs to, which a handler needs imported and a page needs none of.
  return tokens.anyCode && anyCandidateIn(catalog, tokens.codeFamilies, text, sources);
}

export class UnreachableSites {
  /** Local name → module, for every import of the file. */
  private readonly imports = new Map<string, { module: string; imported: string }>();
  private readonly modules: string[] = [];
  private readonly handlers = new Map<string, OpenGroup>();
  /** Strings compared with the page's `?error=` value. */
  readonly pageSites: Site[] = [];
  readonly signInSites: SignInSite[] = [];
  readonly betterAuthSites: ErrorCodesSite[] = [];
  /** Local names of nuqs' `useQueryState`. */
  private readonly queryStateHooks = new Set<string>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly catalog: Catalog,
    /** Whether the file shows evidence of a family (its imports, its markers, the user's own modules). */
    private readonly isEvident: (family: string) => boolean,
  ) {}

  importDeclaration(node: TSESTree.ImportDeclaration): void {
    const module = node.source.value;
    this.modules.push(module);
    for (const specifier of node.specifiers) {
      const imported =
        specifier.type === AST_NODE_TYPES.ImportSpecifier
          ? specifier.imported.type === AST_NODE_TYPES.Identifier
            ? specifier.imported.name
            : specifier.imported.value
          : '*';
      this.imports.set(specifier.local.name, { module, imported });
      if (QUERY_STATE_MODULES.includes(module) && imported === 'useQueryState') this.queryStateHooks.add(specifier.local.name);
    }
  }

  /** A message map read with the page's `?error=` value (`messages[searchParams.get('error')]`): its keys are compared values. */
  objectExpression(node: TSESTree.ObjectExpression): void {
    const reads = getMapReads(node, this.sourceCode);
    const read = reads?.keyed.find((item) => isErrorParamRead(item.node.property, this.sourceCode, this.queryStateHooks));
    if (!read) return;
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const value = getKeyName(property);
      if (value === undefined) continue;
      const literal = property.key.type === AST_NODE_TYPES.Literal ? (property.key as StringLiteralNode) : undefined;
      this.pageSites.push({ value, node: property.key, literal, subject: read.node.property });
    }
  }

  binaryExpression(node: TSESTree.BinaryExpression): void {
    if (!EQUALITY.has(node.operator)) return;
    this.comparison(node);
    if (STRICT_EQUALITY.has(node.operator)) {
      for (const side of [node.left, node.right]) {
        const found = errorCodesMember(side);
        if (found) this.betterAuthSites.push(found);
      }
    }
  }

  switchStatement(node: TSESTree.SwitchStatement): void {
    for (const label of getCaseLabels(node, scopeOf(this.sourceCode, node))) {
      const constant = label.value === undefined ? this.firebaseConstant(label.test) : undefined;
      if (typeof label.value === 'string') this.add({ value: label.value, node: label.test, literal: label.literal, subject: node.discriminant });
      else if (constant !== undefined) this.add({ value: constant, node: label.test, literal: undefined, subject: node.discriminant });
      else {
        const found = errorCodesMember(label.test);
        if (found) this.betterAuthSites.push(found);
      }
    }
  }

  /** `['auth/user-not-found', 'auth/wrong-password'].includes(err.code)` */
  callExpression(node: TSESTree.CallExpression): void {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getLastName(callee) !== 'includes' || node.arguments.length !== 1) return;
    const list = skipTypeWrappers(callee.object);
    const subject = node.arguments[0];
    if (list.type !== AST_NODE_TYPES.ArrayExpression || !subject || subject.type === AST_NODE_TYPES.SpreadElement) return;
    for (const element of list.elements) {
      const value = getLiteralString(element);
      if (element && value !== undefined) this.add({ value, node: element, literal: element as StringLiteralNode, subject });
    }
  }

  /** The handlers found, each with the facts for the catalog; `exclusive` is decided here, once the file is read. */
  handlerGroups(): HandlerGroup[] {
    return [...this.handlers.values()].map((group) => ({
      facts: {
        library: group.library,
        calls: [...group.calls],
        property: group.property,
        values: group.sites.map((site) => site.value),
        throws: group.throws,
        exclusive: group.awaited.every((call) => this.libraryOf(call) === group.library),
      },
      sites: group.sites,
    }));
  }

  private add(site: Site): void {
    if (isErrorParamRead(site.subject, this.sourceCode, this.queryStateHooks)) {
      this.pageSites.push(site);
      return;
    }
    const signIn = resultErrorCall(site.subject, this.sourceCode);
    if (signIn && this.isClientSignIn(signIn)) {
      this.signInSites.push({ ...site, provider: getLiteralString(signIn.arguments[0]) });
      return;
    }
    const member = asMember(aliasedValue(site.subject, this.sourceCode));
    if (!member) return;
    const property = getLastName(member);
    if (property !== 'code' && property !== 'name') return;
    const tie = handlerOf(member.object, this.sourceCode);
    if (!tie) return;
    for (const { call, name } of tie.calls) {
      const library = this.libraryOf(call);
      if (!library) continue;
      const key = `${tie.key}:${library}:${property}`;
      let group = this.handlers.get(key);
      if (!group) {
        group = { library, calls: new Set(), throws: tie.throws, awaited: tie.awaited, property, sites: [] };
        this.handlers.set(key, group);
      }
      group.calls.add(name);
      if (!group.sites.includes(site)) group.sites.push(site);
    }
  }

  private isClientSignIn(call: TSESTree.CallExpression): boolean {
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return false;
    const source = this.imports.get(callee.name);
    return source?.module === NEXTAUTH_CLIENT_MODULE && source.imported === 'signIn';
  }

  private importsFrom(candidates: readonly string[]): boolean {
    return this.modules.some((module) => candidates.some((candidate) => module === candidate || module.startsWith(`${candidate}/`)));
  }

  /** Which library a call belongs to, by its callee and the file's imports; `undefined` when nothing says. */
  private libraryOf(call: TSESTree.CallExpression): HandlerLibrary | undefined {
    const callee = skipTypeWrappers(call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const source = this.imports.get(callee.name);
      if (!source) return undefined;
      if (FIREBASE_WEB_MODULES.some((module) => source.module === module || source.module.startsWith(`${module}/`))) {
        return this.importsFrom(['firebase-admin']) ? undefined : 'firebase';
      }
      if (AMPLIFY_MODULES.includes(source.module) && source.imported !== 'Auth') return 'amplify-v6';
      return undefined;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const objectName = getLastName(callee.object);
    const root = rootName(callee.object);
    if (root !== undefined && objectName === 'Auth' && AMPLIFY_V5_MODULES.includes(this.imports.get(root)?.module ?? '')) return 'amplify-v5';
    if (memberNames(callee.object).includes('auth') && this.isEvident('supabase-auth')) return 'supabase';
    if (objectName === 'signIn' && this.isEvident('clerk')) return 'clerk';
    // The compat API: `firebase.auth().signInWithEmailAndPassword(…)`, `auth.signInWithEmailAndPassword(…)`.
    if (this.importsFrom(FIREBASE_WEB_MODULES) && !this.importsFrom(['firebase-admin']) && getLastName(callee) === 'signInWithEmailAndPassword') {
      return 'firebase';
    }
    return undefined;
  }

  /** The code a Firebase constant stands for: `AuthErrorCodes.INVALID_PASSWORD` is `auth/wrong-password`. */
  private firebaseConstant(node: TSESTree.Node): string | undefined {
    const bare = unwrap(node);
    if (bare.type !== AST_NODE_TYPES.MemberExpression || bare.object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const source = this.imports.get(bare.object.name);
    if (source?.imported !== 'AuthErrorCodes' || !FIREBASE_WEB_MODULES.some((module) => source.module === module || source.module.startsWith(`${module}/`))) {
      return undefined;
    }
    const key = getLastName(bare);
    return this.catalog.family('firebase-auth')?.entries.find((entry) => key !== undefined && entry.constants?.includes(key))?.code;
  }

  private comparison(node: TSESTree.BinaryExpression): void {
    if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
    const scope = scopeOf(this.sourceCode, node);
    for (const [side, other] of [
      [node.right, node.left],
      [node.left, node.right],
    ] as const) {
      const literal = resolveStringLiteralNode(side, scope);
      const value = getLiteralString(literal) ?? this.firebaseConstant(side);
      if (value === undefined || getLiteralString(resolveStringLiteralNode(other, scope)) !== undefined) continue;
      if (this.firebaseConstant(other) !== undefined) continue;
      this.add({ value, node: side, literal, subject: other });
      return;
    }
  }
}

/** `X.$ERROR_CODES.KEY` read as a whole (not `.code` / `.message` of it). */
function errorCodesMember(node: TSESTree.Node): ErrorCodesSite | undefined {
  const bare = skipTypeWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node);
  if (bare.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const holder = skipTypeWrappers(bare.object);
  if (holder.type !== AST_NODE_TYPES.MemberExpression || getLastName(holder) !== BETTER_AUTH_ERROR_CODES_MAP) return undefined;
  const key = getLastName(bare);
  return key === undefined ? undefined : { member: bare, key };
}
