import { describe, expect, it } from 'vitest';

import { Catalog, createFamily, defaultCatalog, resolveSettings } from '../../src/catalog';
import {
  checkExhaustiveness,
  checkStatusExhaustiveness,
  codesRaisedBy,
  describeCode,
  familyTitle,
  findUnknownCodes,
  formatList,
  formatMissingCodes,
  formatMissingStatuses,
  quoteCode,
  renderCaseClauses,
  renderDefaultClause,
  renderStatusClauses,
} from '../../src/catalog/switch-analysis';
import type { ClauseLayout, MissingCode } from '../../src/catalog/switch-analysis';

const SEED_HOOK_LABELS = ['UNAUTHORIZED', 'USER_ALREADY_EXISTS', 'PASSWORD_TOO_SHORT', 'VALIDATION_ERROR', 'RATE_LIMIT_EXCEEDED'];
const BAAS_CODES = defaultCatalog.family('baas')!.entries.map((entry) => entry.code);

const userCatalog = resolveSettings({
  catalogs: [
    {
      name: 'payments',
      codes: [
        { code: 'CARD_DECLINED', summary: 'The card issuer refused the payment.', status: 402 },
        { code: 'CARD_EXPIRED', summary: 'The card is past its expiry date.', status: 402 },
        { code: 'PAYMENT_LOCKED', status: 423 },
      ],
      discriminants: ['reason'],
    },
  ],
}).catalog;

