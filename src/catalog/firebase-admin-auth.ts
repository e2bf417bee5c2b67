import { defineFamily, type EntryData } from './define';
import { FIREBASE_AUTH_ERROR_CODES, FIREBASE_AUTH_PREFIX } from './firebase-auth';
import type { FamilyDefinition, Localized } from './types';

/**
 * The codes of the `FirebaseAuthError` the Firebase Admin SDK (`firebase-admin/auth`, `firebase-admin` 14.x) throws:
 * the values of its exported `AuthErrorCode` map with the `auth/` prefix its `code` carries, in the map's order.
 * `test/catalog/fidelity-firebase.test.ts` compares this list with the installed package.
 */
export const FIREBASE_ADMIN_AUTH_ERROR_CODES = [
  'auth/auth-blocking-token-expired',
  'auth/billing-not-enabled',
  'auth/claims-too-large',
  'auth/configuration-exists',
  'auth/configuration-not-found',
  'auth/id-token-expired',
  'auth/argument-error',
  'auth/invalid-config',
  'auth/email-already-exists',
  'auth/email-not-found',
  'auth/reserved-claim',
  'auth/invalid-id-token',
  'auth/id-token-revoked',
  'auth/internal-error',
  'auth/invalid-claims',
  'auth/invalid-continue-uri',
  'auth/invalid-creation-time',
  'auth/invalid-credential',
  'auth/invalid-disabled-field',
  'auth/invalid-display-name',
  'auth/invalid-dynamic-link-domain',
  'auth/invalid-hosting-link-domain',
  'auth/invalid-email-verified',
  'auth/invalid-email',
  'auth/invalid-new-email',
  'auth/invalid-enrolled-factors',
  'auth/invalid-enrollment-time',
  'auth/invalid-hash-algorithm',
  'auth/invalid-hash-block-size',
  'auth/invalid-hash-derived-key-length',
  'auth/invalid-hash-key',
  'auth/invalid-hash-memory-cost',
  'auth/invalid-hash-parallelization',
  'auth/invalid-hash-rounds',
  'auth/invalid-hash-salt-separator',
  'auth/invalid-last-sign-in-time',
  'auth/invalid-name',
  'auth/invalid-oauth-client-id',
  'auth/invalid-page-token',
  'auth/invalid-password',
  'auth/invalid-password-hash',
  'auth/invalid-password-salt',
  'auth/invalid-phone-number',
  'auth/invalid-photo-url',
  'auth/invalid-project-id',
  'auth/invalid-provider-data',
  'auth/invalid-provider-id',
  'auth/invalid-provider-uid',
  'auth/invalid-oauth-responsetype',
  'auth/invalid-session-cookie-duration',
  'auth/invalid-tenant-id',
  'auth/invalid-tenant-type',
  'auth/invalid-testing-phone-number',
  'auth/invalid-uid',
  'auth/invalid-user-import',
  'auth/invalid-tokens-valid-after-time',
  'auth/mismatching-tenant-id',
  'auth/missing-android-package-name',
  'auth/missing-config',
  'auth/missing-continue-uri',
  'auth/missing-display-name',
  'auth/missing-email',
  'auth/missing-ios-bundle-id',
  'auth/missing-issuer',
  'auth/missing-hash-algorithm',
  'auth/missing-oauth-client-id',
  'auth/missing-oauth-client-secret',
  'auth/missing-provider-id',
  'auth/missing-saml-relying-party-config',
  'auth/test-phone-number-limit-exceeded',
  'auth/maximum-user-count-exceeded',
  'auth/missing-uid',
  'auth/operation-not-allowed',
  'auth/password-does-not-meet-requirements',
  'auth/phone-number-already-exists',
  'auth/project-not-found',
  'auth/insufficient-permission',
  'auth/quota-exceeded',
  'auth/second-factor-limit-exceeded',
  'auth/second-factor-uid-already-exists',
  'auth/session-cookie-expired',
  'auth/session-cookie-revoked',
  'auth/tenant-not-found',
  'auth/uid-already-exists',
  'auth/unauthorized-continue-uri',
  'auth/unsupported-first-factor',
  'auth/unsupported-second-factor',
  'auth/unsupported-tenant-operation',
  'auth/unverified-email',
  'auth/user-not-found',
  'auth/not-found',
  'auth/user-disabled',
  'auth/user-not-disabled',
  'auth/invalid-recaptcha-action',
  'auth/invalid-recaptcha-enforcement-state',
  'auth/recaptcha-not-enabled',
] as const;

export type FirebaseAdminAuthErrorCode = (typeof FIREBASE_ADMIN_AUTH_ERROR_CODES)[number];

/** The Admin SDK's error reference, which lists these codes. */
export const FIREBASE_ADMIN_AUTH_ERRORS_URL = 'https://firebase.google.com/docs/auth/admin/errors';

/**
 * The keys of the Admin SDK's `AuthErrorCode` map where they differ from the code's name in upper snake case
 * (`INVALID_ARGUMENT` holds `argument-error`). Its values carry no `auth/` prefix: compare them through
 * `error.hasCode(AuthErrorCode.X)`, not with `error.code`.
 */
const RENAMED_CONSTANTS: Partial<Record<FirebaseAdminAuthErrorCode, string>> = {
  'auth/argument-error': 'INVALID_ARGUMENT',
  'auth/reserved-claim': 'FORBIDDEN_CLAIM',
  'auth/test-phone-number-limit-exceeded': 'MAXIMUM_TEST_PHONE_NUMBER_EXCEEDED',
  'auth/unauthorized-continue-uri': 'UNAUTHORIZED_DOMAIN',
};

/** The key of a code in the Admin SDK's `AuthErrorCode` map. */
export function firebaseAdminConstant(code: FirebaseAdminAuthErrorCode): string {
  return RENAMED_CONSTANTS[code] ?? code.slice('auth/'.length).replace(/-/g, '_').toUpperCase();
}

const USER_WRITES = ['createUser', 'updateUser'];
const IMPORT = ['importUsers'];
const TOKENS = ['verifyIdToken'];
const COOKIES = ['verifySessionCookie', 'createSessionCookie'];
const LINKS = ['generatePasswordResetLink', 'generateEmailVerificationLink', 'generateSignInWithEmailLink', 'generateVerifyAndChangeEmailLink'];
const PROVIDER_CONFIG = ['createProviderConfig', 'updateProviderConfig', 'getProviderConfig', 'deleteProviderConfig'];
const TENANTS = ['tenantManager().createTenant', 'tenantManager().updateTenant', 'tenantManager().getTenant', 'tenantManager().authForTenant'];

function text(en: string, ko: string): Localized {
  return { en, ko };
}

/** One entry: summary, cause and fix in both languages, and the Admin calls that raise it. */
function entry(summary: Localized, cause: Localized, fix: Localized, raisedBy?: readonly string[]): EntryData {
  return raisedBy ? { summary, cause, fix, raisedBy } : { summary, cause, fix };
}

