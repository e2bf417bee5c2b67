import { describe, expect, it } from 'vitest';

import { Catalog, createFamily, defaultCatalog, evidentFamilies } from '../../src/catalog';
import { hintsAt } from '../../src/catalog/catalog';
import type { FamilyDefinition } from '../../src/catalog';

const text = (en: string) => ({ en, ko: en });

/** A small user family: plain codes, one generic word. */
function family(id: string, codes: readonly string[], hints: readonly string[] = [], generic: readonly string[] = []): FamilyDefinition {
  return {
    id,
    title: text(id),
    description: text(id),
    discriminantHints: hints,
    entries: codes.map((code) => ({
      code,
      summary: text(`${code} happened.`),
      cause: text(''),
      fix: text(''),
      ...(generic.includes(code) ? { generic: true } : {}),
    })),
  };
}

/** What `evidentFamilies` says for a file that shows the BaaS API (its `result: "FAIL"` body, say). */
const BAAS_EVIDENT: ReadonlySet<string> = new Set(['baas']);

describe('hintsAt', () => {
  it('matches a hint exactly, ignoring case', () => {
    expect(hintsAt('errorCode', ['errorCode'])).toBe(true);
    expect(hintsAt('ERRORCODE', ['errorCode'])).toBe(true);
  });

  it('matches a name that ends with a hint where a new word starts', () => {
    expect(hintsAt('apiErrorCode', ['errorCode'])).toBe(true);
    expect(hintsAt('loginError', ['error'])).toBe(true);
    expect(hintsAt('error_code', ['code'])).toBe(true);
    expect(hintsAt('errorType', ['type'])).toBe(true);
  });

  it('does not match a hint hidden inside a word', () => {
    expect(hintsAt('prototype', ['type'])).toBe(false);
    expect(hintsAt('barcode', ['code'])).toBe(false);
    expect(hintsAt('terror', ['error'])).toBe(false);
    expect(hintsAt('status', [])).toBe(false);
  });
});