describe('checkExhaustiveness', () => {
  it('demands every BaaS code a switch without default leaves out', () => {
    const verdict = checkExhaustiveness(defaultCatalog, { labels: SEED_HOOK_LABELS, hasDefault: false, discriminant: 'errorCode' });
    expect(verdict?.kind).toBe('missingCases');
    if (verdict?.kind !== 'missingCases') return;
    expect(verdict.families.map((family) => family.id)).toEqual(['baas']);
    expect(verdict.source).toBe('catalog');
    expect(verdict.missing.map((item) => item.code)).toEqual(BAAS_CODES.filter((code) => !SEED_HOOK_LABELS.includes(code)));
    expect(verdict.missing[0]?.entry?.httpStatus).toBe(400);
  });

  it('says nothing about a switch with a default', () => {
    expect(checkExhaustiveness(defaultCatalog, { labels: SEED_HOOK_LABELS, hasDefault: true, discriminant: 'errorCode' }, { requireDefault: true })).toBeUndefined();
  });

  it('says nothing when the evidence is not clear', () => {
    expect(checkExhaustiveness(defaultCatalog, { labels: ['UNAUTHORIZED'], hasDefault: false, discriminant: 'value' })).toBeUndefined();
    expect(checkExhaustiveness(defaultCatalog, { labels: ['Default', 'Callback'], hasDefault: false, discriminant: 'tab' })).toBeUndefined();
  });

  it('takes a switch over the three error-page values as complete, for v4 and v5 alike', () => {
    const facts = { labels: ['Configuration', 'AccessDenied', 'Verification'], hasDefault: false, discriminant: 'error' };
    expect(checkExhaustiveness(defaultCatalog, facts)).toBeUndefined();
  });

  it('demands of an error-page switch only the error-page values both majors send, never sign-in errors', () => {
    const verdict = checkExhaustiveness(defaultCatalog, { labels: ['AccessDenied', 'Verification'], hasDefault: false, discriminant: 'error' });
    if (verdict?.kind !== 'missingCases') throw new Error('expected missing cases');
    expect(verdict.families.map((family) => family.id)).toEqual(['nextauth-pages', 'authjs']);
    expect(verdict.page).toBe('error');
    expect(verdict.missing.map((item) => item.code)).toEqual(['Configuration']);
  });

  it('checks a sign-in page switch against the sign-in values of the project major', () => {
    const labels = ['CredentialsSignin', 'OAuthAccountNotLinked'];
    const v4 = checkExhaustiveness(defaultCatalog, { labels, hasDefault: false, discriminant: 'error' }, { authMajor: 4 });
    if (v4?.kind !== 'missingCases') throw new Error('expected missing cases');
    expect(v4.page).toBe('signIn');
    expect(v4.missing.map((item) => item.code)).toEqual([
      'OAuthSignin', 'OAuthCallback', 'OAuthCreateAccount', 'EmailCreateAccount', 'Callback', 'EmailSignin', 'SessionRequired',
    ]);
    const v5 = checkExhaustiveness(defaultCatalog, { labels, hasDefault: false, discriminant: 'error' }, { authMajor: 5 });
    if (v5?.kind !== 'missingCases') throw new Error('expected missing cases');
    expect(v5.missing.map((item) => item.code)).toEqual(['OAuthCallbackError', 'MissingCSRF', 'AccountNotLinked']);
    // Unknown major: v4 and v5 sign-in values share nothing else, so nothing is demanded.
    expect(checkExhaustiveness(defaultCatalog, { labels, hasDefault: false, discriminant: 'error' })).toBeUndefined();
  });

  it('uses the page the project says the file is over what the labels suggest', () => {
    const facts = { labels: ['Configuration', 'AccessDenied', 'Verification'], hasDefault: false, discriminant: 'error' };
    const both = checkExhaustiveness(defaultCatalog, { ...facts, page: 'both' as const }, { authMajor: 4 });
    if (both?.kind !== 'missingCases') throw new Error('expected missing cases');
    expect(both.page).toBe('both');
    expect(both.missing.map((item) => item.code)).toContain('CredentialsSignin');
  });

  it('covers every Auth.js type when a label is a type no page receives (a server-side switch)', () => {
    const verdict = checkExhaustiveness(defaultCatalog, { labels: ['CredentialsSignin', 'CallbackRouteError'], hasDefault: false, discriminant: 'type' });
    if (verdict?.kind !== 'missingCases') throw new Error('expected missing cases');
    expect(verdict.page).toBeUndefined();
    expect(verdict.missing.map((item) => item.code)).toContain('MissingSecret');
  });

  it('demands nothing of a switch whose labels include codes of another set', () => {
    const facts = { labels: ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'PAYMENT_REQUIRED', 'PLAN_LIMIT_REACHED'], hasDefault: false, discriminant: 'errorCode' };
    expect(checkExhaustiveness(defaultCatalog, facts)).toBeUndefined();
  });

  it('counts a spelling the library really sends (`configuration`) as handling its code', () => {
    const verdict = checkExhaustiveness(defaultCatalog, {
      labels: ['configuration', 'AccessDenied'],
      hasDefault: false,
      discriminant: 'error',
    });
    if (verdict?.kind !== 'missingCases') throw new Error('expected missing cases');
    expect(verdict.families.map((family) => family.id)).toEqual(['nextauth-pages']);
    expect(verdict.missing.map((item) => item.code)).toEqual(['Verification']);
  });

  it('never demands a code the library no longer sends', () => {
    const verdict = checkExhaustiveness(defaultCatalog, {
      labels: ['OAuthSignin', 'OAuthCallback', 'EmailSignin'],
      hasDefault: false,
      discriminant: 'error',
    });
    if (verdict?.kind !== 'missingCases') throw new Error('expected missing cases');
    const codes = verdict.missing.map((item) => item.code);
    expect(codes).not.toContain('Default');
    expect(codes).not.toContain('Signin');
    expect(codes).toContain('CredentialsSignin');
  });

  it('covers the union type instead of the catalog when there is one', () => {
    const verdict = checkExhaustiveness(defaultCatalog, {
      labels: ['UNAUTHORIZED', 'TOKEN_EXPIRED'],
      hasDefault: false,
      discriminant: 'errorCode',
      unionMembers: ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'INVALID_TOKEN', 'ACCOUNT_LOCKED'],
    });
    expect(verdict).toMatchObject({ kind: 'missingCases', source: 'union' });
    if (verdict?.kind !== 'missingCases') return;
    expect(verdict.missing.map((item) => [item.code, item.entry?.httpStatus])).toEqual([
      ['INVALID_TOKEN', 401],
      ['ACCOUNT_LOCKED', undefined],
    ]);
  });

  it('is satisfied by a union that every label covers', () => {
    const facts = { labels: ['UNAUTHORIZED', 'TOKEN_EXPIRED'], hasDefault: false, discriminant: 'errorCode', unionMembers: ['UNAUTHORIZED', 'TOKEN_EXPIRED'] };
    expect(checkExhaustiveness(defaultCatalog, facts)).toBeUndefined();
    expect(checkExhaustiveness(defaultCatalog, facts, { requireDefault: true })?.kind).toBe('missingDefault');
  });

  it('skips ignored codes', () => {
    const verdict = checkExhaustiveness(
      defaultCatalog,
      { labels: BAAS_CODES.slice(2), hasDefault: false, discriminant: 'errorCode' },
      { ignoreCodes: ['INVALID_USER'] },
    );
    expect(verdict).toMatchObject({ kind: 'missingCases', missing: [{ code: 'INVALID_REQUEST' }] });
  });

  it('asks only for a default when every code is handled and requireDefault is on', () => {
    const facts = { labels: BAAS_CODES, hasDefault: false, discriminant: 'errorCode' };
    expect(checkExhaustiveness(defaultCatalog, facts)).toBeUndefined();
    expect(checkExhaustiveness(defaultCatalog, facts, { requireDefault: true })).toMatchObject({
      kind: 'missingDefault',
      families: [{ id: 'baas' }],
    });
  });

  it('does not guess what unreadable labels cover', () => {
    const facts = { labels: ['UNAUTHORIZED', 'TOKEN_EXPIRED'], unresolvedLabels: 1, hasDefault: false, discriminant: 'errorCode' };
    expect(checkExhaustiveness(defaultCatalog, facts)).toBeUndefined();
    expect(checkExhaustiveness(defaultCatalog, facts, { requireDefault: true })?.kind).toBe('missingDefault');
  });

  it('restricts the check to the given families and evidence threshold', () => {
    const facts = { labels: ['UNAUTHORIZED', 'TOKEN_EXPIRED'], hasDefault: false, discriminant: 'errorCode' };
    expect(checkExhaustiveness(defaultCatalog, facts, { families: ['authjs'] })).toBeUndefined();
    expect(checkExhaustiveness(defaultCatalog, facts, { minMatchingCases: 3 })).toBeUndefined();
    expect(checkExhaustiveness(defaultCatalog, facts, { minMatchingCases: 2 })?.kind).toBe('missingCases');
  });

  it("checks a user's own family from settings", () => {
    const verdict = checkExhaustiveness(userCatalog, { labels: ['CARD_DECLINED'], hasDefault: false, discriminant: 'reason' });
    expect(verdict).toMatchObject({ kind: 'missingCases', families: [{ id: 'payments' }] });
    if (verdict?.kind !== 'missingCases') return;
    expect(verdict.missing.map((item) => item.code)).toEqual(['CARD_EXPIRED', 'PAYMENT_LOCKED']);
  });
});

