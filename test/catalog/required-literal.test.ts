import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import { mayMatch, requiredLiteral } from '../../src/catalog/required-literal';

describe('requiredLiteral', () => {
  it.each([
    [/\bFirebaseError\b/, 'FirebaseError'],
    [/["'`]auth\/[a-z]/, 'auth/'],
    [/\$ERROR_CODES\b/, '$ERROR_CODES'],
    [/\bisClerkAPIResponseError\s*\(/, 'isClerkAPIResponseError'],
    [/\bresult\b["']?\s*(?:===?|!==?|:)\s*["']FAIL["']/, 'result'],
    // A quantified character is not required, nor is a counted one.
    [/colou?r_name/, 'r_name'],
    [/abcx{2}def/, 'abc'],
    [/ab(?:cd)+efgh/, 'efgh'],
    [/[a-z]+_token_expired/, '_token_expired'],
  ])('%s requires %j', (pattern, literal) => {
    expect(requiredLiteral(pattern)).toBe(literal);
  });

  it.each([
    // An alternative at the top level: no stretch is in every match.
    /invalid_grant|access_denied/,
    // Case-insensitive and stateful expressions are not read.
    /FirebaseError/i,
    /FirebaseError/g,
    /FirebaseError/y,
    // Nothing of three plain characters.
    /\bab\b/,
    /(?:FirebaseError)/,
    /\d+\s*\w+/,
  ])('%s requires nothing it can tell', (pattern) => {
    expect(requiredLiteral(pattern)).toBeUndefined();
  });
});

describe('mayMatch', () => {
  // Every evidence marker of the catalog, on a text with and without its literal: the answer is the expression's.
  const markers = defaultCatalog.families.flatMap((family) => family.evidence?.markers ?? []);
  const texts = [
    "import { FirebaseError } from 'firebase/app';\nif (e instanceof FirebaseError && e.code === 'auth/user-not-found') {}",
    'const { $ERROR_CODES } = createAuthClient({ baseURL });',
    'if (isClerkAPIResponseError(err)) toast(err.errors[0].longMessage);',
    "if (res.result === 'FAIL') throw new ServiceException(res.message);",
    'if (isAuthApiError(error) && error.code === "weak_password") {}',
    'throw new AuthValidationErrorCode.EmptySignInUsername',
    'const message = "Sign in failed"; // nothing of any library',
    '',
  ];

  it('has markers to check', () => {
    expect(markers.length).toBeGreaterThan(10);
  });

  it.each(texts)('agrees with every marker on %j', (text) => {
    for (const marker of markers) expect(mayMatch(marker, text), String(marker)).toBe(marker.test(text));
  });
});