/** A field of a user record that `createUser` / `updateUser` / `importUsers` rejected. */
function badField(field: string, wanted: Localized, calls: readonly string[] = [...USER_WRITES, ...IMPORT]): EntryData {
  return entry(
    text(`The \`${field}\` value passed to the Admin SDK is not valid.`, `Admin SDK에 넘긴 \`${field}\` 값이 유효하지 않습니다.`),
    text(`It must be ${wanted.en}.`, `이 값은 ${wanted.ko}이어야 합니다.`),
    text(`Validate \`${field}\` on the server before the call and answer the client with a 400 naming the field.`, `호출 전에 서버에서 \`${field}\`를 검사하고, 클라이언트에는 그 필드를 밝힌 400으로 답하세요.`),
    calls,
  );
}

/** A parameter of the password hash of `importUsers`. */
function badHash(part: string, partKo: string): EntryData {
  return entry(
    text(`The ${part} of the password hash options is not valid.`, `비밀번호 해시 옵션의 ${partKo}이(가) 유효하지 않습니다.`),
    text('The `hash` options of `importUsers` do not match what the chosen algorithm needs.', '`importUsers`의 `hash` 옵션이 선택한 알고리즘이 요구하는 값과 맞지 않습니다.'),
    text('Copy the hash parameters exactly from the system the users come from (for Firebase: the project\'s password hash settings).', '사용자를 가져오는 원래 시스템의 해시 매개변수를 그대로 옮기세요(Firebase라면 프로젝트의 비밀번호 해시 설정).'),
    IMPORT,
  );
}