describe('codesRaisedBy', () => {
  const supabase = defaultCatalog.family('supabase-auth')!;
  const admin = defaultCatalog.family('firebase-admin-auth')!;
  const firebase = defaultCatalog.family('firebase-auth')!;

  it('matches a raisedBy name on the tail of the callee path', () => {
    const raised = codesRaisedBy(supabase, ['supabase.auth.mfa.verify']);
    expect(raised?.calls).toEqual(['mfa.verify']);
    expect([...(raised?.codes ?? [])].every((code) => supabase.byCode.get(code)?.raisedBy?.includes('mfa.verify'))).toBe(true);
    // `verify` alone is another method: `mfa.verify` needs its object.
    expect(codesRaisedBy(supabase, ['client.verify'])).toBeUndefined();
  });

  it('reads a call in the middle of a raisedBy name as its name (tenantManager().createTenant)', () => {
    expect(codesRaisedBy(admin, ['admin.auth.tenantManager.createTenant'])?.calls).toEqual(['tenantManager().createTenant']);
  });

  it('matches a class-qualified name on the method, whatever the object is called', () => {
    expect(codesRaisedBy(firebase, ['confirmation.confirm'])?.calls).toEqual(['ConfirmationResult.confirm']);
  });

  it('knows nothing narrower for a call no entry names, or no call', () => {
    expect(codesRaisedBy(firebase, ['signOut'])).toBeUndefined();
    expect(codesRaisedBy(firebase, [])).toBeUndefined();
  });

  it('narrows checkExhaustiveness to the codes of the call, and says which call', () => {
    const labels = ['auth/invalid-credential', 'auth/user-disabled', 'auth/too-many-requests'];
    const web = { evident: new Set(['firebase-auth']) };
    const verdict = checkExhaustiveness(defaultCatalog, { labels, hasDefault: false, discriminant: 'code', calls: ['signInWithEmailAndPassword'] }, web);
    expect(verdict).toMatchObject({ kind: 'missingCases', calls: ['signInWithEmailAndPassword'] });
    const missing = verdict?.kind === 'missingCases' ? verdict.missing.map(({ code }) => code) : [];
    expect(missing).toEqual(['auth/invalid-email', 'auth/wrong-password', 'auth/multi-factor-auth-required', 'auth/missing-password', 'auth/user-not-found']);
    const whole = checkExhaustiveness(defaultCatalog, { labels, hasDefault: false, discriminant: 'code' }, web);
    expect(whole?.kind === 'missingCases' && 'calls' in whole).toBe(false);
    expect(whole?.kind === 'missingCases' && whole.missing.length).toBe(105);
  });
});

