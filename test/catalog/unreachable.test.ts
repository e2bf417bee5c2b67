import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import { findThrownMessageValues, findUnreachableInHandler, findUnreachablePageValues } from '../../src/catalog/unreachable';
import type { HandlerFacts, UnreachableSettings } from '../../src/catalog/unreachable';

const DEFAULTS: UnreachableSettings = {
  firebaseEmailEnumerationProtection: true,
  clerkStrictEnumeration: false,
  cognitoPreventUserExistenceErrors: false,
};
const ALL_ON: UnreachableSettings = { ...DEFAULTS, clerkStrictEnumeration: true, cognitoPreventUserExistenceErrors: true };

const handler = (facts: Partial<HandlerFacts> & Pick<HandlerFacts, 'library' | 'values'>): HandlerFacts => ({
  calls: [],
  property: 'code',
  exclusive: true,
  ...facts,
});

describe('findUnreachableInHandler', () => {
  it('reports the old Firebase sign-in codes only without auth/invalid-credential', () => {
    const facts = handler({ library: 'firebase', calls: ['signInWithEmailAndPassword'], values: ['auth/user-not-found', 'auth/too-many-requests'] });
    expect(findUnreachableInHandler(defaultCatalog, facts, DEFAULTS)).toEqual([
      { value: 'auth/user-not-found', cause: 'firebaseEnumeration', instead: 'auth/invalid-credential' },
    ]);
    expect(findUnreachableInHandler(defaultCatalog, { ...facts, values: [...facts.values, 'auth/invalid-credential'] }, DEFAULTS)).toEqual([]);
    expect(findUnreachableInHandler(defaultCatalog, facts, { ...DEFAULTS, firebaseEmailEnumerationProtection: false })).toEqual([]);
    expect(findUnreachableInHandler(defaultCatalog, { ...facts, calls: ['sendPasswordResetEmail'] }, DEFAULTS)).toEqual([]);
  });

  it('says nothing for a handler whose guarded code throws its own errors', () => {
    const facts = handler({ library: 'firebase', calls: ['signInWithEmailAndPassword'], values: ['auth/wrong-password'], throws: true });
    expect(findUnreachableInHandler(defaultCatalog, facts, DEFAULTS)).toEqual([]);
  });

  it('reports Admin-only codes in a handler of web SDK calls alone, with a rename only where there is a twin', () => {
    const facts = handler({ library: 'firebase', calls: ['createUserWithEmailAndPassword'], values: ['auth/email-already-exists', 'auth/uid-already-exists', 'auth/weak-password'] });
    expect(findUnreachableInHandler(defaultCatalog, facts, DEFAULTS)).toEqual([
      { value: 'auth/email-already-exists', cause: 'firebaseAdminCode', instead: 'auth/email-already-in-use', replacement: 'auth/email-already-in-use' },
      { value: 'auth/uid-already-exists', cause: 'firebaseAdminCode' },
    ]);
    expect(findUnreachableInHandler(defaultCatalog, { ...facts, exclusive: false }, DEFAULTS)).toEqual([]);
    // The twin already handled: a rename would repeat it.
    expect(
      findUnreachableInHandler(defaultCatalog, { ...facts, values: ['auth/email-already-exists', 'auth/email-already-in-use'] }, DEFAULTS),
    ).toEqual([{ value: 'auth/email-already-exists', cause: 'firebaseAdminCode', instead: 'auth/email-already-in-use' }]);
  });

  it('reports Supabase session_not_found after any call, user_not_found only after a password sign-in', () => {
    const values = ['session_not_found', 'user_not_found'];
    expect(findUnreachableInHandler(defaultCatalog, handler({ library: 'supabase', calls: ['getUser'], values }), DEFAULTS)).toEqual([
      { value: 'session_not_found', cause: 'supabaseSessionMissing' },
    ]);
    expect(findUnreachableInHandler(defaultCatalog, handler({ library: 'supabase', calls: ['signInWithPassword'], values }), DEFAULTS)).toEqual([
      { value: 'session_not_found', cause: 'supabaseSessionMissing' },
      { value: 'user_not_found', cause: 'supabaseUserNotFound', instead: 'invalid_credentials', replacement: 'invalid_credentials' },
    ]);
  });

  it('reads Amplify v6 codes on `code` as a property mistake, and v5 codes on `code` as right', () => {
    const values = ['UserNotConfirmedException'];
    expect(findUnreachableInHandler(defaultCatalog, handler({ library: 'amplify-v6', calls: ['signIn'], values }), DEFAULTS)).toEqual([
      { value: 'UserNotConfirmedException', cause: 'amplifyCodeProperty', property: 'name' },
    ]);
    expect(findUnreachableInHandler(defaultCatalog, handler({ library: 'amplify-v6', calls: ['signIn'], property: 'name', values }), ALL_ON)).toEqual([]);
    expect(findUnreachableInHandler(defaultCatalog, handler({ library: 'amplify-v5', calls: ['signIn'], values }), ALL_ON)).toEqual([]);
  });

  it('applies the Cognito and Clerk settings only when they are said to be on', () => {
    const cognito = handler({ library: 'amplify-v6', calls: ['signIn'], property: 'name', values: ['UserNotFoundException'] });
    expect(findUnreachableInHandler(defaultCatalog, cognito, DEFAULTS)).toEqual([]);
    expect(findUnreachableInHandler(defaultCatalog, cognito, ALL_ON)).toEqual([
      { value: 'UserNotFoundException', cause: 'cognitoUserExistence', instead: 'NotAuthorizedException' },
    ]);
    const v5 = handler({ library: 'amplify-v5', calls: ['signIn'], values: ['UserNotFoundException'] });
    expect(findUnreachableInHandler(defaultCatalog, v5, ALL_ON)).toHaveLength(1);
    const clerk = handler({ library: 'clerk', calls: ['create'], values: ['form_identifier_not_found'] });
    expect(findUnreachableInHandler(defaultCatalog, clerk, DEFAULTS)).toEqual([]);
    expect(findUnreachableInHandler(defaultCatalog, clerk, ALL_ON)).toEqual([
      { value: 'form_identifier_not_found', cause: 'clerkEnumeration', instead: 'form_password_or_identifier_incorrect' },
    ]);
    expect(findUnreachableInHandler(defaultCatalog, { ...clerk, calls: ['update'] }, ALL_ON)).toEqual([]);
  });
});