describe('Catalog.inferFamily', () => {
  it('finds the BaaS family from the seed hook switch labels', () => {
    const match = defaultCatalog.inferFamily(
      ['UNAUTHORIZED', 'USER_ALREADY_EXISTS', 'PASSWORD_TOO_SHORT', 'VALIDATION_ERROR', 'RATE_LIMIT_EXCEEDED'],
      { discriminant: 'errorCode' },
    );
    expect(match?.family.id).toBe('baas');
    expect(match?.hinted).toBe(true);
    expect(match?.known).toHaveLength(5);
    expect(match?.rivals).toEqual([]);
  });

  it('needs two codes without a hinting name and one with it', () => {
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED'])).toBeUndefined();
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED'], { discriminant: 'value' })).toBeUndefined();
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED'], { discriminant: 'errorCode' })?.family.id).toBe('baas');
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED', 'TOKEN_EXPIRED'], { evident: BAAS_EVIDENT })?.family.id).toBe('baas');
  });

  it('considers the BaaS family only on evidence of its API', () => {
    // Every API says UNAUTHORIZED and INVALID_TOKEN: without the API's field name or body, no BaaS.
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED', 'INVALID_TOKEN'], { discriminant: 'code' })).toBeUndefined();
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED', 'INVALID_TOKEN'], { discriminant: 'errorCode' })?.family.id).toBe('baas');
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED', 'INVALID_TOKEN'], { discriminant: 'code', evident: BAAS_EVIDENT })?.family.id).toBe('baas');
  });

  it('leaves out the families of the other NextAuth.js / Auth.js major', () => {
    const labels = ['CredentialsSignin', 'OAuthAccountNotLinked'];
    expect(defaultCatalog.inferFamily(labels, { discriminant: 'error', authMajor: 4 })?.family.id).toBe('nextauth-pages');
    expect(defaultCatalog.inferFamily(labels, { discriminant: 'error', authMajor: 4 })?.rivals).toEqual([]);
    expect(defaultCatalog.inferFamily(labels, { discriminant: 'error', authMajor: 5 })?.family.id).toBe('authjs');
  });

  it('honours an explicit minMatching over the hint', () => {
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED', 'TOKEN_EXPIRED'], { discriminant: 'errorCode', minMatching: 3 })).toBeUndefined();
    expect(
      defaultCatalog.inferFamily(['UNAUTHORIZED', 'TOKEN_EXPIRED', 'INVALID_TOKEN'], { discriminant: 'errorCode', minMatching: 3 })?.family.id,
    ).toBe('baas');
  });

  it('never lets generic words decide on their own', () => {
    expect(defaultCatalog.inferFamily(['Default', 'Callback', 'Configuration'])).toBeUndefined();
    expect(defaultCatalog.inferFamily(['Default', 'Callback'], { discriminant: 'error' })).toBeUndefined();
  });

  it('accepts generic page values the library sends when the name hints at them', () => {
    const match = defaultCatalog.inferFamily(['Configuration', 'AccessDenied', 'Verification'], { discriminant: 'error' });
    expect(match?.family.id).toBe('nextauth-pages');
    // Auth.js pages receive the very same three values: the match says so.
    expect(match?.rivals?.map((rival) => rival.id)).toEqual(['authjs']);
  });

  it('does not take generic words on a commonly named value (`action.type`, `kind`) as an auth switch', () => {
    expect(defaultCatalog.inferFamily(['Verification', 'Configuration', 'Default'], { discriminant: 'type' })).toBeUndefined();
    expect(defaultCatalog.inferFamily(['Configuration', 'Verification'], { discriminant: 'kind' })).toBeUndefined();
    // One specific code is enough to let the generic words count again.
    expect(defaultCatalog.inferFamily(['Verification', 'Configuration', 'MissingSecret'], { discriminant: 'type' })?.family.id).toBe('authjs');
  });

  it('lets a generic word count next to a non-generic code of its family', () => {
    const match = defaultCatalog.inferFamily(['OAuthSignin', 'Callback']);
    expect(match?.family.id).toBe('nextauth-pages');
    expect(match?.known).toEqual(['OAuthSignin', 'Callback']);
  });

  it('prefers the family the name hints at when the labels fit two', () => {
    expect(defaultCatalog.inferFamily(['CredentialsSignin', 'OAuthAccountNotLinked'], { discriminant: 'type' })?.family.id).toBe('authjs');
  });

  it('requires half of the labels to be codes or near misses', () => {
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED', 'TOKEN_EXPIRED', 'red', 'green', 'blue'])).toBeUndefined();
    const match = defaultCatalog.inferFamily(['UNAUTHORIZED', 'TOKEN_EXPIRED', 'USER_ALREADY_EXIST', 'banana'], { evident: BAAS_EVIDENT });
    expect(match?.family.id).toBe('baas');
    expect(match?.misspelled).toEqual(['USER_ALREADY_EXIST']);
    expect(match?.unknown).toEqual(['USER_ALREADY_EXIST', 'banana']);
  });

  it('restricts the candidates to the given families', () => {
    expect(defaultCatalog.inferFamily(['UNAUTHORIZED', 'TOKEN_EXPIRED'], { families: ['authjs'] })).toBeUndefined();
  });

  it("prefers the user's own family over a built-in one that fits equally well", () => {
    const catalog = new Catalog([
      createFamily(family('builtin', ['A_ONE', 'A_TWO']), true),
      createFamily(family('mine', ['A_ONE', 'A_TWO']), false),
    ]);
    const match = catalog.inferFamily(['A_ONE', 'A_TWO']);
    expect(match?.family.id).toBe('mine');
    expect(match?.rivals).toEqual([]);
  });

  it('reports two equally good families of the same kind as rivals', () => {
    const catalog = new Catalog([createFamily(family('one', ['X_A', 'X_B']), false), createFamily(family('two', ['X_A', 'X_B']), false)]);
    const match = catalog.inferFamily(['X_A', 'X_B']);
    expect(match?.family.id).toBe('one');
    expect(match?.rivals?.map((rival) => rival.id)).toEqual(['two']);
  });

  it('returns nothing for no labels', () => {
    expect(defaultCatalog.inferFamily([])).toBeUndefined();
  });
});