describe('checkStatusExhaustiveness', () => {
  const SEED_STATUSES = [400, 401, 403, 404, 409, 422, 429, 500];
  /** A file that shows the BaaS API (its `result: "FAIL"` body): a status is no evidence of any API on its own. */
  const BAAS = { evident: new Set(['baas']) };

  it('checks no status switch of a file without evidence of the API', () => {
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403, 409], hasDefault: false, discriminant: 'status' })).toBeUndefined();
  });

  it('demands the statuses of the BaaS family a status switch leaves out, with their codes', () => {
    const verdict = checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403, 409, 422, 429], hasDefault: false, discriminant: 'status' }, BAAS);
    expect(verdict?.kind).toBe('missingStatuses');
    if (verdict?.kind !== 'missingStatuses') return;
    expect(verdict.family.id).toBe('baas');
    expect(verdict.missing.map((item) => [item.status, item.codes.map((entry) => entry.code)])).toEqual([
      [400, ['INVALID_USER', 'INVALID_REQUEST', 'MISSING_REQUIRED_FIELD']],
      [404, ['USER_NOT_FOUND', 'RESOURCE_NOT_FOUND']],
      [500, ['INTERNAL_SERVER_ERROR', 'DATABASE_ERROR', 'SERVICE_UNAVAILABLE']],
    ]);
  });

  it('accepts the seed switch that handles every status', () => {
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: SEED_STATUSES, hasDefault: false, discriminant: 'status' }, BAAS)).toBeUndefined();
    expect(
      checkStatusExhaustiveness(defaultCatalog, { statuses: SEED_STATUSES, hasDefault: false, discriminant: 'status' }, { ...BAAS, requireDefault: true }),
    ).toMatchObject({ kind: 'missingDefault', family: { id: 'baas' } });
  });

  it('needs a value named like a status and enough statuses of the family', () => {
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403], hasDefault: false, discriminant: 'count' }, BAAS)).toBeUndefined();
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403], hasDefault: false }, BAAS)).toBeUndefined();
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [200, 404], hasDefault: false, discriminant: 'status' }, BAAS)).toBeUndefined();
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [200, 201, 204, 401, 403], hasDefault: false, discriminant: 'status' }, BAAS)).toBeUndefined();
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403], hasDefault: false, discriminant: 'httpStatus' }, BAAS)?.kind).toBe('missingStatuses');
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403], hasDefault: false, discriminant: 'status' }, { ...BAAS, minMatchingCases: 3 })).toBeUndefined();
  });

  it('drops ignored statuses and statuses whose every code is ignored', () => {
    const verdict = checkStatusExhaustiveness(
      defaultCatalog,
      { statuses: [401, 403, 409, 422, 429], hasDefault: false, discriminant: 'status' },
      { ...BAAS, ignoreCodes: ['500', 'USER_NOT_FOUND', 'RESOURCE_NOT_FOUND'] },
    );
    expect(verdict).toMatchObject({ kind: 'missingStatuses', missing: [{ status: 400 }] });
  });

  it('uses the statuses of a user family', () => {
    const verdict = checkStatusExhaustiveness(userCatalog, { statuses: [402, 403], hasDefault: false, discriminant: 'status' }, { minMatchingCases: 1 });
    expect(verdict).toMatchObject({ kind: 'missingStatuses', family: { id: 'payments' }, missing: [{ status: 423 }] });
    expect(
      checkStatusExhaustiveness(userCatalog, { statuses: [402, 423], hasDefault: false, discriminant: 'status' }, { families: ['baas'] }),
    ).toBeUndefined();
  });

  it('says nothing with a default or unreadable labels', () => {
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403], hasDefault: true, discriminant: 'status' })).toBeUndefined();
    expect(checkStatusExhaustiveness(defaultCatalog, { statuses: [401, 403], unresolvedLabels: 1, hasDefault: false, discriminant: 'status' })).toBeUndefined();
  });
});