describe('findUnreachablePageValues', () => {
  it('renames OAuthCallback and folds other v4 values in a v5 project', () => {
    expect(findUnreachablePageValues({ authMajor: 5, page: undefined, values: ['OAuthCallback', 'OAuthSignin', 'AccessDenied'] })).toEqual([
      { value: 'OAuthCallback', cause: 'authjsRenamedValue', instead: 'OAuthCallbackError', replacement: 'OAuthCallbackError' },
      { value: 'OAuthSignin', cause: 'authjsV4Value', instead: 'Configuration' },
    ]);
    expect(findUnreachablePageValues({ authMajor: 4, page: undefined, values: ['OAuthCallback', 'OAuthSignin'] })).toEqual([]);
    expect(findUnreachablePageValues({ authMajor: undefined, page: undefined, values: ['OAuthCallback'] })).toEqual([]);
  });

  it('needs a value that is not a common word', () => {
    expect(findUnreachablePageValues({ authMajor: 5, page: undefined, values: ['Callback', 'Configuration'] })).toEqual([]);
    expect(findUnreachablePageValues({ authMajor: 5, page: undefined, values: ['Callback', 'CredentialsSignin'] })).toEqual([
      { value: 'Callback', cause: 'authjsV4Value', instead: 'Configuration' },
    ]);
  });

  it('reports a value of the other page only when the config names the page', () => {
    const values = ['Verification', 'CredentialsSignin'];
    expect(findUnreachablePageValues({ authMajor: 5, page: 'signIn', values })).toEqual([{ value: 'Verification', cause: 'authjsWrongPage' }]);
    expect(findUnreachablePageValues({ authMajor: 5, page: 'error', values })).toEqual([{ value: 'CredentialsSignin', cause: 'authjsWrongPage' }]);
    expect(findUnreachablePageValues({ authMajor: 5, page: 'both', values })).toEqual([]);
    expect(findUnreachablePageValues({ authMajor: 5, page: undefined, values })).toEqual([]);
  });

  it('leaves alone the values the project writes into ?error= itself', () => {
    const written = new Set(['OAuthCallback']);
    expect(findUnreachablePageValues({ authMajor: 5, page: undefined, values: ['OAuthCallback', 'OAuthSignin'], written })).toEqual([
      { value: 'OAuthSignin', cause: 'authjsV4Value', instead: 'Configuration' },
    ]);
    expect(findUnreachablePageValues({ authMajor: 5, page: 'signIn', values: ['Verification', 'CredentialsSignin'], written: new Set(['Verification']) })).toEqual([]);
  });
});

describe('findThrownMessageValues', () => {
  const thrown = new Set(['Wrong password', 'OAuthSignin']);

  it('reports a thrown message compared in a v5 project, Configuration arriving instead', () => {
    expect(findThrownMessageValues({ authMajor: 5, values: ['Wrong password', 'Invalid input', 'Wrong password'], thrown })).toEqual([
      { value: 'Wrong password', cause: 'authjsThrownMessage', instead: 'Configuration' },
    ]);
  });

  it('says nothing in v4 (the message arrives), for an unknown major, or for a value the project writes itself', () => {
    expect(findThrownMessageValues({ authMajor: 4, values: ['Wrong password'], thrown })).toEqual([]);
    expect(findThrownMessageValues({ authMajor: undefined, values: ['Wrong password'], thrown })).toEqual([]);
    expect(findThrownMessageValues({ authMajor: 5, values: ['Wrong password'], thrown, written: new Set(['Wrong password']) })).toEqual([]);
  });

  it("leaves a message that is also one of Auth.js's page values to the page-value check", () => {
    expect(findThrownMessageValues({ authMajor: 5, values: ['OAuthSignin'], thrown })).toEqual([]);
  });
});