describe('Catalog.suggest', () => {
  it('finds a code one edit away', () => {
    expect(defaultCatalog.suggest('USER_ALREADY_EXIST', 'baas')).toMatchObject({ entry: { code: 'USER_ALREADY_EXISTS' }, reason: 'misspelled' });
    expect(defaultCatalog.suggest('OAuthCallbak', 'nextauth-pages')).toMatchObject({ entry: { code: 'OAuthCallback' }, reason: 'misspelled' });
  });

  it('finds the same words in another order, in the code\'s own convention', () => {
    expect(defaultCatalog.suggest('EXPIRED_TOKEN', 'baas')?.entry.code).toBe('TOKEN_EXPIRED');
    expect(defaultCatalog.suggest('USER_ALREADY_EXIST', 'baas')?.entry.code).toBe('USER_ALREADY_EXISTS');
    expect(defaultCatalog.suggest('CredentialSignin', 'nextauth-pages')?.entry.code).toBe('CredentialsSignin');
  });

  it('leaves the same words in another convention alone: another code system', () => {
    // An app's own lower-snake codes, OAuth 2.0 error codes, a case-only difference.
    expect(defaultCatalog.suggest('user-already-exists', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('userAlreadyExists', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('rate_limit_exceeded', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('unauthorized', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('access_denied', 'nextauth-pages')).toBeUndefined();
    expect(defaultCatalog.suggest('default', 'nextauth-pages')).toBeUndefined();
  });

  it('leaves a name with a whole word more or less alone', () => {
    expect(defaultCatalog.suggest('url_verification', 'authjs')).toBeUndefined();
    expect(defaultCatalog.suggest('EmailVerification', 'authjs')).toBeUndefined();
  });

  it('follows a rename to the current code', () => {
    // One edit away from the old name the catalog lists, which was replaced by OAUTH_CALLBACK_ERROR.
    expect(defaultCatalog.suggest('CALLBACK_OAUTH_EROR', 'nextauth')).toMatchObject({
      entry: { code: 'OAUTH_CALLBACK_ERROR' },
      reason: 'renamed',
    });
  });

  it('stays quiet for strings far from every code, short strings and exact codes', () => {
    expect(defaultCatalog.suggest('SOMETHING_ELSE', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('OK', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('UNAUTHORIZED', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('', 'baas')).toBeUndefined();
    expect(defaultCatalog.suggest('UNAUTHORIZED', 'no-such-family')).toBeUndefined();
  });

  it('gives no answer when two codes are equally close', () => {
    const catalog = new Catalog([createFamily(family('mine', ['CODE_AB', 'CODE_AC']), false)]);
    expect(catalog.suggest('CODE_AD', 'mine')).toBeUndefined();
    expect(catalog.suggest('CODE_ABX', 'mine')?.entry.code).toBe('CODE_AB');
  });
});

describe('Catalog.suggest remembering its answers', () => {
  // The catalog keeps the answers to at least its last 20,000 distinct questions (SUGGESTION_MEMO_SIZE).
  const MEMO_SIZE = 20_000;
  /** `count` distinct questions that are quick to answer: separators only, nothing to compare. */
  const separatorsOnly = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      i
        .toString(3)
        .padStart(10, '0')
        .replace(/[012]/g, (digit) => ' _-'[Number(digit)]!),
    );

  it('still knows an answer after as many other questions as it keeps, and forgets when told to', () => {
    const catalog = new Catalog([createFamily(family('mine', ['SESSION_EXPIRED', 'TOKEN_REVOKED']), false)]);
    const computed: string[] = [];
    const compute = (catalog as unknown as { computeSuggestion: (input: string, familyId: string) => unknown }).computeSuggestion;
    Object.assign(catalog, {
      computeSuggestion(this: Catalog, input: string, familyId: string) {
        computed.push(input);
        return compute.call(this, input, familyId);
      },
    });
    expect(catalog.suggest('SESSION_EXPIRD', 'mine')?.entry.code).toBe('SESSION_EXPIRED');
    const others = separatorsOnly(MEMO_SIZE);
    expect(new Set(others).size).toBe(MEMO_SIZE);
    for (const other of others) expect(catalog.suggest(other, 'mine')).toBeUndefined();
    // Emptying one memo when it was full forgot this answer with all the others; it is kept now.
    expect(catalog.suggest('SESSION_EXPIRD', 'mine')?.entry.code).toBe('SESSION_EXPIRED');
    expect(computed.filter((input) => input === 'SESSION_EXPIRD')).toHaveLength(1);
    catalog.forgetAnswers();
    expect(catalog.suggest('SESSION_EXPIRD', 'mine')?.entry.code).toBe('SESSION_EXPIRED');
    expect(computed.filter((input) => input === 'SESSION_EXPIRD')).toHaveLength(2);
  });
});

describe('Catalog.renamedTo', () => {
  it('names the current code for an old name the catalog lists', () => {
    expect(defaultCatalog.renamedTo('CALLBACK_OAUTH_ERROR', 'nextauth')?.code).toBe('OAUTH_CALLBACK_ERROR');
    expect(defaultCatalog.renamedTo('OAUTH_CALLBACK_ERROR', 'nextauth')).toBeUndefined();
  });
});

describe('evidentFamilies', () => {
  it('finds the BaaS response body, an enabled family and a client module named in settings', () => {
    expect([...evidentFamilies(defaultCatalog, "if (body.result === 'FAIL') throw new ApiError(body);")]).toEqual(['baas']);
    expect([...evidentFamilies(defaultCatalog, 'class ServiceException extends Error {}')]).toEqual(['baas']);
    expect([...evidentFamilies(defaultCatalog, 'const x = 1;', { enabled: ['baas'] })]).toEqual(['baas']);
    const imports = "import { api } from '@acme/api-client/auth';";
    expect([...evidentFamilies(defaultCatalog, imports, { modules: { baas: ['@acme/api-client'] } })]).toEqual(['baas']);
  });

  it('finds nothing in a file that merely uses the same words', () => {
    const text = "if (error.code === 'UNAUTHORIZED') signOut(); const result = { status: 'FAILED' };";
    expect([...evidentFamilies(defaultCatalog, text)]).toEqual([]);
    expect([...evidentFamilies(defaultCatalog, "import x from '@acme/api-client-v2';", { modules: { baas: ['@acme/api-client'] } })]).toEqual([]);
  });
});