describe('findUnknownCodes', () => {
  it('finds the misspelled code of the seed pattern', () => {
    const findings = findUnknownCodes(defaultCatalog, ['UNAUTHORIZED', 'USER_ALREADY_EXIST', 'PASSWORD_TOO_SHORT'], { discriminant: 'errorCode' });
    expect(findings.map((finding) => [finding.label, finding.entry.code, finding.reason, finding.family.id])).toEqual([
      ['USER_ALREADY_EXIST', 'USER_ALREADY_EXISTS', 'misspelled', 'baas'],
    ]);
  });

  it('names the current code for an old NextAuth name', () => {
    const findings = findUnknownCodes(defaultCatalog, ['CALLBACK_OAUTH_ERROR', 'SIGNIN_OAUTH_ERROR'], { discriminant: 'code' });
    expect(findings.map((finding) => [finding.label, finding.entry.code, finding.reason])).toEqual([
      ['CALLBACK_OAUTH_ERROR', 'OAUTH_CALLBACK_ERROR', 'renamed'],
    ]);
  });

  it('trusts a hinting name alone for a lone near miss', () => {
    expect(findUnknownCodes(defaultCatalog, ['USER_ALREADY_EXIST'], { discriminant: 'errorCode' }).map((finding) => finding.entry.code)).toEqual([
      'USER_ALREADY_EXISTS',
    ]);
    expect(findUnknownCodes(defaultCatalog, ['USER_ALREADY_EXIST'], { discriminant: 'label' })).toEqual([]);
    expect(findUnknownCodes(defaultCatalog, ['USER_ALREADY_EXIST'])).toEqual([]);
  });

  it('leaves far strings, other families and ignored strings alone', () => {
    expect(findUnknownCodes(defaultCatalog, ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'SOMETHING_ELSE'], { discriminant: 'errorCode' })).toEqual([]);
    // `AccessDenied` is an Auth.js / NextAuth page code: deliberate, not a misspelled ACCESS_DENIED.
    expect(findUnknownCodes(defaultCatalog, ['UNAUTHORIZED', 'TOKEN_EXPIRED', 'AccessDenied'], { discriminant: 'errorCode' })).toEqual([]);
    expect(
      findUnknownCodes(defaultCatalog, ['UNAUTHORIZED', 'USER_ALREADY_EXIST'], { discriminant: 'errorCode', ignoreCodes: ['USER_ALREADY_EXIST'] }),
    ).toEqual([]);
    expect(findUnknownCodes(defaultCatalog, ['UNAUTHORIZED', 'USER_ALREADY_EXIST'], { discriminant: 'errorCode', families: ['authjs'] })).toEqual([]);
  });

  it('never corrects a spelling the library really sends', () => {
    expect(findUnknownCodes(defaultCatalog, ['configuration', 'AccessDenied', 'Verification'], { discriminant: 'error' })).toEqual([]);
  });

  it('never offers a case-only fix: `default` is no misspelling of `Default`', () => {
    const labels = ['Configuration', 'AccessDenied', 'OAuthSignin', 'default'];
    expect(findUnknownCodes(defaultCatalog, labels, { context: 'map' })).toEqual([]);
    expect(findUnknownCodes(defaultCatalog, labels, { context: 'switch' })).toEqual([]);
    expect(findUnknownCodes(defaultCatalog, [...labels, 'OAuthCalback'], { context: 'switch' }).map((f) => [f.label, f.entry.code])).toEqual([
      ['OAuthCalback', 'OAuthCallback'],
    ]);
  });

  it('reports a near miss for rival families only when they agree', () => {
    // Both page families know these values; `AccesDenied` means `AccessDenied` in both.
    const findings = findUnknownCodes(defaultCatalog, ['Configuration', 'AccesDenied', 'Verification'], { discriminant: 'error' });
    expect(findings.map((finding) => [finding.label, finding.entry.code])).toEqual([['AccesDenied', 'AccessDenied']]);
  });

  it("checks strings against a user's own family", () => {
    const findings = findUnknownCodes(userCatalog, ['CARD_DECLINED', 'CARD_EXPIRD'], { discriminant: 'reason' });
    expect(findings.map((finding) => [finding.label, finding.entry.code, finding.family.id])).toEqual([['CARD_EXPIRD', 'CARD_EXPIRED', 'payments']]);
    // One code and no hinting name is not enough evidence.
    expect(findUnknownCodes(userCatalog, ['CARD_DECLINED', 'CARD_EXPIRD'])).toEqual([]);
  });
});