const entries = {
  'auth/auth-blocking-token-expired': entry(
    text('The token passed to a blocking function has expired.', '차단 함수에 전달된 토큰이 만료되었습니다.'),
    text('A `beforeCreate` / `beforeSignIn` handler took too long, or an old event was replayed.', '`beforeCreate`/`beforeSignIn` 처리기가 너무 오래 걸렸거나 예전 이벤트가 다시 전달되었습니다.'),
    text('Keep blocking functions fast and let the user try the sign-in again.', '차단 함수를 빠르게 유지하고 사용자가 로그인을 다시 시도하게 하세요.'),
  ),
  'auth/billing-not-enabled': entry(
    text('The feature needs billing enabled on the project.', '이 기능은 프로젝트에 결제가 켜져 있어야 합니다.'),
    text('Identity Platform features such as multi-tenancy or SAML / OIDC providers run on the Blaze plan only.', '멀티 테넌시, SAML/OIDC 공급자 같은 Identity Platform 기능은 Blaze 요금제에서만 동작합니다.'),
    text('Upgrade the project to the Blaze plan or drop the feature.', '프로젝트를 Blaze 요금제로 올리거나 그 기능을 쓰지 마세요.'),
    [...PROVIDER_CONFIG, ...TENANTS],
  ),
  'auth/claims-too-large': entry(
    text('The custom claims exceed 1000 bytes.', '커스텀 클레임이 1000바이트를 넘습니다.'),
    text('Too much data in `setCustomUserClaims`; claims travel in every ID token.', '`setCustomUserClaims`에 데이터를 너무 많이 넣었습니다. 클레임은 모든 ID 토큰에 실립니다.'),
    text('Keep only roles and flags in claims and store the rest in your database.', '클레임에는 역할과 플래그만 두고 나머지는 데이터베이스에 저장하세요.'),
    ['setCustomUserClaims'],
  ),
  'auth/configuration-exists': entry(
    text('A provider configuration with this ID already exists.', '이 ID의 공급자 설정이 이미 있습니다.'),
    text('`createProviderConfig` was called twice with the same `providerId`.', '같은 `providerId`로 `createProviderConfig`를 두 번 호출했습니다.'),
    text('Use `updateProviderConfig` for an existing provider.', '이미 있는 공급자에는 `updateProviderConfig`를 쓰세요.'),
    ['createProviderConfig'],
  ),
  'auth/configuration-not-found': entry(
    text('No provider configuration has this ID.', '이 ID의 공급자 설정이 없습니다.'),
    text('The `providerId` has a typo or the provider was deleted; the Auth service itself may not be set up for the project.', '`providerId`에 오타가 있거나 공급자가 삭제되었습니다. 프로젝트에 Auth 서비스 자체가 설정되지 않았을 수도 있습니다.'),
    text('List the providers with `listProviderConfigs` and use an existing ID; enable Authentication in the console.', '`listProviderConfigs`로 목록을 확인해 있는 ID를 쓰고, 콘솔에서 Authentication을 켜세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/id-token-expired': entry(
    text('The Firebase ID token has expired.', 'Firebase ID 토큰이 만료되었습니다.'),
    text('ID tokens last one hour; the client sent a cached one.', 'ID 토큰은 한 시간 유효한데 클라이언트가 캐시된 토큰을 보냈습니다.'),
    text('Answer 401 so the client calls `getIdToken(true)` and retries; never extend the check on the server.', '401로 답해 클라이언트가 `getIdToken(true)`로 새 토큰을 받아 다시 보내게 하세요. 서버에서 검사를 느슨하게 하지 마세요.'),
    TOKENS,
  ),
  'auth/argument-error': entry(
    text('An Admin SDK method got an invalid argument.', 'Admin SDK 메서드에 잘못된 인자를 넘겼습니다.'),
    text('A wrong type or shape, for example a token that is not a string or a malformed JWT passed to `verifyIdToken`.', '타입이나 모양이 틀렸습니다. 문자열이 아닌 토큰이나 형식이 깨진 JWT를 `verifyIdToken`에 넘긴 경우 등입니다.'),
    text('Check what reaches the call (the `Authorization` header without its `Bearer ` prefix, say) and answer 400 or 401.', '호출에 무엇이 들어가는지 확인하고(예: `Bearer `를 뗀 `Authorization` 헤더), 400이나 401로 답하세요.'),
  ),
  'auth/invalid-config': entry(
    text('The provider or project configuration is invalid.', '공급자나 프로젝트 설정이 유효하지 않습니다.'),
    text('A SAML / OIDC configuration with inconsistent fields.', 'SAML/OIDC 설정의 필드가 서로 맞지 않습니다.'),
    text('Compare the fields with the identity provider\'s metadata and the Admin reference.', '필드를 ID 공급자의 메타데이터와 Admin 레퍼런스에 맞춰 보세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/email-already-exists': entry(
    text('Another user already has this email (Admin SDK).', '다른 사용자가 이미 이 이메일을 씁니다(Admin SDK).'),
    text('`createUser` or `updateUser` with a taken address. The web SDK says `auth/email-already-in-use` instead.', '이미 쓰는 주소로 `createUser`나 `updateUser`를 호출했습니다. 웹 SDK는 대신 `auth/email-already-in-use`를 보냅니다.'),
    text('Answer 409 and let the user sign in; in client code compare with `auth/email-already-in-use`.', '409로 답하고 로그인하도록 안내하세요. 클라이언트 코드에서는 `auth/email-already-in-use`와 비교하세요.'),
    USER_WRITES,
  ),
  'auth/email-not-found': entry(
    text('No user has this email (Admin SDK).', '이 이메일의 사용자가 없습니다(Admin SDK).'),
    text('An email link was generated for an address without an account.', '계정이 없는 주소로 이메일 링크를 만들었습니다.'),
    text('Answer the client the same way as for a sent link, so that the endpoint does not reveal which emails exist.', '어떤 이메일이 있는지 드러나지 않도록, 링크를 보냈을 때와 같은 방식으로 클라이언트에 답하세요.'),
    LINKS,
  ),
  'auth/reserved-claim': entry(
    text('A custom claim uses a name reserved by OIDC or Firebase.', '커스텀 클레임에 OIDC나 Firebase가 예약한 이름을 썼습니다.'),
    text('Names such as `sub`, `iss`, `exp`, `auth_time` or `firebase` cannot be set.', '`sub`, `iss`, `exp`, `auth_time`, `firebase` 같은 이름은 설정할 수 없습니다.'),
    text('Rename the claim (`role`, `plan`, …).', '클레임 이름을 바꾸세요(`role`, `plan` 등).'),
    ['setCustomUserClaims', 'createCustomToken'],
  ),
  'auth/invalid-id-token': entry(
    text('The string is not a valid Firebase ID token.', '이 문자열은 유효한 Firebase ID 토큰이 아닙니다.'),
    text('A token of another project, an access token of another provider, or a truncated header.', '다른 프로젝트의 토큰이거나 다른 공급자의 액세스 토큰이거나, 잘린 헤더입니다.'),
    text('Answer 401; make the client send `await user.getIdToken()` from the same project.', '401로 답하고, 클라이언트가 같은 프로젝트의 `await user.getIdToken()`을 보내게 하세요.'),
    TOKENS,
  ),
  'auth/id-token-revoked': entry(
    text('The ID token was revoked.', 'ID 토큰이 폐기되었습니다.'),
    text('`revokeRefreshTokens` ran (or the password changed) and `verifyIdToken(token, true)` checks revocation.', '`revokeRefreshTokens`가 실행되었고(또는 비밀번호가 바뀌었고) `verifyIdToken(token, true)`가 폐기 여부를 검사했습니다.'),
    text('Answer 401 and have the client sign the user out and in again.', '401로 답하고, 클라이언트가 사용자를 로그아웃시킨 뒤 다시 로그인하게 하세요.'),
    TOKENS,
  ),
  'auth/internal-error': entry(
    text('The Auth backend hit an unexpected error (Admin SDK).', 'Auth 백엔드에서 예상하지 못한 오류가 났습니다(Admin SDK).'),
    text('A server error code the SDK does not map, or a temporary backend fault; the message carries the raw response.', 'SDK가 모르는 서버 오류 코드이거나 일시적인 백엔드 장애입니다. 메시지에 원래 응답이 담깁니다.'),
    text('Log the message and retry with backoff; answer 500 or 503.', '메시지를 기록하고 간격을 늘리며 다시 시도한 뒤, 500이나 503으로 답하세요.'),
  ),
  'auth/invalid-claims': entry(
    text('The custom claims are not valid.', '커스텀 클레임이 유효하지 않습니다.'),
    text('The claims object is not a plain JSON-serialisable object.', '클레임 객체가 JSON으로 직렬화할 수 있는 일반 객체가 아닙니다.'),
    text('Pass a plain object of strings, numbers, booleans and arrays.', '문자열, 숫자, 불리언, 배열로 된 일반 객체를 넘기세요.'),
    ['setCustomUserClaims'],
  ),
  'auth/invalid-continue-uri': entry(
    text('The continue URL of the action code settings is not a valid URL (Admin SDK).', '작업 코드 설정의 continue URL이 유효한 URL이 아닙니다(Admin SDK).'),
    text('`ActionCodeSettings.url` is empty or relative.', '`ActionCodeSettings.url`이 비었거나 상대 경로입니다.'),
    text('Pass a full `https://` URL.', '전체 `https://` URL을 넘기세요.'),
    LINKS,
  ),
  'auth/invalid-creation-time': badField('metadata.creationTime', text('a valid UTC date string', '유효한 UTC 날짜 문자열'), IMPORT),
  'auth/invalid-credential': entry(
    text('The credential that initialises the Admin SDK cannot be used.', 'Admin SDK를 초기화한 자격 증명을 쓸 수 없습니다.'),
    text('The service account key is malformed, revoked or of another project, or the runtime has no default credentials.', '서비스 계정 키가 잘못되었거나 폐기되었거나 다른 프로젝트의 것이고, 또는 런타임에 기본 자격 증명이 없습니다.'),
    text('Load the key with `cert(...)` from a valid JSON (mind the `\\n` in `private_key`), or use `applicationDefault()` on Google Cloud.', '유효한 JSON에서 `cert(...)`로 키를 불러오고(`private_key`의 `\\n`에 주의), Google Cloud에서는 `applicationDefault()`를 쓰세요.'),
  ),
  'auth/invalid-disabled-field': badField('disabled', text('a boolean', '불리언')),
  'auth/invalid-display-name': badField('displayName', text('a non-empty string', '비어 있지 않은 문자열')),
  'auth/invalid-dynamic-link-domain': {
    ...entry(
      text('The Dynamic Links domain is not set up for the project (Admin SDK).', 'Dynamic Links 도메인이 프로젝트에 설정되어 있지 않습니다(Admin SDK).'),
      text('`ActionCodeSettings.dynamicLinkDomain` is used; Dynamic Links is deprecated and shut down.', '`ActionCodeSettings.dynamicLinkDomain`을 썼습니다. Dynamic Links는 지원 중단되어 종료되었습니다.'),
      text('Use `linkDomain` with a Firebase Hosting domain instead.', '대신 Firebase Hosting 도메인으로 `linkDomain`을 쓰세요.'),
      LINKS,
    ),
    deprecated: true,
  },
  'auth/invalid-hosting-link-domain': entry(
    text('The link domain is not a Hosting domain of the project (Admin SDK).', '링크 도메인이 프로젝트의 Hosting 도메인이 아닙니다(Admin SDK).'),
    text('`ActionCodeSettings.linkDomain` names a domain not connected to Firebase Hosting.', '`ActionCodeSettings.linkDomain`이 Firebase Hosting에 연결되지 않은 도메인입니다.'),
    text('Use a `web.app` / `firebaseapp.com` domain or a custom domain connected in Hosting.', '`web.app`/`firebaseapp.com` 도메인이나 Hosting에 연결한 커스텀 도메인을 쓰세요.'),
    LINKS,
  ),
  'auth/invalid-email-verified': badField('emailVerified', text('a boolean', '불리언')),
  'auth/invalid-email': entry(
    text('The email address is badly formatted (Admin SDK).', '이메일 주소 형식이 잘못되었습니다(Admin SDK).'),
    text('An empty or malformed `email` reached `createUser`, `updateUser`, `getUserByEmail` or a link generator.', '비었거나 형식이 틀린 `email`이 `createUser`, `updateUser`, `getUserByEmail`이나 링크 생성 메서드에 들어갔습니다.'),
    text('Validate the address before the call and answer 400.', '호출 전에 주소를 검사하고 400으로 답하세요.'),
    [...USER_WRITES, 'getUserByEmail', ...LINKS],
  ),
  'auth/invalid-new-email': entry(
    text('The new email address is badly formatted.', '새 이메일 주소 형식이 잘못되었습니다.'),
    text('`generateVerifyAndChangeEmailLink` got an invalid new address.', '`generateVerifyAndChangeEmailLink`에 잘못된 새 주소를 넘겼습니다.'),
    text('Validate the new address before generating the link.', '링크를 만들기 전에 새 주소를 검사하세요.'),
    ['generateVerifyAndChangeEmailLink'],
  ),
  'auth/invalid-enrolled-factors': badField('multiFactor.enrolledFactors', text('an array of valid second-factor objects', '유효한 2단계 인증 수단 객체의 배열'), [...USER_WRITES, ...IMPORT]),
  'auth/invalid-enrollment-time': badField('enrollmentTime', text('a valid UTC date string', '유효한 UTC 날짜 문자열'), [...USER_WRITES, ...IMPORT]),
  'auth/invalid-hash-algorithm': badHash('algorithm', '알고리즘'),
  'auth/invalid-hash-block-size': badHash('block size', '블록 크기'),
  'auth/invalid-hash-derived-key-length': badHash('derived key length', '파생 키 길이'),
  'auth/invalid-hash-key': badHash('key', '키'),
  'auth/invalid-hash-memory-cost': badHash('memory cost', '메모리 비용'),
  'auth/invalid-hash-parallelization': badHash('parallelization', '병렬화 값'),
  'auth/invalid-hash-rounds': badHash('number of rounds', '라운드 수'),
  'auth/invalid-hash-salt-separator': badHash('salt separator', '솔트 구분자'),
  'auth/invalid-last-sign-in-time': badField('metadata.lastSignInTime', text('a valid UTC date string', '유효한 UTC 날짜 문자열'), IMPORT),
  'auth/invalid-name': entry(
    text('The resource name is not valid.', '리소스 이름이 유효하지 않습니다.'),
    text('A provider or tenant resource name has the wrong form.', '공급자나 테넌트의 리소스 이름 형식이 틀렸습니다.'),
    text('Use the IDs the console or the list methods return.', '콘솔이나 목록 메서드가 돌려준 ID를 쓰세요.'),
    [...PROVIDER_CONFIG, ...TENANTS],
  ),
  'auth/invalid-oauth-client-id': entry(
    text('The OAuth client ID is not valid (Admin SDK).', 'OAuth 클라이언트 ID가 유효하지 않습니다(Admin SDK).'),
    text('An OIDC provider configuration got an empty or unknown client ID.', 'OIDC 공급자 설정에 비었거나 알 수 없는 클라이언트 ID를 넣었습니다.'),
    text('Copy the client ID from the identity provider.', 'ID 공급자에서 클라이언트 ID를 복사해 넣으세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/invalid-page-token': entry(
    text('The page token for listing users is not valid.', '사용자 목록의 페이지 토큰이 유효하지 않습니다.'),
    text('`listUsers` got a token that did not come from its previous page.', '`listUsers`에 이전 페이지가 준 것이 아닌 토큰을 넘겼습니다.'),
    text('Pass `result.pageToken` of the previous call unchanged, or nothing for the first page.', '이전 호출의 `result.pageToken`을 그대로 넘기고, 첫 페이지에는 아무것도 넘기지 마세요.'),
    ['listUsers', 'listProviderConfigs', 'tenantManager().listTenants'],
  ),
  'auth/invalid-password': entry(
    text('The password is not valid for the Admin SDK (at least six characters).', 'Admin SDK에서 받을 수 없는 비밀번호입니다(최소 6자).'),
    text('`createUser` / `updateUser` got a password shorter than six characters. It is not a wrong-password error: the web SDK sends `auth/wrong-password` or `auth/invalid-credential` for that.', '`createUser`/`updateUser`에 6자보다 짧은 비밀번호를 넘겼습니다. 비밀번호가 틀렸다는 뜻이 아니며, 그 경우 웹 SDK는 `auth/wrong-password`나 `auth/invalid-credential`을 보냅니다.'),
    text('Check the length on the server and answer 400; in client sign-in code compare with the web SDK\'s codes.', '서버에서 길이를 검사해 400으로 답하세요. 클라이언트 로그인 코드에서는 웹 SDK의 코드와 비교하세요.'),
    USER_WRITES,
  ),
  'auth/invalid-password-hash': badField('passwordHash', text('a `Buffer` of the hashed password', '해시된 비밀번호의 `Buffer`'), IMPORT),
  'auth/invalid-password-salt': badField('passwordSalt', text('a `Buffer`', '`Buffer`'), IMPORT),
  'auth/invalid-phone-number': entry(
    text('The phone number is not valid (Admin SDK).', '전화번호가 유효하지 않습니다(Admin SDK).'),
    text('`phoneNumber` is empty or not in E.164 form.', '`phoneNumber`가 비었거나 E.164 형식이 아닙니다.'),
    text('Normalise to E.164 (`+8210…`) before the call.', '호출 전에 E.164 형식(`+8210…`)으로 바꾸세요.'),
    [...USER_WRITES, 'getUserByPhoneNumber'],
  ),
  'auth/invalid-photo-url': badField('photoURL', text('a valid URL', '유효한 URL')),
  'auth/invalid-project-id': entry(
    text('The parent project is not valid for multi-tenancy.', '상위 프로젝트가 멀티 테넌시에 맞지 않습니다.'),
    text('The project does not exist or has not enabled multi-tenancy in Identity Platform.', '프로젝트가 없거나 Identity Platform에서 멀티 테넌시를 켜지 않았습니다.'),
    text('Enable multi-tenancy for the project, or initialise the Admin SDK for the right project.', '프로젝트에 멀티 테넌시를 켜거나, Admin SDK를 올바른 프로젝트로 초기화하세요.'),
    TENANTS,
  ),
  'auth/invalid-provider-data': badField('providerData', text('an array of valid `UserInfo` objects', '유효한 `UserInfo` 객체의 배열'), IMPORT),
  'auth/invalid-provider-id': entry(
    text('The provider ID is not valid (Admin SDK).', '공급자 ID가 유효하지 않습니다(Admin SDK).'),
    text('A provider ID that is not supported, or an OIDC / SAML ID without its `oidc.` / `saml.` prefix.', '지원되지 않는 공급자 ID이거나 `oidc.`/`saml.` 접두사가 빠진 OIDC/SAML ID입니다.'),
    text('Use a supported ID such as `google.com`, or prefix custom providers correctly.', '`google.com` 같은 지원 ID를 쓰거나, 커스텀 공급자에 접두사를 제대로 붙이세요.'),
    [...PROVIDER_CONFIG, 'getUserByProviderUid', ...IMPORT],
  ),
  'auth/invalid-provider-uid': badField('providerUid', text('a non-empty string', '비어 있지 않은 문자열'), ['getUserByProviderUid', 'getUsers']),
  'auth/invalid-oauth-responsetype': entry(
    text('An OIDC configuration must enable exactly one response type.', 'OIDC 설정은 응답 유형을 정확히 하나만 켜야 합니다.'),
    text('`responseType` has both `code` and `idToken` set, or neither.', '`responseType`에서 `code`와 `idToken`을 둘 다 켰거나 둘 다 껐습니다.'),
    text('Set exactly one of `responseType.code` and `responseType.idToken` to `true`.', '`responseType.code`와 `responseType.idToken` 가운데 하나만 `true`로 두세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/invalid-session-cookie-duration': entry(
    text('The session cookie duration is out of range.', '세션 쿠키 유효 기간이 허용 범위를 벗어났습니다.'),
    text('`expiresIn` must be between five minutes and two weeks, in milliseconds.', '`expiresIn`은 밀리초 단위로 5분에서 2주 사이여야 합니다.'),
    text('Pass milliseconds (`60 * 60 * 24 * 5 * 1000` for five days), not seconds.', '초가 아니라 밀리초로 넘기세요(5일이면 `60 * 60 * 24 * 5 * 1000`).'),
    ['createSessionCookie'],
  ),
  'auth/invalid-tenant-id': entry(
    text('The tenant ID is not valid (Admin SDK).', '테넌트 ID가 유효하지 않습니다(Admin SDK).'),
    text('An empty or malformed tenant ID was passed to the tenant manager.', '테넌트 관리자에 비었거나 형식이 틀린 테넌트 ID를 넘겼습니다.'),
    text('Use the tenant IDs that `listTenants` returns.', '`listTenants`가 돌려준 테넌트 ID를 쓰세요.'),
    TENANTS,
  ),
  'auth/invalid-tenant-type': entry(
    text('The tenant type must be `full_service` or `lightweight`.', '테넌트 유형은 `full_service`나 `lightweight`여야 합니다.'),
    text('Another value was given as the tenant type.', '다른 값을 테넌트 유형으로 넘겼습니다.'),
    text('Pass one of the two supported values.', '지원되는 두 값 중 하나를 넘기세요.'),
    TENANTS,
  ),
  'auth/invalid-testing-phone-number': entry(
    text('A test phone number or its code is not valid.', '테스트 전화번호나 그 코드가 유효하지 않습니다.'),
    text('The `testPhoneNumbers` of a tenant or project config has a malformed number or a code that is not six digits.', '테넌트나 프로젝트 설정의 `testPhoneNumbers`에 형식이 틀린 번호나 6자리가 아닌 코드가 있습니다.'),
    text('Use E.164 numbers and six-digit codes.', 'E.164 형식의 번호와 6자리 코드를 쓰세요.'),
    [...TENANTS, 'projectConfigManager().updateProjectConfig'],
  ),
  'auth/invalid-uid': badField('uid', text('a non-empty string of at most 128 characters', '최대 128자의 비어 있지 않은 문자열'), [...USER_WRITES, 'getUser', 'deleteUser', 'createCustomToken', ...IMPORT]),
  'auth/invalid-user-import': entry(
    text('A user record to import is not valid.', '가져올 사용자 레코드가 유효하지 않습니다.'),
    text('One of the records passed to `importUsers` breaks a field rule.', '`importUsers`에 넘긴 레코드 중 하나가 필드 규칙을 어깁니다.'),
    text('Read `result.errors` for the index and reason of each rejected record.', '`result.errors`에서 거부된 레코드마다 위치와 이유를 확인하세요.'),
    IMPORT,
  ),
  'auth/invalid-tokens-valid-after-time': badField('tokensValidAfterTime', text('a UTC time in seconds', '초 단위 UTC 시각'), IMPORT),
  'auth/mismatching-tenant-id': entry(
    text('The user\'s tenant does not match the tenant-aware Auth instance.', '사용자의 테넌트가 테넌트별 Auth 인스턴스와 맞지 않습니다.'),
    text('A token or user of one tenant was handled with `authForTenant` of another.', '한 테넌트의 토큰이나 사용자를 다른 테넌트의 `authForTenant`로 다뤘습니다.'),
    text('Pick the tenant from the token (`decoded.firebase.tenant`) before choosing the Auth instance.', '토큰의 테넌트(`decoded.firebase.tenant`)를 먼저 확인하고 그에 맞는 Auth 인스턴스를 고르세요.'),
    [...TOKENS, ...COOKIES, ...IMPORT],
  ),
  'auth/missing-android-package-name': entry(
    text('An Android package name is required when the app should be installed (Admin SDK).', '앱 설치를 요청하려면 Android 패키지 이름이 필요합니다(Admin SDK).'),
    text('`ActionCodeSettings.android.installApp` without `packageName`.', '`packageName` 없이 `ActionCodeSettings.android.installApp`을 켰습니다.'),
    text('Add `android.packageName`, or drop `installApp`.', '`android.packageName`을 넣거나 `installApp`을 빼세요.'),
    LINKS,
  ),
  'auth/missing-config': entry(
    text('The configuration lacks required fields.', '설정에 필요한 필드가 빠졌습니다.'),
    text('A provider configuration without its mandatory values.', '공급자 설정에 필수 값이 없습니다.'),
    text('Fill in every required field of the provider type.', '공급자 유형의 필수 필드를 모두 채우세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/missing-continue-uri': entry(
    text('A continue URL is required (Admin SDK).', 'continue URL이 필요합니다(Admin SDK).'),
    text('`ActionCodeSettings` was passed without `url`.', '`url` 없이 `ActionCodeSettings`를 넘겼습니다.'),
    text('Set `url` to the page the user lands on.', '사용자가 도착할 페이지를 `url`로 지정하세요.'),
    LINKS,
  ),
  'auth/missing-display-name': entry(
    text('The resource needs a display name.', '이 리소스에는 표시 이름이 필요합니다.'),
    text('A provider or tenant was created without `displayName`.', '`displayName` 없이 공급자나 테넌트를 만들었습니다.'),
    text('Pass a `displayName`.', '`displayName`을 넘기세요.'),
    [...PROVIDER_CONFIG, ...TENANTS],
  ),
  'auth/missing-email': entry(
    text('The action needs the user\'s email.', '이 작업에는 사용자의 이메일이 필요합니다.'),
    text('For example a user without an email cannot enroll a second factor or get an email link.', '예를 들어 이메일이 없는 사용자는 2단계 수단을 등록하거나 이메일 링크를 받을 수 없습니다.'),
    text('Set an email on the user first.', '먼저 사용자에게 이메일을 설정하세요.'),
    [...USER_WRITES, ...LINKS],
  ),
  'auth/missing-ios-bundle-id': entry(
    text('An iOS bundle ID is required (Admin SDK).', 'iOS 번들 ID가 필요합니다(Admin SDK).'),
    text('`ActionCodeSettings.iOS` without `bundleId`.', '`bundleId` 없이 `ActionCodeSettings.iOS`를 설정했습니다.'),
    text('Add `iOS.bundleId`, or drop the `iOS` settings.', '`iOS.bundleId`를 넣거나 `iOS` 설정을 빼세요.'),
    LINKS,
  ),
  'auth/missing-issuer': entry(
    text('The OIDC configuration lacks an issuer.', 'OIDC 설정에 발급자(issuer)가 없습니다.'),
    text('`issuer` is empty.', '`issuer`가 비어 있습니다.'),
    text('Set `issuer` to the identity provider\'s issuer URL.', '`issuer`를 ID 공급자의 발급자 URL로 설정하세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/missing-hash-algorithm': entry(
    text('Importing password hashes needs the hash algorithm.', '비밀번호 해시를 가져오려면 해시 알고리즘이 필요합니다.'),
    text('`importUsers` got users with `passwordHash` but no `hash` option.', '`importUsers`에 `passwordHash`가 있는 사용자를 넘겼지만 `hash` 옵션이 없습니다.'),
    text('Pass `{ hash: { algorithm, … } }` as the second argument.', '두 번째 인자로 `{ hash: { algorithm, … } }`을 넘기세요.'),
    IMPORT,
  ),
  'auth/missing-oauth-client-id': entry(
    text('The OIDC configuration lacks a client ID.', 'OIDC 설정에 클라이언트 ID가 없습니다.'),
    text('`clientId` is empty.', '`clientId`가 비어 있습니다.'),
    text('Set `clientId` from the identity provider.', 'ID 공급자에서 받은 값으로 `clientId`를 설정하세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/missing-oauth-client-secret': entry(
    text('The OIDC code flow needs a client secret.', 'OIDC 코드 흐름에는 클라이언트 시크릿이 필요합니다.'),
    text('`responseType.code` is on without `clientSecret`.', '`clientSecret` 없이 `responseType.code`를 켰습니다.'),
    text('Add `clientSecret`, or use the ID token flow.', '`clientSecret`을 넣거나 ID 토큰 흐름을 쓰세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/missing-provider-id': entry(
    text('A provider ID is required.', '공급자 ID가 필요합니다.'),
    text('A provider call or a `providerData` entry without `providerId`.', '공급자 호출이나 `providerData` 항목에 `providerId`가 없습니다.'),
    text('Pass the provider ID (`google.com`, `oidc.…`).', '공급자 ID(`google.com`, `oidc.…`)를 넘기세요.'),
    [...PROVIDER_CONFIG, ...IMPORT],
  ),
  'auth/missing-saml-relying-party-config': entry(
    text('The SAML configuration lacks the relying party settings.', 'SAML 설정에 신뢰 당사자(relying party) 설정이 없습니다.'),
    text('`rpEntityId` or `callbackURL` is missing.', '`rpEntityId`나 `callbackURL`이 빠졌습니다.'),
    text('Provide both, as registered at the SAML identity provider.', 'SAML ID 공급자에 등록한 대로 두 값을 모두 넣으세요.'),
    PROVIDER_CONFIG,
  ),
  'auth/test-phone-number-limit-exceeded': entry(
    text('Too many test phone numbers are configured.', '테스트 전화번호가 너무 많이 설정되었습니다.'),
    text('The list of test number / code pairs exceeds the limit.', '테스트 번호·코드 쌍 목록이 한도를 넘었습니다.'),
    text('Remove test numbers you no longer need.', '더는 필요 없는 테스트 번호를 지우세요.'),
    [...TENANTS, 'projectConfigManager().updateProjectConfig'],
  ),
  'auth/maximum-user-count-exceeded': entry(
    text('Too many users in one import.', '한 번에 가져오는 사용자가 너무 많습니다.'),
    text('`importUsers` accepts at most 1000 users per call.', '`importUsers`는 한 번에 최대 1000명만 받습니다.'),
    text('Split the import into batches of 1000.', '1000명씩 나눠 가져오세요.'),
    IMPORT,
  ),
  'auth/missing-uid': entry(
    text('A uid is required.', 'uid가 필요합니다.'),
    text('An import record or a call that needs a uid got none.', 'uid가 필요한 가져오기 레코드나 호출에 uid가 없습니다.'),
    text('Give every imported user a `uid`.', '가져오는 사용자마다 `uid`를 넣으세요.'),
    IMPORT,
  ),
  'auth/operation-not-allowed': entry(
    text('The sign-in provider is disabled for the project (Admin SDK).', '이 로그인 공급자가 프로젝트에서 꺼져 있습니다(Admin SDK).'),
    text('For example an email link generated while the email link provider is off.', '예를 들어 이메일 링크 공급자가 꺼진 상태에서 이메일 링크를 만들었습니다.'),
    text('Enable the provider under Authentication › Sign-in method.', '인증 › 로그인 방법에서 그 공급자를 켜세요.'),
  ),
  'auth/password-does-not-meet-requirements': entry(
    text('The password does not meet the project\'s password policy (Admin SDK).', '비밀번호가 프로젝트의 비밀번호 정책을 충족하지 않습니다(Admin SDK).'),
    text('The policy set in the console also applies to `createUser` and `updateUser`.', '콘솔에서 정한 정책은 `createUser`와 `updateUser`에도 적용됩니다.'),
    text('Check the policy before the call and answer 400 with the unmet rules.', '호출 전에 정책을 확인하고, 충족하지 못한 규칙을 담아 400으로 답하세요.'),
    USER_WRITES,
  ),
  'auth/phone-number-already-exists': entry(
    text('Another user already has this phone number.', '다른 사용자가 이미 이 전화번호를 씁니다.'),
    text('`createUser` / `updateUser` with a phone number in use.', '사용 중인 전화번호로 `createUser`/`updateUser`를 호출했습니다.'),
    text('Answer 409, or look the user up with `getUserByPhoneNumber`.', '409로 답하거나 `getUserByPhoneNumber`로 그 사용자를 찾으세요.'),
    USER_WRITES,
  ),
  'auth/project-not-found': entry(
    text('No Firebase project matches the credential.', '자격 증명에 맞는 Firebase 프로젝트가 없습니다.'),
    text('The service account belongs to a deleted project, or `projectId` is wrong.', '서비스 계정이 삭제된 프로젝트의 것이거나 `projectId`가 틀렸습니다.'),
    text('Initialise the Admin SDK with a key of the live project.', '살아 있는 프로젝트의 키로 Admin SDK를 초기화하세요.'),
  ),
  'auth/insufficient-permission': entry(
    text('The Admin credential lacks the permission for this call.', 'Admin 자격 증명에 이 호출을 할 권한이 없습니다.'),
    text('The service account has no Firebase Authentication Admin role (or equivalent IAM permission).', '서비스 계정에 Firebase Authentication 관리자 역할(또는 같은 IAM 권한)이 없습니다.'),
    text('Grant the role in the Google Cloud IAM console, or use the project\'s default Admin service account.', 'Google Cloud IAM 콘솔에서 역할을 부여하거나 프로젝트의 기본 Admin 서비스 계정을 쓰세요.'),
  ),
  'auth/quota-exceeded': entry(
    text('The project\'s quota for this operation is used up (Admin SDK).', '이 작업에 대한 프로젝트 할당량을 다 썼습니다(Admin SDK).'),
    text('Too many calls in a short time, for example bulk user creation or link generation.', '짧은 시간에 호출이 너무 많았습니다. 사용자 대량 생성이나 링크 생성 등입니다.'),
    text('Retry with exponential backoff and batch bulk work.', '지수적으로 간격을 늘려 다시 시도하고, 대량 작업은 묶어서 처리하세요.'),
  ),
  'auth/second-factor-limit-exceeded': entry(
    text('The user has too many second factors (Admin SDK).', '사용자의 2단계 인증 수단이 너무 많습니다(Admin SDK).'),
    text('`updateUser` or `importUsers` would give the user more factors than allowed.', '`updateUser`나 `importUsers`로 허용된 수보다 많은 수단을 주려 했습니다.'),
    text('Remove a factor before adding one.', '새 수단을 추가하기 전에 하나를 지우세요.'),
    [...USER_WRITES, ...IMPORT],
  ),
  'auth/second-factor-uid-already-exists': entry(
    text('The second factor\'s uid is already in use.', '2단계 인증 수단의 uid가 이미 쓰이고 있습니다.'),
    text('Two enrolled factors were given the same `uid`.', '등록한 두 수단에 같은 `uid`를 주었습니다.'),
    text('Give each factor its own uid, or leave it out so one is generated.', '수단마다 다른 uid를 주거나, 생략해 자동으로 만들게 하세요.'),
    [...USER_WRITES, ...IMPORT],
  ),
  'auth/session-cookie-expired': entry(
    text('The session cookie has expired.', '세션 쿠키가 만료되었습니다.'),
    text('The cookie outlived the `expiresIn` it was created with.', '쿠키가 만들 때 정한 `expiresIn`보다 오래되었습니다.'),
    text('Clear the cookie and redirect to sign-in.', '쿠키를 지우고 로그인 페이지로 보내세요.'),
    ['verifySessionCookie'],
  ),
  'auth/session-cookie-revoked': entry(
    text('The session cookie was revoked.', '세션 쿠키가 폐기되었습니다.'),
    text('`revokeRefreshTokens` ran and `verifySessionCookie(cookie, true)` checks revocation.', '`revokeRefreshTokens`가 실행되었고 `verifySessionCookie(cookie, true)`가 폐기 여부를 검사했습니다.'),
    text('Clear the cookie and make the user sign in again.', '쿠키를 지우고 다시 로그인하게 하세요.'),
    ['verifySessionCookie'],
  ),
  'auth/tenant-not-found': entry(
    text('No tenant has this ID.', '이 ID의 테넌트가 없습니다.'),
    text('The tenant was deleted or the ID is mistyped.', '테넌트가 삭제되었거나 ID에 오타가 있습니다.'),
    text('Check the ID against `listTenants`.', '`listTenants`와 대조해 ID를 확인하세요.'),
    TENANTS,
  ),
  'auth/uid-already-exists': entry(
    text('Another user already has this uid.', '다른 사용자가 이미 이 uid를 씁니다.'),
    text('`createUser` with an explicit `uid` that is taken.', '이미 쓰이는 `uid`를 지정해 `createUser`를 호출했습니다.'),
    text('Choose another uid or update the existing user.', '다른 uid를 쓰거나 기존 사용자를 수정하세요.'),
    ['createUser'],
  ),
  'auth/unauthorized-continue-uri': entry(
    text('The continue URL\'s domain is not authorized (Admin SDK).', 'continue URL의 도메인이 승인되어 있지 않습니다(Admin SDK).'),
    text('`ActionCodeSettings.url` points at a domain missing from the authorized domains.', '`ActionCodeSettings.url`이 승인된 도메인에 없는 도메인을 가리킵니다.'),
    text('Add the domain under Authentication › Settings › Authorized domains.', '인증 › 설정 › 승인된 도메인에 그 도메인을 추가하세요.'),
    LINKS,
  ),
  'auth/unsupported-first-factor': entry(
    text('A multi-factor user needs a supported first factor (Admin SDK).', '다중 인증 사용자에게는 지원되는 첫 단계 인증이 필요합니다(Admin SDK).'),
    text('Second factors were set on a user without email / password or another supported first factor.', '이메일·비밀번호 같은 지원되는 첫 단계 인증이 없는 사용자에게 2단계 수단을 설정했습니다.'),
    text('Give the user a supported first factor first.', '먼저 사용자에게 지원되는 첫 단계 인증을 설정하세요.'),
    [...USER_WRITES, ...IMPORT],
  ),
  'auth/unsupported-second-factor': entry(
    text('This type of second factor is not supported.', '이 종류의 2단계 인증 수단은 지원되지 않습니다.'),
    text('A `factorId` other than the supported ones (`phone`, `totp`).', '지원되는 값(`phone`, `totp`)이 아닌 `factorId`를 넘겼습니다.'),
    text('Use a supported `factorId`.', '지원되는 `factorId`를 쓰세요.'),
    [...USER_WRITES, ...IMPORT],
  ),
  'auth/unsupported-tenant-operation': entry(
    text('The operation is not supported for a tenant (Admin SDK).', '이 작업은 테넌트에서 지원되지 않습니다(Admin SDK).'),
    text('A project-level call was made through `authForTenant`.', '프로젝트 수준의 호출을 `authForTenant`로 했습니다.'),
    text('Run it on `getAuth()` instead of the tenant-aware instance.', '테넌트별 인스턴스 대신 `getAuth()`에서 실행하세요.'),
  ),
  'auth/unverified-email': entry(
    text('The action needs a verified email (Admin SDK).', '이 작업에는 인증된 이메일이 필요합니다(Admin SDK).'),
    text('Typically enrolling a second factor for a user whose email is not verified.', '대개 이메일이 인증되지 않은 사용자에게 2단계 수단을 등록하려 한 경우입니다.'),
    text('Verify the email first (or set `emailVerified` when you trust it).', '먼저 이메일을 인증하세요(믿을 수 있는 주소라면 `emailVerified`를 설정하세요).'),
    USER_WRITES,
  ),
  'auth/user-not-found': entry(
    text('No user matches the identifier (Admin SDK).', '식별자에 맞는 사용자가 없습니다(Admin SDK).'),
    text('`getUser`, `getUserByEmail`, `updateUser` or `deleteUser` with a uid, email or phone that has no account.', '계정이 없는 uid·이메일·전화번호로 `getUser`, `getUserByEmail`, `updateUser`, `deleteUser`를 호출했습니다.'),
    text('Answer 404 (or create the user); do not leak to anonymous callers which emails exist.', '404로 답하거나 사용자를 만드세요. 익명 호출자에게 어떤 이메일이 있는지 알려 주지 마세요.'),
    ['getUser', 'getUserByEmail', 'getUserByPhoneNumber', 'getUserByProviderUid', 'updateUser', 'deleteUser', 'setCustomUserClaims', 'revokeRefreshTokens', ...LINKS],
  ),
  'auth/not-found': entry(
    text('The requested resource was not found.', '요청한 리소스를 찾지 못했습니다.'),
    text('A configuration or other resource the call refers to does not exist.', '호출이 가리키는 설정이나 리소스가 없습니다.'),
    text('Check the identifier, and create the resource if it should exist.', '식별자를 확인하고, 있어야 하는 리소스라면 만드세요.'),
  ),
  'auth/user-disabled': entry(
    text('The user account is disabled (Admin SDK).', '사용자 계정이 비활성화되어 있습니다(Admin SDK).'),
    text('`verifyIdToken` / `verifySessionCookie` with `checkRevoked` for a disabled user.', '비활성화된 사용자에 대해 `checkRevoked`를 켠 `verifyIdToken`/`verifySessionCookie`를 호출했습니다.'),
    text('Answer 403 and end the session.', '403으로 답하고 세션을 끝내세요.'),
    [...TOKENS, ...COOKIES],
  ),
  'auth/user-not-disabled': entry(
    text('Only disabled users can be deleted in bulk without `force`.', '`force` 없이 일괄 삭제할 수 있는 것은 비활성화된 사용자뿐입니다.'),
    text('A bulk delete met an enabled user.', '일괄 삭제 중에 활성 상태의 사용자가 있었습니다.'),
    text('Disable the users first, or pass `force: true`.', '먼저 사용자를 비활성화하거나 `force: true`를 넘기세요.'),
    ['deleteUsers'],
  ),
  'auth/invalid-recaptcha-action': entry(
    text('The reCAPTCHA action must be `BLOCK` (Admin SDK).', 'reCAPTCHA action은 `BLOCK`이어야 합니다(Admin SDK).'),
    text('A reCAPTCHA config rule uses another action.', 'reCAPTCHA 설정 규칙에 다른 action을 썼습니다.'),
    text('Set the rule\'s action to `BLOCK`.', '규칙의 action을 `BLOCK`으로 두세요.'),
    ['projectConfigManager().updateProjectConfig', 'tenantManager().updateTenant'],
  ),
  'auth/invalid-recaptcha-enforcement-state': entry(
    text('The reCAPTCHA enforcement state is not valid.', 'reCAPTCHA 적용 상태 값이 유효하지 않습니다.'),
    text('It must be `OFF`, `AUDIT` or `ENFORCE`.', '`OFF`, `AUDIT`, `ENFORCE` 중 하나여야 합니다.'),
    text('Pass one of the three values.', '세 값 중 하나를 넘기세요.'),
    ['projectConfigManager().updateProjectConfig', 'tenantManager().updateTenant'],
  ),
  'auth/recaptcha-not-enabled': entry(
    text('reCAPTCHA Enterprise is not enabled (Admin SDK).', 'reCAPTCHA Enterprise가 켜져 있지 않습니다(Admin SDK).'),
    text('A reCAPTCHA configuration was set on a project without reCAPTCHA Enterprise.', 'reCAPTCHA Enterprise가 없는 프로젝트에 reCAPTCHA 설정을 넣었습니다.'),
    text('Enable the reCAPTCHA Enterprise API for the project first.', '먼저 프로젝트에 reCAPTCHA Enterprise API를 켜세요.'),
    ['projectConfigManager().updateProjectConfig', 'tenantManager().updateTenant'],
  ),
} satisfies Record<FirebaseAdminAuthErrorCode, EntryData>;

const WEB_CODES: ReadonlySet<string> = new Set(FIREBASE_AUTH_ERROR_CODES);

export const firebaseAdminAuthFamily: FamilyDefinition = defineFamily(
  {
    id: 'firebase-admin-auth',
    title: { en: 'Firebase Admin SDK auth error codes', ko: 'Firebase Admin SDK 인증 오류 코드' },
    description: {
      en: 'The `code` of the `FirebaseAuthError` that `firebase-admin/auth` throws on the server: `auth/` and a kebab-case name. Codes the web SDK never raises are marked server-only: client code that waits for them waits in vain. Checked only in files that show Firebase.',
      ko: '서버에서 `firebase-admin/auth`가 던지는 `FirebaseAuthError`의 `code`로, `auth/` 뒤에 케밥 표기 이름이 붙습니다. 웹 SDK가 보내지 않는 코드는 서버 전용으로 표시하며, 클라이언트 코드에서 이를 기다려도 오지 않습니다. Firebase를 쓰는 흔적이 있는 파일에서만 검사합니다.',
    },
    discriminantHints: ['code'],
    // The Admin SDK turns every server error it does not map into `auth/internal-error`.
    closed: true,
    constantObject: 'AuthErrorCode',
    evidence: {
      discriminants: [],
      markers: [/\bFirebaseAuthError\b/, FIREBASE_AUTH_PREFIX],
      modules: ['firebase-admin'],
    },
  },
  FIREBASE_ADMIN_AUTH_ERROR_CODES,
  Object.fromEntries(
    FIREBASE_ADMIN_AUTH_ERROR_CODES.map((code): [FirebaseAdminAuthErrorCode, EntryData] => {
      const data: EntryData = { ...entries[code], constants: [firebaseAdminConstant(code)] };
      return [code, WEB_CODES.has(code) ? data : { ...data, serverOnly: true }];
    }),
  ) as Record<FirebaseAdminAuthErrorCode, EntryData>,
  { docsUrl: () => FIREBASE_ADMIN_AUTH_ERRORS_URL },
);