describe('texts', () => {
  const baas = defaultCatalog.family('baas')!;
  const entry = (code: string) => baas.byCode.get(code)!;
  const layout: ClauseLayout = { caseIndent: '    ', bodyIndent: '      ', quote: "'" };

  it('describes a code in a sentence', () => {
    expect(describeCode(entry('TOKEN_EXPIRED'), 'en')).toBe("the user's access token has expired");
    expect(describeCode(entry('INVALID_REQUEST'), 'en')).toBe('the API could not make sense of the request');
    expect(describeCode(entry('TOKEN_EXPIRED'), 'ko')).toBe(entry('TOKEN_EXPIRED').summary.ko.replace(/\.$/, ''));
  });

  it('lists the first few items and counts the rest', () => {
    expect(formatList(['`A`'], 'en')).toBe('`A`');
    expect(formatList(['`A`', '`B`'], 'en')).toBe('`A` and `B`');
    expect(formatList(['`A`', '`B`', '`C`'], 'en')).toBe('`A`, `B` and `C`');
    expect(formatList(['`A`', '`B`', '`C`', '`D`', '`E`'], 'en')).toBe('`A`, `B`, `C` and 2 more');
    expect(formatList(['`A`', '`B`', '`C`', '`D`', '`E`'], 'ko')).toBe('`A`, `B`, `C` 외 2개');
    expect(formatList(['`A`', '`B`'], 'ko')).toBe('`A`, `B`');
  });

  it('formats missing codes and statuses as bare lists (their meaning is in the hover and the added clauses)', () => {
    const missing: MissingCode[] = [{ code: 'TOKEN_EXPIRED', entry: entry('TOKEN_EXPIRED') }, { code: 'ACCOUNT_LOCKED' }];
    expect(formatMissingCodes(missing, 'en')).toBe('`TOKEN_EXPIRED` and `ACCOUNT_LOCKED`');
    expect(formatMissingCodes(missing, 'ko')).toBe('`TOKEN_EXPIRED`, `ACCOUNT_LOCKED`');
    expect(formatMissingStatuses([{ status: 409, codes: [entry('USER_ALREADY_EXISTS'), entry('DUPLICATE_ENTRY')] }, { status: 418, codes: [] }], 'en')).toBe(
      '409 and 418',
    );
  });

  it('names built-in and user families', () => {
    expect(familyTitle([baas], 'en')).toBe('BaaS auth API error codes');
    expect(familyTitle([baas], 'ko')).toBe('BaaS 인증 API 오류 코드');
    const payments = userCatalog.family('payments')!;
    expect(familyTitle([payments], 'en')).toBe('"payments" error codes');
    expect(familyTitle([payments], 'ko')).toBe('"payments" 오류 코드');
    expect(familyTitle([defaultCatalog.family('nextauth-pages')!, defaultCatalog.family('authjs')!], 'en')).toBe(
      'NextAuth.js v4 page error values / Auth.js v5 error types',
    );
  });

  it('quotes codes safely', () => {
    expect(quoteCode('UNAUTHORIZED', "'")).toBe("'UNAUTHORIZED'");
    expect(quoteCode("it's", "'")).toBe("'it\\'s'");
    expect(quoteCode('say "hi"', '"')).toBe('"say \\"hi\\""');
    expect(quoteCode('a${b}`', '`')).toBe('`a\\${b}\\``');
    expect(quoteCode('back\\slash', "'")).toBe("'back\\\\slash'");
  });

  it('renders case clauses that keep run-time behaviour and explain each code', () => {
    expect(renderCaseClauses([{ code: 'TOKEN_EXPIRED', entry: entry('TOKEN_EXPIRED') }, { code: 'ACCOUNT_LOCKED' }], layout, 'en')).toEqual([
      "    case 'TOKEN_EXPIRED': // The user's access token has expired.",
      '      break;',
      "    case 'ACCOUNT_LOCKED':",
      '      break;',
    ]);
    expect(renderCaseClauses([{ code: 'TOKEN_EXPIRED', entry: entry('TOKEN_EXPIRED') }], { ...layout, quote: '"' }, 'ko')).toEqual([
      `    case "TOKEN_EXPIRED": // ${entry('TOKEN_EXPIRED').summary.ko}`,
      '      break;',
    ]);
  });

  it('renders status clauses naming the codes of each status', () => {
    expect(renderStatusClauses([{ status: 409, codes: [entry('USER_ALREADY_EXISTS'), entry('DUPLICATE_ENTRY')] }], layout)).toEqual([
      '    case 409: // USER_ALREADY_EXISTS, DUPLICATE_ENTRY',
      '      break;',
    ]);
  });

  it('renders a default clause in both languages', () => {
    expect(renderDefaultClause(layout, 'en')).toEqual([
      '    default:',
      '      // Codes not handled above, including ones the server adds later.',
      '      break;',
    ]);
    expect(renderDefaultClause(layout, 'ko')).toEqual([
      '    default:',
      '      // 위에서 다루지 않은 코드(서버가 나중에 추가하는 코드 포함)',
      '      break;',
    ]);
  });

  it('keeps a generated comment on one line', () => {
    const catalog = new Catalog([
      createFamily(
        {
          id: 'multi',
          title: { en: 'multi', ko: 'multi' },
          description: { en: 'multi', ko: 'multi' },
          discriminantHints: [],
          entries: [{ code: 'X_Y', summary: { en: 'First line.\nSecond line.', ko: '첫 줄' }, cause: { en: '', ko: '' }, fix: { en: '', ko: '' } }],
        },
        false,
      ),
    ]);
    const xy = catalog.lookup('X_Y')!.entry;
    expect(renderCaseClauses([{ code: 'X_Y', entry: xy }], layout, 'en')).toEqual(["    case 'X_Y': // First line. Second line.", '      break;']);
  });
});
