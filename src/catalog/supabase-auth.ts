import { defineFamily, type EntryData } from './define';
import type { FamilyDefinition } from './types';

/**
 * The `code` of a Supabase Auth error (`AuthError.code` in `@supabase/auth-js`, re-exported by
 * `@supabase/supabase-js`): the members of the package's `ErrorCode` union (`lib/error-codes.d.ts`), in its order.
 * The server sends them; auth-js copies the response's `code` (or, for older servers, `error_code`) onto the error.
 */
export const SUPABASE_AUTH_SERVER_CODES = [
  'unexpected_failure',
  'validation_failed',
  'bad_json',
  'email_exists',
  'phone_exists',
  'bad_jwt',
  'not_admin',
  'no_authorization',
  'user_not_found',
  'session_not_found',
  'session_expired',
  'refresh_token_not_found',
  'refresh_token_already_used',
  'flow_state_not_found',
  'flow_state_expired',
  'signup_disabled',
  'user_banned',
  'provider_email_needs_verification',
  'invite_not_found',
  'bad_oauth_state',
  'bad_oauth_callback',
  'oauth_provider_not_supported',
  'unexpected_audience',
  'single_identity_not_deletable',
  'email_conflict_identity_not_deletable',
  'identity_already_exists',
  'email_provider_disabled',
  'phone_provider_disabled',
  'too_many_enrolled_mfa_factors',
  'mfa_factor_name_conflict',
  'mfa_factor_not_found',
  'mfa_ip_address_mismatch',
  'mfa_challenge_expired',
  'webauthn_challenge_expired',
  'mfa_verification_failed',
  'mfa_verification_rejected',
  'insufficient_aal',
  'captcha_failed',
  'saml_provider_disabled',
  'manual_linking_disabled',
  'sms_send_failed',
  'email_not_confirmed',
  'phone_not_confirmed',
  'reauth_nonce_missing',
  'saml_relay_state_not_found',
  'saml_relay_state_expired',
  'saml_idp_not_found',
  'saml_assertion_no_user_id',
  'saml_assertion_no_email',
  'user_already_exists',
  'sso_provider_not_found',
  'saml_metadata_fetch_failed',
  'saml_idp_already_exists',
  'sso_domain_already_exists',
  'saml_entity_id_mismatch',
  'conflict',
  'provider_disabled',
  'user_sso_managed',
  'reauthentication_needed',
  'same_password',
  'reauthentication_not_valid',
  'otp_expired',
  'otp_disabled',
  'identity_not_found',
  'weak_password',
  'over_request_rate_limit',
  'over_email_send_rate_limit',
  'over_sms_send_rate_limit',
  'bad_code_verifier',
  'anonymous_provider_disabled',
  'hook_timeout',
  'hook_timeout_after_retry',
  'hook_payload_over_size_limit',
  'hook_payload_invalid_content_type',
  'request_timeout',
  'mfa_phone_enroll_not_enabled',
  'mfa_phone_verify_not_enabled',
  'mfa_totp_enroll_not_enabled',
  'mfa_totp_verify_not_enabled',
  'mfa_webauthn_enroll_not_enabled',
  'mfa_webauthn_verify_not_enabled',
  'mfa_recovery_codes_enroll_not_enabled',
  'mfa_recovery_codes_verify_not_enabled',
  'mfa_recovery_codes_locked',
  'mfa_recovery_codes_sole_factor',
  'mfa_verified_factor_exists',
  'invalid_credentials',
  'email_address_not_authorized',
  'email_address_invalid',
] as const;

/**
 * Codes auth-js sets itself, on error classes it raises without asking the server (`lib/errors.js`): they are not
 * members of `ErrorCode`, yet `error.code` holds them.
 */
export const SUPABASE_AUTH_SDK_CODES = ['pkce_code_verifier_not_found', 'invalid_jwt'] as const;

/**
 * Values that look like Supabase codes but never reach `error.code`: the OAuth `error` field of older Auth servers
 * (`invalid_grant`), which auth-js never copies onto `code`.
 */
export const SUPABASE_AUTH_DOCUMENTED_ONLY = ['invalid_grant'] as const;

export const SUPABASE_AUTH_ERROR_CODES = [
  ...SUPABASE_AUTH_SERVER_CODES,
  ...SUPABASE_AUTH_SDK_CODES,
  ...SUPABASE_AUTH_DOCUMENTED_ONLY,
] as const;

export type SupabaseAuthErrorCode = (typeof SUPABASE_AUTH_ERROR_CODES)[number];

/** The guide that lists every Auth server code. */
export const SUPABASE_AUTH_ERROR_CODES_URL = 'https://supabase.com/docs/guides/auth/debugging/error-codes';

const SIGN_IN = ['signInWithPassword'];
const SIGN_UP = ['signUp'];
const VERIFY = ['verifyOtp'];
const MFA_VERIFY = ['mfa.verify', 'mfa.challengeAndVerify'];
const LINK = ['linkIdentity'];
const UNLINK = ['unlinkIdentity'];
const SSO = ['signInWithSSO'];
const UPDATE_USER = ['updateUser'];

const entries = {
  unexpected_failure: {
    summary: { en: 'The Auth server failed for a reason it does not name.', ko: 'Auth 서버가 구체적인 이유 없이 요청 처리에 실패했습니다.' },
    cause: { en: 'A degraded Auth service or a bug on the server side, not something the request did wrong.', ko: 'Auth 서비스가 불안정하거나 서버 쪽 버그가 있는 경우로, 요청 자체의 잘못은 아닙니다.' },
    fix: { en: 'Show a generic "try again later" message, retry once after a pause, and check the project\'s Auth logs.', ko: '"잠시 후 다시 시도하라"는 일반 안내를 보여 주고, 잠시 뒤 한 번 재시도한 다음 프로젝트의 Auth 로그를 확인하세요.' },
  },
  validation_failed: {
    generic: true,
    summary: { en: 'A parameter of the request is not in the expected format.', ko: '요청의 매개변수 형식이 서버가 기대하는 것과 다릅니다.' },
    cause: { en: 'A malformed email address or phone number, a missing field, or a value of the wrong type reached the Auth API.', ko: '형식이 잘못된 이메일이나 전화번호, 빠진 필드, 타입이 다른 값이 Auth API에 전달되었습니다.' },
    fix: { en: 'Validate the form before calling Supabase and point the user at the field that is wrong.', ko: 'Supabase를 호출하기 전에 폼을 검사하고, 잘못된 입력란을 사용자에게 짚어 주세요.' },
  },
  bad_json: {
    summary: { en: 'The body of the request is not valid JSON.', ko: '요청 본문이 올바른 JSON이 아닙니다.' },
    cause: { en: 'Code that calls the Auth REST API directly sent a broken or empty body; the client library never does.', ko: 'Auth REST API를 직접 호출하는 코드가 깨졌거나 빈 본문을 보냈습니다. 클라이언트 라이브러리는 이런 요청을 만들지 않습니다.' },
    fix: { en: 'Build the body with `JSON.stringify` and send `Content-Type: application/json`, or use the client library.', ko: '본문을 `JSON.stringify`로 만들고 `Content-Type: application/json`을 보내거나, 클라이언트 라이브러리를 쓰세요.' },
  },
  email_exists: {
    summary: { en: 'The email address already belongs to another user.', ko: '이 이메일 주소는 이미 다른 사용자가 쓰고 있습니다.' },
    cause: { en: 'Sign-up or `updateUser` with an address that is already registered.', ko: '이미 등록된 주소로 가입하거나 `updateUser`를 호출했습니다.' },
    fix: { en: 'Offer to sign in or reset the password instead of creating the account again.', ko: '계정을 다시 만들게 하지 말고 로그인이나 비밀번호 재설정을 안내하세요.' },
    raisedBy: [...SIGN_UP, ...UPDATE_USER],
  },
  phone_exists: {
    summary: { en: 'The phone number already belongs to another user.', ko: '이 전화번호는 이미 다른 사용자가 쓰고 있습니다.' },
    cause: { en: 'Sign-up or `updateUser` with a phone number that is already registered.', ko: '이미 등록된 전화번호로 가입하거나 `updateUser`를 호출했습니다.' },
    fix: { en: 'Ask the user to sign in with that number, or to use another one.', ko: '그 번호로 로그인하거나 다른 번호를 쓰도록 안내하세요.' },
    raisedBy: [...SIGN_UP, ...UPDATE_USER],
  },
  bad_jwt: {
    summary: { en: 'The JWT in the `Authorization` header is not valid.', ko: '`Authorization` 헤더의 JWT가 유효하지 않습니다.' },
    cause: { en: 'The access token is malformed, signed with another key, or was cut or altered before it reached the server.', ko: '액세스 토큰 형식이 깨졌거나, 다른 키로 서명되었거나, 서버에 닿기 전에 잘리거나 바뀌었습니다.' },
    fix: { en: 'Sign the user out locally and ask them to sign in again; check that your code forwards the token unchanged.', ko: '로컬에서 로그아웃시키고 다시 로그인하게 하세요. 코드가 토큰을 그대로 전달하는지도 확인하세요.' },
  },
  not_admin: {
    summary: { en: 'The caller is not an admin of the Auth server.', ko: '호출한 쪽이 Auth 서버의 관리자가 아닙니다.' },
    cause: { en: 'An `auth.admin` method was called with a user\'s token or the anon key instead of the service role key.', ko: '`auth.admin` 메서드를 서비스 역할 키가 아니라 사용자 토큰이나 anon 키로 호출했습니다.' },
    fix: { en: 'Call the admin API only on the server, with a client created from the service role key.', ko: '관리자 API는 서버에서만, 서비스 역할 키로 만든 클라이언트로 호출하세요.' },
  },
  no_authorization: {
    summary: { en: 'The request needs an `Authorization` header and has none.', ko: '`Authorization` 헤더가 필요한 요청인데 헤더가 없습니다.' },
    cause: { en: 'A call that acts on the signed-in user ran without a session, or a direct REST call left the header out.', ko: '로그인한 사용자에 대한 호출을 세션 없이 실행했거나, REST API를 직접 호출하면서 헤더를 빠뜨렸습니다.' },
    fix: { en: 'Check for a session before the call and send the user to sign in when there is none.', ko: '호출 전에 세션이 있는지 확인하고, 없으면 로그인 화면으로 보내세요.' },
  },
  user_not_found: {
    summary: { en: 'The user the request is about no longer exists.', ko: '요청 대상 사용자가 더 이상 존재하지 않습니다.' },
    cause: { en: 'The user was deleted while a session or link for them was still in use; password sign-in does not use this code (it answers `invalid_credentials`).', ko: '사용자가 삭제된 뒤에도 그 사용자의 세션이나 링크가 쓰였습니다. 비밀번호 로그인은 이 코드 대신 `invalid_credentials`를 보냅니다.' },
    fix: { en: 'Clear the local session and send the user to sign up or sign in again.', ko: '로컬 세션을 지우고 다시 가입하거나 로그인하도록 안내하세요.' },
  },
  session_not_found: {
    emitted: false,
    summary: { en: 'The session of the token no longer exists on the server.', ko: '토큰이 가리키는 세션이 서버에 더 이상 없습니다.' },
    cause: { en: 'The user signed out elsewhere or the session was revoked; auth-js turns this response into an `AuthSessionMissingError` whose `code` is undefined, so `error.code` never holds it.', ko: '다른 곳에서 로그아웃했거나 세션이 폐기되었습니다. auth-js는 이 응답을 `code`가 없는 `AuthSessionMissingError`로 바꾸므로 `error.code`에는 이 값이 들어오지 않습니다.' },
    fix: { en: 'Test `isAuthSessionMissingError(error)` instead of the code, and send the user to sign in.', ko: '코드 대신 `isAuthSessionMissingError(error)`로 확인하고 사용자를 로그인 화면으로 보내세요.' },
  },
  session_expired: {
    summary: { en: 'The session has expired.', ko: '세션이 만료되었습니다.' },
    cause: { en: 'The project\'s inactivity timeout or maximum session length (time-box) has passed.', ko: '프로젝트에 설정한 비활성 제한 시간이나 최대 세션 길이가 지났습니다.' },
    fix: { en: 'Ask the user to sign in again; lengthen the session settings if they are too strict.', ko: '다시 로그인하도록 안내하고, 세션 설정이 너무 짧다면 늘리세요.' },
  },
  refresh_token_not_found: {
    summary: { en: 'The refresh token does not belong to any session.', ko: '리프레시 토큰에 해당하는 세션이 없습니다.' },
    cause: { en: 'The session was signed out or deleted, or the stored refresh token is stale or from another project.', ko: '세션이 로그아웃되었거나 삭제되었고, 또는 저장된 리프레시 토큰이 오래되었거나 다른 프로젝트의 것입니다.' },
    fix: { en: 'Drop the stored session and ask the user to sign in again.', ko: '저장된 세션을 버리고 다시 로그인하도록 안내하세요.' },
    raisedBy: ['refreshSession', 'setSession'],
  },
  refresh_token_already_used: {
    summary: { en: 'The refresh token was already used and then revoked.', ko: '이미 사용된 뒤 폐기된 리프레시 토큰입니다.' },
    cause: { en: 'Two tabs, servers or requests refreshed with the same token outside the reuse interval, so the server treated it as replayed.', ko: '여러 탭이나 서버, 요청이 재사용 허용 시간을 넘겨 같은 토큰으로 갱신해, 서버가 재전송 공격으로 보고 폐기했습니다.' },
    fix: { en: 'Let one client own the refresh (one Supabase client per browser, cookies via `@supabase/ssr`) and sign the user in again.', ko: '갱신을 한 곳에서만 하도록 하고(브라우저당 Supabase 클라이언트 하나, `@supabase/ssr` 쿠키), 사용자를 다시 로그인시키세요.' },
    raisedBy: ['refreshSession'],
  },
  flow_state_not_found: {
    summary: { en: 'The PKCE flow state of this sign-in no longer exists.', ko: '이 로그인의 PKCE 흐름 상태가 서버에 더 이상 없습니다.' },
    cause: { en: 'The flow state expired or was already consumed, often because the same code was exchanged twice.', ko: '흐름 상태가 만료되었거나 이미 사용되었습니다. 같은 코드를 두 번 교환한 경우가 많습니다.' },
    fix: { en: 'Exchange each code once (guard the callback against running twice) and restart the sign-in otherwise.', ko: '코드는 한 번만 교환하도록(콜백이 두 번 실행되지 않도록) 하고, 그래도 실패하면 로그인을 처음부터 다시 시작하세요.' },
    raisedBy: ['exchangeCodeForSession'],
  },
  flow_state_expired: {
    summary: { en: 'The PKCE flow state of this sign-in has expired.', ko: '이 로그인의 PKCE 흐름 상태가 만료되었습니다.' },
    cause: { en: 'Too much time passed between starting the sign-in and exchanging the code.', ko: '로그인을 시작한 뒤 코드를 교환하기까지 너무 오래 걸렸습니다.' },
    fix: { en: 'Ask the user to start the sign-in again.', ko: '로그인을 처음부터 다시 시작하도록 안내하세요.' },
    raisedBy: ['exchangeCodeForSession'],
  },
  signup_disabled: {
    summary: { en: 'New sign-ups are turned off for the project.', ko: '프로젝트에서 신규 가입이 꺼져 있습니다.' },
    cause: { en: '"Allow new users to sign up" is off, so a sign-up or a first OTP / OAuth sign-in cannot create the user.', ko: '"신규 사용자 가입 허용"이 꺼져 있어 가입이나 첫 OTP·OAuth 로그인으로 사용자를 만들 수 없습니다.' },
    fix: { en: 'Tell the user that registration is closed, or turn sign-ups on in the Auth settings.', ko: '가입이 닫혀 있다고 알리거나 Auth 설정에서 가입을 켜세요.' },
    raisedBy: [...SIGN_UP, 'signInWithOtp'],
  },
  user_banned: {
    summary: { en: 'The user is banned.', ko: '차단된 사용자입니다.' },
    cause: { en: 'An admin set `banned_until` on the user and it has not passed yet.', ko: '관리자가 사용자에게 `banned_until`을 설정했고 그 시각이 아직 지나지 않았습니다.' },
    fix: { en: 'Show that the account is suspended and stop retrying until the ban is lifted.', ko: '계정이 정지되었음을 보여 주고, 차단이 풀릴 때까지 재시도하지 마세요.' },
  },
  provider_email_needs_verification: {
    summary: { en: 'The OAuth provider did not verify the email address, so Supabase sent a verification email.', ko: 'OAuth 제공자가 이메일을 인증하지 않아 Supabase가 인증 메일을 보냈습니다.' },
    cause: { en: 'Some providers do not confirm their users\' addresses; Supabase Auth requires a confirmed email.', ko: '일부 제공자는 사용자 이메일을 확인하지 않는데, Supabase Auth는 확인된 이메일을 요구합니다.' },
    fix: { en: 'Ask the user to open the verification email and then sign in again.', ko: '인증 메일을 열어 확인한 뒤 다시 로그인하도록 안내하세요.' },
  },
  invite_not_found: {
    summary: { en: 'The invitation has expired or was already used.', ko: '초대가 만료되었거나 이미 사용되었습니다.' },
    cause: { en: 'The invite link was opened late or a second time.', ko: '초대 링크를 늦게 열었거나 두 번째로 열었습니다.' },
    fix: { en: 'Ask an admin to send a new invitation.', ko: '관리자에게 초대를 다시 보내 달라고 하세요.' },
    raisedBy: VERIFY,
  },
  bad_oauth_state: {
    summary: { en: 'The OAuth state sent back by the provider is not in the expected format.', ko: 'OAuth 제공자가 돌려준 state 값의 형식이 올바르지 않습니다.' },
    cause: { en: 'The provider integration or a proxy altered the `state` parameter on the way back.', ko: '제공자 연동이나 중간 프록시가 돌아오는 길에 `state` 매개변수를 바꿨습니다.' },
    fix: { en: 'Restart the sign-in; if it keeps failing, check the provider\'s redirect settings.', ko: '로그인을 다시 시작하고, 계속 실패하면 제공자의 리디렉션 설정을 확인하세요.' },
  },
  bad_oauth_callback: {
    summary: { en: 'The OAuth callback from the provider lacks a required attribute such as `state`.', ko: '제공자의 OAuth 콜백에 `state` 같은 필수 값이 빠져 있습니다.' },
    cause: { en: 'The provider or a misconfigured callback URL dropped query parameters.', ko: '제공자나 잘못 설정된 콜백 URL이 쿼리 매개변수를 떨어뜨렸습니다.' },
    fix: { en: 'Check the callback URL registered at the provider and start the sign-in again.', ko: '제공자에 등록한 콜백 URL을 확인하고 로그인을 다시 시작하세요.' },
  },
  oauth_provider_not_supported: {
    summary: { en: 'The OAuth provider is not enabled on the Auth server.', ko: '이 OAuth 제공자는 Auth 서버에서 켜져 있지 않습니다.' },
    cause: { en: '`signInWithOAuth` named a provider that the project has not turned on.', ko: '`signInWithOAuth`에 프로젝트에서 켜지 않은 제공자를 넘겼습니다.' },
    fix: { en: 'Enable the provider in the dashboard, or hide its button.', ko: '대시보드에서 제공자를 켜거나 그 버튼을 숨기세요.' },
    raisedBy: ['signInWithOAuth'],
  },
  unexpected_audience: {
    summary: { en: 'The `X-JWT-AUD` header does not match the audience of the JWT.', ko: '`X-JWT-AUD` 헤더가 JWT의 audience와 맞지 않습니다.' },
    cause: { en: 'A deprecated feature the client libraries do not use: a custom audience header was sent with a token of another audience.', ko: '클라이언트 라이브러리가 쓰지 않는 지원 중단 기능입니다. 다른 audience의 토큰과 함께 사용자 지정 audience 헤더를 보냈습니다.' },
    fix: { en: 'Stop sending `X-JWT-AUD`, or send a token issued for that audience.', ko: '`X-JWT-AUD`를 보내지 않거나, 그 audience용으로 발급된 토큰을 보내세요.' },
  },
  single_identity_not_deletable: {
    summary: { en: 'The user\'s only identity cannot be unlinked.', ko: '사용자의 유일한 아이덴티티는 연결 해제할 수 없습니다.' },
    cause: { en: 'Every user needs at least one identity, and this was the last one.', ko: '모든 사용자는 아이덴티티가 하나 이상 있어야 하는데 이것이 마지막 하나였습니다.' },
    fix: { en: 'Disable the "unlink" action when only one identity is left.', ko: '아이덴티티가 하나만 남으면 "연결 해제" 동작을 막으세요.' },
    raisedBy: UNLINK,
  },
  email_conflict_identity_not_deletable: {
    summary: { en: 'Unlinking this identity would move the user to an email address another account already uses.', ko: '이 아이덴티티를 해제하면 사용자의 이메일이 다른 계정이 쓰는 주소로 바뀌게 됩니다.' },
    cause: { en: 'The user\'s identities carry different emails, and the remaining one belongs to a second account.', ko: '사용자의 아이덴티티들이 서로 다른 이메일을 갖고 있고, 남는 쪽 이메일이 다른 계정의 것입니다.' },
    fix: { en: 'Explain the conflict; merging the two accounts has to happen in your own data first.', ko: '충돌 상황을 설명하세요. 두 계정을 합치려면 먼저 앱 데이터에서 이전해야 합니다.' },
    raisedBy: UNLINK,
  },
  identity_already_exists: {
    summary: { en: 'The identity is already linked to a user.', ko: '이 아이덴티티는 이미 다른 사용자에게 연결되어 있습니다.' },
    cause: { en: '`linkIdentity` was called with a provider account that another user (or this one) already has.', ko: '다른 사용자(또는 이 사용자)가 이미 가진 제공자 계정으로 `linkIdentity`를 호출했습니다.' },
    fix: { en: 'Tell the user the account is linked elsewhere and offer to sign in with it.', ko: '그 계정이 이미 다른 곳에 연결되어 있다고 알리고, 그 계정으로 로그인하도록 안내하세요.' },
    raisedBy: LINK,
  },
  email_provider_disabled: {
    summary: { en: 'Email and password sign-up is turned off.', ko: '이메일·비밀번호 가입이 꺼져 있습니다.' },
    cause: { en: 'The email provider is disabled in the project\'s Auth settings.', ko: '프로젝트 Auth 설정에서 이메일 제공자가 꺼져 있습니다.' },
    fix: { en: 'Turn the email provider on, or offer only the sign-in methods that are enabled.', ko: '이메일 제공자를 켜거나, 켜져 있는 로그인 방식만 보여 주세요.' },
    raisedBy: SIGN_UP,
  },
  phone_provider_disabled: {
    summary: { en: 'Phone and password sign-up is turned off.', ko: '전화번호·비밀번호 가입이 꺼져 있습니다.' },
    cause: { en: 'The phone provider is disabled in the project\'s Auth settings.', ko: '프로젝트 Auth 설정에서 전화번호 제공자가 꺼져 있습니다.' },
    fix: { en: 'Turn the phone provider on and configure an SMS provider, or hide phone sign-up.', ko: '전화번호 제공자를 켜고 SMS 제공자를 설정하거나, 전화번호 가입을 숨기세요.' },
    raisedBy: SIGN_UP,
  },
  too_many_enrolled_mfa_factors: {
    summary: { en: 'The user already has the maximum number of MFA factors.', ko: '사용자가 등록할 수 있는 MFA 요소 개수를 이미 채웠습니다.' },
    cause: { en: 'Each enrollment attempt that is never verified still counts as a factor.', ko: '인증을 마치지 않은 등록 시도도 요소 하나로 계산됩니다.' },
    fix: { en: 'Unenroll unused or unverified factors (`mfa.unenroll`) before enrolling a new one.', ko: '새로 등록하기 전에 쓰지 않거나 인증하지 않은 요소를 `mfa.unenroll`로 해제하세요.' },
    raisedBy: ['mfa.enroll'],
  },
  mfa_factor_name_conflict: {
    summary: { en: 'Another MFA factor of the user has the same friendly name.', ko: '사용자의 다른 MFA 요소가 같은 표시 이름을 쓰고 있습니다.' },
    cause: { en: '`mfa.enroll` was called with a `friendlyName` the user already uses.', ko: '사용자가 이미 쓰는 `friendlyName`으로 `mfa.enroll`을 호출했습니다.' },
    fix: { en: 'Ask for a different name, or derive a unique one.', ko: '다른 이름을 입력받거나 겹치지 않는 이름을 만들어 쓰세요.' },
    raisedBy: ['mfa.enroll'],
  },
  mfa_factor_not_found: {
    summary: { en: 'The MFA factor no longer exists.', ko: 'MFA 요소가 더 이상 존재하지 않습니다.' },
    cause: { en: 'The factor id is stale: the factor was unenrolled or belongs to another user.', ko: '요소 ID가 오래되었습니다. 요소가 해제되었거나 다른 사용자의 것입니다.' },
    fix: { en: 'Reload the factors with `mfa.listFactors` and use a current id.', ko: '`mfa.listFactors`로 요소 목록을 다시 읽고 현재 ID를 쓰세요.' },
    raisedBy: ['mfa.challenge', ...MFA_VERIFY, 'mfa.unenroll'],
  },
  mfa_ip_address_mismatch: {
    summary: { en: 'MFA enrollment must start and finish from the same IP address.', ko: 'MFA 등록은 같은 IP 주소에서 시작하고 끝나야 합니다.' },
    cause: { en: 'The user\'s network changed (mobile data, VPN) between `mfa.enroll` and the verification.', ko: '`mfa.enroll`과 인증 사이에 사용자의 네트워크(모바일 데이터, VPN 등)가 바뀌었습니다.' },
    fix: { en: 'Ask the user to restart the enrollment on a stable connection.', ko: '안정적인 연결에서 등록을 다시 시작하도록 안내하세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_challenge_expired: {
    summary: { en: 'The MFA challenge has expired.', ko: 'MFA 챌린지가 만료되었습니다.' },
    cause: { en: 'The user answered the challenge after its time window closed.', ko: '사용자가 제한 시간이 지난 뒤에 챌린지에 응답했습니다.' },
    fix: { en: 'Create a new challenge (`mfa.challenge`) and ask for a fresh code.', ko: '`mfa.challenge`로 새 챌린지를 만들고 새 코드를 입력받으세요.' },
    raisedBy: MFA_VERIFY,
  },
  webauthn_challenge_expired: {
    summary: { en: 'The WebAuthn challenge has expired.', ko: 'WebAuthn 챌린지가 만료되었습니다.' },
    cause: { en: 'The passkey ceremony took longer than the challenge stays valid.', ko: '패스키 인증 과정이 챌린지 유효 시간보다 오래 걸렸습니다.' },
    fix: { en: 'Start the WebAuthn challenge again.', ko: 'WebAuthn 챌린지를 다시 시작하세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_verification_failed: {
    summary: { en: 'The MFA code could not be verified.', ko: 'MFA 코드를 확인하지 못했습니다.' },
    cause: { en: 'A wrong or outdated TOTP or SMS code, or a device clock that is off.', ko: '틀렸거나 지난 TOTP·SMS 코드이거나, 기기 시계가 어긋나 있습니다.' },
    fix: { en: 'Let the user enter the current code again; suggest syncing the authenticator\'s clock.', ko: '현재 코드를 다시 입력하게 하고, 인증 앱의 시간 동기화를 권하세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_verification_rejected: {
    summary: { en: 'The MFA verification hook rejected further attempts.', ko: 'MFA 인증 시도 훅이 더 이상의 시도를 거부했습니다.' },
    cause: { en: 'Your MFA verification attempt hook returned a reject decision, typically after too many failures.', ko: '프로젝트의 MFA 인증 시도 훅이 거부 결정을 돌려주었습니다. 보통 실패가 너무 많을 때입니다.' },
    fix: { en: 'Show the message your hook defines and stop offering new attempts.', ko: '훅이 정한 안내를 보여 주고 더 이상 시도하지 못하게 하세요.' },
    raisedBy: MFA_VERIFY,
  },
  insufficient_aal: {
    summary: { en: 'The call needs a higher authenticator assurance level (AAL2).', ko: '이 호출에는 더 높은 인증 보증 수준(AAL2)이 필요합니다.' },
    cause: { en: 'The session only passed the first factor, and the action requires a completed MFA challenge.', ko: '세션이 첫 번째 요소만 통과했는데, 이 동작은 MFA 챌린지 완료를 요구합니다.' },
    fix: { en: 'Ask the user to complete an MFA challenge, then retry the call.', ko: '사용자에게 MFA 챌린지를 완료하게 한 뒤 다시 호출하세요.' },
  },
  captcha_failed: {
    summary: { en: 'The CAPTCHA token could not be verified.', ko: 'CAPTCHA 토큰을 확인하지 못했습니다.' },
    cause: { en: 'CAPTCHA protection is on and the request carried no `captchaToken`, an expired one, or one for another site key.', ko: 'CAPTCHA 보호가 켜져 있는데 요청에 `captchaToken`이 없거나, 만료되었거나, 다른 사이트 키의 토큰입니다.' },
    fix: { en: 'Pass a fresh token in `options.captchaToken` and reset the widget after each attempt.', ko: '`options.captchaToken`에 새 토큰을 넘기고, 시도할 때마다 위젯을 초기화하세요.' },
    raisedBy: [...SIGN_IN, ...SIGN_UP, 'signInWithOtp'],
  },
  saml_provider_disabled: {
    summary: { en: 'SAML single sign-on is not enabled on the Auth server.', ko: 'Auth 서버에서 SAML SSO가 켜져 있지 않습니다.' },
    cause: { en: 'The project\'s plan or settings do not turn on enterprise SSO with SAML 2.0.', ko: '프로젝트 요금제나 설정에서 SAML 2.0 엔터프라이즈 SSO가 켜져 있지 않습니다.' },
    fix: { en: 'Enable SAML SSO for the project, or remove the SSO sign-in option.', ko: '프로젝트에서 SAML SSO를 켜거나 SSO 로그인 옵션을 없애세요.' },
    raisedBy: SSO,
  },
  manual_linking_disabled: {
    summary: { en: 'Manual identity linking is turned off.', ko: '수동 아이덴티티 연결이 꺼져 있습니다.' },
    cause: { en: '`linkIdentity` and related calls need "manual linking" enabled on the Auth server.', ko: '`linkIdentity`와 관련 호출은 Auth 서버에서 "수동 연결"이 켜져 있어야 합니다.' },
    fix: { en: 'Enable manual linking in the Auth settings, or hide the "connect account" action.', ko: 'Auth 설정에서 수동 연결을 켜거나 "계정 연결" 기능을 숨기세요.' },
    raisedBy: LINK,
  },
  sms_send_failed: {
    summary: { en: 'The SMS could not be sent.', ko: 'SMS를 보내지 못했습니다.' },
    cause: { en: 'The SMS provider rejected the message: wrong credentials, no balance, or an unsupported number.', ko: 'SMS 제공자가 메시지를 거부했습니다. 자격 증명 오류, 잔액 부족, 지원하지 않는 번호 등이 원인입니다.' },
    fix: { en: 'Check the SMS provider settings and logs; let the user retry or choose another method.', ko: 'SMS 제공자 설정과 로그를 확인하고, 사용자에게 재시도하거나 다른 방법을 고르게 하세요.' },
    raisedBy: ['signInWithOtp', ...SIGN_UP],
  },
  email_not_confirmed: {
    summary: { en: 'The email address is not confirmed yet, so sign-in is refused.', ko: '이메일 주소가 아직 확인되지 않아 로그인이 거부되었습니다.' },
    cause: { en: 'Email confirmation is on and the user has not opened the confirmation link.', ko: '이메일 확인이 켜져 있는데 사용자가 확인 링크를 열지 않았습니다.' },
    fix: { en: 'Tell the user to check their inbox and offer to resend the email (`auth.resend`).', ko: '메일함을 확인하라고 알리고 `auth.resend`로 메일을 다시 보낼 수 있게 하세요.' },
    raisedBy: SIGN_IN,
  },
  phone_not_confirmed: {
    summary: { en: 'The phone number is not confirmed yet, so sign-in is refused.', ko: '전화번호가 아직 확인되지 않아 로그인이 거부되었습니다.' },
    cause: { en: 'Phone confirmation is on and the user never verified the SMS code.', ko: '전화번호 확인이 켜져 있는데 사용자가 SMS 코드를 인증하지 않았습니다.' },
    fix: { en: 'Send a new code and let the user verify the number before signing in.', ko: '새 코드를 보내 로그인 전에 번호를 인증하게 하세요.' },
    raisedBy: SIGN_IN,
  },
  reauth_nonce_missing: {
    summary: { en: 'The password change needs the reauthentication code and none was given.', ko: '비밀번호 변경에 재인증 코드가 필요한데 코드가 없습니다.' },
    cause: { en: '"Secure password change" is on and `updateUser` was called without the `nonce` from `reauthenticate()`.', ko: '"안전한 비밀번호 변경"이 켜져 있는데 `reauthenticate()`로 받은 `nonce` 없이 `updateUser`를 호출했습니다.' },
    fix: { en: 'Call `reauthenticate()`, ask for the code it sends, and pass it as `nonce`.', ko: '`reauthenticate()`를 호출해 받은 코드를 입력받고 `nonce`로 넘기세요.' },
    raisedBy: UPDATE_USER,
  },
  saml_relay_state_not_found: {
    summary: { en: 'The SAML relay state of this sign-in no longer exists.', ko: '이 로그인의 SAML 릴레이 상태가 더 이상 없습니다.' },
    cause: { en: 'Relay states are cleaned up after they expire, and the identity provider answered too late.', ko: '릴레이 상태는 만료 후 정리되는데, ID 제공자의 응답이 너무 늦었습니다.' },
    fix: { en: 'Ask the user to start the SSO sign-in again.', ko: 'SSO 로그인을 처음부터 다시 시작하도록 안내하세요.' },
    raisedBy: SSO,
  },
  saml_relay_state_expired: {
    summary: { en: 'The SAML relay state of this sign-in has expired.', ko: '이 로그인의 SAML 릴레이 상태가 만료되었습니다.' },
    cause: { en: 'The identity provider took longer than allowed to answer `signInWithSSO`.', ko: 'ID 제공자가 `signInWithSSO`에 허용된 시간보다 늦게 응답했습니다.' },
    fix: { en: 'Start the SSO sign-in again.', ko: 'SSO 로그인을 다시 시작하세요.' },
    raisedBy: SSO,
  },
  saml_idp_not_found: {
    summary: { en: 'The SAML identity provider is not registered.', ko: 'SAML ID 제공자가 등록되어 있지 않습니다.' },
    cause: { en: 'Most often an IdP-initiated sign-in from a provider the project does not know.', ko: '대개 프로젝트에 등록되지 않은 제공자에서 시작한 IdP 주도 로그인입니다.' },
    fix: { en: 'Register the identity provider (`auth.admin.sso`) or start the sign-in from your app.', ko: 'ID 제공자를 `auth.admin.sso`로 등록하거나 앱에서 로그인을 시작하세요.' },
  },
  saml_assertion_no_user_id: {
    summary: { en: 'The SAML assertion carries no user ID (NameID).', ko: 'SAML 어설션에 사용자 ID(NameID)가 없습니다.' },
    cause: { en: 'The identity provider is not configured to send a NameID.', ko: 'ID 제공자가 NameID를 보내도록 설정되어 있지 않습니다.' },
    fix: { en: 'Configure the identity provider to include a persistent NameID.', ko: 'ID 제공자가 영구 NameID를 포함하도록 설정하세요.' },
  },
  saml_assertion_no_email: {
    summary: { en: 'The SAML assertion carries no email address.', ko: 'SAML 어설션에 이메일 주소가 없습니다.' },
    cause: { en: 'The identity provider does not map an email attribute, which Supabase requires.', ko: 'ID 제공자가 이메일 속성을 매핑하지 않는데, Supabase는 이메일을 요구합니다.' },
    fix: { en: 'Add an email attribute mapping for the provider.', ko: '제공자에 이메일 속성 매핑을 추가하세요.' },
  },
  user_already_exists: {
    summary: { en: 'A user with this email or phone number already exists.', ko: '이 이메일이나 전화번호를 쓰는 사용자가 이미 있습니다.' },
    cause: { en: 'Sign-up or `auth.admin.createUser` for an address or number that is already registered.', ko: '이미 등록된 주소나 번호로 가입하거나 `auth.admin.createUser`를 호출했습니다.' },
    fix: { en: 'Offer to sign in or to reset the password.', ko: '로그인하거나 비밀번호를 재설정하도록 안내하세요.' },
    raisedBy: [...SIGN_UP, 'admin.createUser'],
  },
  sso_provider_not_found: {
    summary: { en: 'No SSO provider matches the domain or id given.', ko: '주어진 도메인이나 ID에 맞는 SSO 제공자가 없습니다.' },
    cause: { en: '`signInWithSSO` got a domain or `providerId` that no registered provider has.', ko: '`signInWithSSO`에 등록된 제공자가 없는 도메인이나 `providerId`를 넘겼습니다.' },
    fix: { en: 'Tell the user their organisation has no SSO set up, and check the domain they typed.', ko: '그 조직에는 SSO가 설정되어 있지 않다고 알리고, 입력한 도메인을 확인하게 하세요.' },
    raisedBy: SSO,
  },
  saml_metadata_fetch_failed: {
    summary: { en: 'The SAML metadata could not be fetched from its URL.', ko: 'SAML 메타데이터를 URL에서 가져오지 못했습니다.' },
    cause: { en: 'Admin API: the metadata URL of a new or updated provider is wrong or unreachable.', ko: '관리자 API에서 새로 추가하거나 수정한 제공자의 메타데이터 URL이 틀렸거나 접근할 수 없습니다.' },
    fix: { en: 'Check the URL, or upload the metadata XML instead.', ko: 'URL을 확인하거나 메타데이터 XML을 직접 올리세요.' },
  },
  saml_idp_already_exists: {
    summary: { en: 'This SAML identity provider is already added.', ko: '이 SAML ID 제공자는 이미 추가되어 있습니다.' },
    cause: { en: 'Admin API: the provider was registered twice.', ko: '관리자 API로 같은 제공자를 두 번 등록했습니다.' },
    fix: { en: 'Update the existing provider instead of creating it again.', ko: '다시 만들지 말고 기존 제공자를 수정하세요.' },
  },
  sso_domain_already_exists: {
    summary: { en: 'The SSO domain is already registered with a provider.', ko: '이 SSO 도메인은 이미 다른 제공자에 등록되어 있습니다.' },
    cause: { en: 'Admin API: a domain can belong to only one SSO identity provider.', ko: '관리자 API에서 한 도메인은 SSO ID 제공자 하나에만 속할 수 있습니다.' },
    fix: { en: 'Remove the domain from the other provider first.', ko: '먼저 다른 제공자에서 그 도메인을 빼세요.' },
  },
  saml_entity_id_mismatch: {
    summary: { en: 'The entity ID in the new SAML metadata differs from the stored one.', ko: '새 SAML 메타데이터의 엔터티 ID가 저장된 값과 다릅니다.' },
    cause: { en: 'Admin API: metadata of another identity provider was used to update this one.', ko: '관리자 API에서 다른 ID 제공자의 메타데이터로 이 제공자를 수정하려 했습니다.' },
    fix: { en: 'Use metadata with the same entity ID, or add the other provider separately.', ko: '엔터티 ID가 같은 메타데이터를 쓰거나, 다른 제공자는 따로 추가하세요.' },
  },
  conflict: {
    generic: true,
    summary: { en: 'Concurrent requests conflicted on the same resource.', ko: '동시에 온 요청들이 같은 리소스에서 충돌했습니다.' },
    cause: { en: 'Often many session refreshes for one user at the same moment.', ko: '한 사용자의 세션 갱신이 한꺼번에 여러 번 일어나는 경우가 많습니다.' },
    fix: { en: 'Look for code that refreshes in parallel and retry with a growing delay.', ko: '병렬로 갱신하는 코드를 찾아 고치고, 간격을 늘려 가며 재시도하세요.' },
  },
  provider_disabled: {
    summary: { en: 'The OAuth provider is disabled.', ko: 'OAuth 제공자가 꺼져 있습니다.' },
    cause: { en: 'The provider was turned off in the project\'s Auth settings.', ko: '프로젝트 Auth 설정에서 제공자를 껐습니다.' },
    fix: { en: 'Enable the provider again, or remove its sign-in button.', ko: '제공자를 다시 켜거나 그 로그인 버튼을 없애세요.' },
    raisedBy: ['signInWithOAuth'],
  },
  user_sso_managed: {
    summary: { en: 'Some fields of an SSO user cannot be changed.', ko: 'SSO 사용자의 일부 필드는 바꿀 수 없습니다.' },
    cause: { en: 'The identity provider owns fields such as the email of users who come from SSO.', ko: 'SSO로 들어온 사용자의 이메일 같은 필드는 ID 제공자가 관리합니다.' },
    fix: { en: 'Hide those fields for SSO users and change them at the identity provider.', ko: 'SSO 사용자에게는 그 필드를 숨기고, 변경은 ID 제공자에서 하게 하세요.' },
    raisedBy: UPDATE_USER,
  },
  reauthentication_needed: {
    summary: { en: 'The user must reauthenticate before changing the password.', ko: '비밀번호를 바꾸기 전에 다시 인증해야 합니다.' },
    cause: { en: '"Secure password change" is on and the session is not recent enough.', ko: '"안전한 비밀번호 변경"이 켜져 있는데 세션이 충분히 최근 것이 아닙니다.' },
    fix: { en: 'Call `reauthenticate()` and pass the code it sends as `nonce` to `updateUser`.', ko: '`reauthenticate()`를 호출하고 받은 코드를 `updateUser`의 `nonce`로 넘기세요.' },
    raisedBy: UPDATE_USER,
  },
  same_password: {
    summary: { en: 'The new password is the same as the current one.', ko: '새 비밀번호가 현재 비밀번호와 같습니다.' },
    cause: { en: '`updateUser({ password })` was given the password the user already has.', ko: '`updateUser({ password })`에 사용자가 이미 쓰는 비밀번호를 넘겼습니다.' },
    fix: { en: 'Ask for a different password.', ko: '다른 비밀번호를 입력하도록 안내하세요.' },
    raisedBy: UPDATE_USER,
  },
  reauthentication_not_valid: {
    summary: { en: 'The reauthentication code is wrong.', ko: '재인증 코드가 올바르지 않습니다.' },
    cause: { en: 'The `nonce` passed to `updateUser` is mistyped, expired or from an earlier request.', ko: '`updateUser`에 넘긴 `nonce`가 잘못 입력되었거나, 만료되었거나, 이전 요청의 것입니다.' },
    fix: { en: 'Let the user enter the code again, or request a new one with `reauthenticate()`.', ko: '코드를 다시 입력하게 하거나 `reauthenticate()`로 새 코드를 요청하세요.' },
    raisedBy: UPDATE_USER,
  },
  otp_expired: {
    summary: { en: 'The one-time code or email link has expired.', ko: '일회용 코드나 이메일 링크가 만료되었습니다.' },
    cause: { en: 'The user opened the link or typed the code too late, or an email scanner already used the link.', ko: '사용자가 링크를 너무 늦게 열었거나 코드를 늦게 입력했고, 또는 메일 보안 검사기가 링크를 먼저 열어 버렸습니다.' },
    fix: { en: 'Offer to send a new code or link.', ko: '새 코드나 링크를 보낼 수 있게 하세요.' },
    raisedBy: VERIFY,
  },
  otp_disabled: {
    summary: { en: 'Sign-in with one-time codes or magic links is turned off.', ko: '일회용 코드·매직 링크 로그인이 꺼져 있습니다.' },
    cause: { en: 'The project does not allow OTP sign-in for this channel.', ko: '프로젝트가 이 채널의 OTP 로그인을 허용하지 않습니다.' },
    fix: { en: 'Enable it in the Auth settings, or offer another sign-in method.', ko: 'Auth 설정에서 켜거나 다른 로그인 방식을 제공하세요.' },
    raisedBy: ['signInWithOtp'],
  },
  identity_not_found: {
    summary: { en: 'The identity no longer exists.', ko: '아이덴티티가 더 이상 존재하지 않습니다.' },
    cause: { en: 'It was unlinked or deleted before this call.', ko: '이 호출 전에 연결 해제되었거나 삭제되었습니다.' },
    fix: { en: 'Reload the user\'s identities (`getUserIdentities`) and act on a current one.', ko: '`getUserIdentities`로 아이덴티티를 다시 읽고 현재 것을 대상으로 하세요.' },
    raisedBy: UNLINK,
  },
  weak_password: {
    summary: { en: 'The password does not meet the project\'s strength rules.', ko: '비밀번호가 프로젝트의 강도 규칙을 만족하지 않습니다.' },
    cause: { en: 'Too short, missing required character kinds, or found in a leaked-password list.', ko: '너무 짧거나, 필요한 문자 종류가 빠졌거나, 유출된 비밀번호 목록에 있습니다.' },
    fix: { en: 'Show the reasons from `isAuthWeakPasswordError(error) && error.reasons` and let the user choose another password.', ko: '`isAuthWeakPasswordError(error) && error.reasons`로 이유를 보여 주고 다른 비밀번호를 고르게 하세요.' },
    raisedBy: [...SIGN_UP, ...UPDATE_USER],
  },
  over_request_rate_limit: {
    summary: { en: 'Too many requests came from this client.', ko: '이 클라이언트에서 요청이 너무 많이 왔습니다.' },
    cause: { en: 'The IP address hit the Auth rate limit, sometimes because of a bug such as an effect that calls Supabase in a loop.', ko: 'IP 주소가 Auth 요청 한도에 걸렸습니다. 반복 호출하는 effect 같은 버그가 원인일 때도 있습니다.' },
    fix: { en: 'Ask the user to wait a few minutes, and look for loops that call the Auth API.', ko: '몇 분 기다리게 하고, Auth API를 반복 호출하는 코드가 있는지 찾아보세요.' },
  },
  over_email_send_rate_limit: {
    summary: { en: 'Too many emails were sent to this address.', ko: '이 주소로 메일을 너무 많이 보냈습니다.' },
    cause: { en: 'Repeated sign-up, magic-link or reset requests, or the low limit of the built-in SMTP service.', ko: '가입·매직 링크·재설정 요청이 반복되었거나, 기본 SMTP 서비스의 낮은 한도에 걸렸습니다.' },
    fix: { en: 'Ask the user to wait before retrying; set up custom SMTP for higher limits.', ko: '잠시 기다린 뒤 다시 시도하게 하고, 한도를 늘리려면 사용자 지정 SMTP를 설정하세요.' },
    raisedBy: [...SIGN_UP, 'signInWithOtp', 'resetPasswordForEmail', 'resend'],
  },
  over_sms_send_rate_limit: {
    summary: { en: 'Too many SMS messages were sent to this number.', ko: '이 번호로 SMS를 너무 많이 보냈습니다.' },
    cause: { en: 'Repeated OTP requests for the same phone number.', ko: '같은 전화번호로 OTP 요청이 반복되었습니다.' },
    fix: { en: 'Ask the user to wait, and disable the "resend" button for a while.', ko: '잠시 기다리게 하고 "다시 보내기" 버튼을 한동안 막으세요.' },
    raisedBy: ['signInWithOtp', ...SIGN_UP, 'resend'],
  },
  bad_code_verifier: {
    summary: { en: 'The PKCE code verifier does not match the code challenge.', ko: 'PKCE 코드 검증값이 코드 챌린지와 맞지 않습니다.' },
    cause: { en: 'The code was exchanged with a verifier from another sign-in, for example a second tab or a different storage.', ko: '다른 로그인(다른 탭이나 다른 저장소)의 검증값으로 코드를 교환했습니다.' },
    fix: { en: 'Exchange the code in the browser or server that started the sign-in, with the same storage.', ko: '로그인을 시작한 브라우저나 서버에서, 같은 저장소를 써서 코드를 교환하세요.' },
    raisedBy: ['exchangeCodeForSession'],
  },
  anonymous_provider_disabled: {
    summary: { en: 'Anonymous sign-ins are turned off.', ko: '익명 로그인이 꺼져 있습니다.' },
    cause: { en: '`signInAnonymously` was called while the project does not allow anonymous users.', ko: '프로젝트가 익명 사용자를 허용하지 않는데 `signInAnonymously`를 호출했습니다.' },
    fix: { en: 'Enable anonymous sign-ins in the Auth settings, or skip that call.', ko: 'Auth 설정에서 익명 로그인을 켜거나 그 호출을 하지 마세요.' },
    raisedBy: ['signInAnonymously'],
  },
  hook_timeout: {
    summary: { en: 'An Auth hook did not answer in time.', ko: 'Auth 훅이 제한 시간 안에 응답하지 않았습니다.' },
    cause: { en: 'Your HTTP or Postgres hook is slow or unreachable.', ko: '프로젝트의 HTTP 또는 Postgres 훅이 느리거나 접근할 수 없습니다.' },
    fix: { en: 'Make the hook faster (no slow calls inside it) and check that it is reachable.', ko: '훅 안의 느린 호출을 없애 빠르게 만들고, 접근 가능한지 확인하세요.' },
  },
  hook_timeout_after_retry: {
    summary: { en: 'An Auth hook did not answer even after retries.', ko: '재시도 후에도 Auth 훅이 응답하지 않았습니다.' },
    cause: { en: 'The hook endpoint is down or always slower than the limit.', ko: '훅 엔드포인트가 멈췄거나 항상 제한 시간보다 느립니다.' },
    fix: { en: 'Check the hook\'s logs and availability before users retry.', ko: '사용자가 다시 시도하기 전에 훅의 로그와 가용성을 확인하세요.' },
  },
  hook_payload_over_size_limit: {
    summary: { en: 'The payload for an Auth hook is larger than allowed.', ko: 'Auth 훅에 보낼 데이터가 허용 크기보다 큽니다.' },
    cause: { en: 'Large user metadata or claims made the hook payload exceed its limit.', ko: '큰 사용자 메타데이터나 클레임 때문에 훅 데이터가 한도를 넘었습니다.' },
    fix: { en: 'Keep user metadata small and store bulky data in your own tables.', ko: '사용자 메타데이터를 작게 유지하고, 큰 데이터는 별도 테이블에 두세요.' },
  },
  hook_payload_invalid_content_type: {
    summary: { en: 'The Auth hook payload has an invalid `Content-Type`.', ko: 'Auth 훅 데이터의 `Content-Type`이 올바르지 않습니다.' },
    cause: { en: 'The hook endpoint answered with a content type other than JSON.', ko: '훅 엔드포인트가 JSON이 아닌 콘텐츠 타입으로 응답했습니다.' },
    fix: { en: 'Make the hook answer with `Content-Type: application/json`.', ko: '훅이 `Content-Type: application/json`으로 응답하게 하세요.' },
  },
  request_timeout: {
    generic: true,
    summary: { en: 'The Auth server took too long to process the request.', ko: 'Auth 서버가 요청을 처리하는 데 너무 오래 걸렸습니다.' },
    cause: { en: 'Server load, a slow hook or a slow database query.', ko: '서버 부하, 느린 훅, 느린 데이터베이스 쿼리 때문입니다.' },
    fix: { en: 'Retry the request after a short pause.', ko: '잠시 뒤 요청을 다시 보내세요.' },
  },
  mfa_phone_enroll_not_enabled: {
    summary: { en: 'Enrolling phone MFA factors is turned off.', ko: '전화번호 MFA 요소 등록이 꺼져 있습니다.' },
    cause: { en: '`mfa.enroll({ factorType: "phone" })` while phone MFA enrollment is disabled.', ko: '전화번호 MFA 등록이 꺼져 있는데 `mfa.enroll({ factorType: "phone" })`을 호출했습니다.' },
    fix: { en: 'Enable phone MFA in the Auth settings, or offer TOTP instead.', ko: 'Auth 설정에서 전화번호 MFA를 켜거나 TOTP를 대신 제공하세요.' },
    raisedBy: ['mfa.enroll'],
  },
  mfa_phone_verify_not_enabled: {
    summary: { en: 'Verifying phone MFA factors is turned off.', ko: '전화번호 MFA 요소 인증이 꺼져 있습니다.' },
    cause: { en: 'Sign-in with phone factors and verification of new ones are disabled.', ko: '전화번호 요소로 로그인하는 것과 새 요소 인증이 모두 꺼져 있습니다.' },
    fix: { en: 'Enable phone MFA verification, or let the user pick another factor.', ko: '전화번호 MFA 인증을 켜거나 다른 요소를 고르게 하세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_totp_enroll_not_enabled: {
    summary: { en: 'Enrolling TOTP factors is turned off.', ko: 'TOTP 요소 등록이 꺼져 있습니다.' },
    cause: { en: '`mfa.enroll({ factorType: "totp" })` while TOTP enrollment is disabled.', ko: 'TOTP 등록이 꺼져 있는데 `mfa.enroll({ factorType: "totp" })`을 호출했습니다.' },
    fix: { en: 'Enable TOTP MFA in the Auth settings, or hide the enrollment screen.', ko: 'Auth 설정에서 TOTP MFA를 켜거나 등록 화면을 숨기세요.' },
    raisedBy: ['mfa.enroll'],
  },
  mfa_totp_verify_not_enabled: {
    summary: { en: 'Verifying TOTP factors is turned off.', ko: 'TOTP 요소 인증이 꺼져 있습니다.' },
    cause: { en: 'Sign-in with TOTP factors and verification of new ones are disabled.', ko: 'TOTP 요소로 로그인하는 것과 새 요소 인증이 모두 꺼져 있습니다.' },
    fix: { en: 'Enable TOTP verification, or let the user pick another factor.', ko: 'TOTP 인증을 켜거나 다른 요소를 고르게 하세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_webauthn_enroll_not_enabled: {
    summary: { en: 'Enrolling WebAuthn factors is turned off.', ko: 'WebAuthn 요소 등록이 꺼져 있습니다.' },
    cause: { en: 'A passkey / security-key enrollment while WebAuthn MFA enrollment is disabled.', ko: 'WebAuthn MFA 등록이 꺼져 있는데 패스키·보안 키 등록을 시도했습니다.' },
    fix: { en: 'Enable WebAuthn MFA, or hide the passkey enrollment.', ko: 'WebAuthn MFA를 켜거나 패스키 등록을 숨기세요.' },
    raisedBy: ['mfa.enroll'],
  },
  mfa_webauthn_verify_not_enabled: {
    summary: { en: 'Verifying WebAuthn factors is turned off.', ko: 'WebAuthn 요소 인증이 꺼져 있습니다.' },
    cause: { en: 'Sign-in with WebAuthn factors and verification of new ones are disabled.', ko: 'WebAuthn 요소로 로그인하는 것과 새 요소 인증이 모두 꺼져 있습니다.' },
    fix: { en: 'Enable WebAuthn verification, or let the user pick another factor.', ko: 'WebAuthn 인증을 켜거나 다른 요소를 고르게 하세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_recovery_codes_enroll_not_enabled: {
    summary: { en: 'Enrolling MFA recovery codes is turned off.', ko: 'MFA 복구 코드 등록이 꺼져 있습니다.' },
    cause: { en: 'Recovery codes were requested while the project does not enable them.', ko: '프로젝트에서 켜지 않은 복구 코드를 요청했습니다.' },
    fix: { en: 'Enable recovery codes in the MFA settings, or hide that option.', ko: 'MFA 설정에서 복구 코드를 켜거나 그 옵션을 숨기세요.' },
    raisedBy: ['mfa.enroll'],
  },
  mfa_recovery_codes_verify_not_enabled: {
    summary: { en: 'Verifying MFA recovery codes is turned off.', ko: 'MFA 복구 코드 인증이 꺼져 있습니다.' },
    cause: { en: 'A recovery code was submitted while recovery-code verification is disabled.', ko: '복구 코드 인증이 꺼져 있는데 복구 코드를 제출했습니다.' },
    fix: { en: 'Enable recovery-code verification, or offer another factor.', ko: '복구 코드 인증을 켜거나 다른 요소를 제공하세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_recovery_codes_locked: {
    summary: { en: 'Recovery codes are locked after too many failed attempts.', ko: '실패가 너무 많아 복구 코드가 잠겼습니다.' },
    cause: { en: 'Repeated wrong recovery codes triggered the lock.', ko: '틀린 복구 코드를 여러 번 입력해 잠금이 걸렸습니다.' },
    fix: { en: 'Tell the user to wait or use another factor; do not keep retrying.', ko: '기다리거나 다른 요소를 쓰도록 안내하고, 계속 재시도하지 마세요.' },
    raisedBy: MFA_VERIFY,
  },
  mfa_recovery_codes_sole_factor: {
    summary: { en: 'Recovery codes cannot be the user\'s only MFA factor.', ko: '복구 코드만으로는 사용자의 MFA 요소가 될 수 없습니다.' },
    cause: { en: 'Recovery codes back up another factor, and the user has none left.', ko: '복구 코드는 다른 요소를 보조하는 용도인데, 사용자에게 다른 요소가 남아 있지 않습니다.' },
    fix: { en: 'Ask the user to enroll a TOTP, phone or WebAuthn factor first.', ko: '먼저 TOTP·전화번호·WebAuthn 요소를 등록하도록 안내하세요.' },
  },
  mfa_verified_factor_exists: {
    summary: { en: 'The user already has a verified phone factor.', ko: '사용자에게 이미 인증된 전화번호 요소가 있습니다.' },
    cause: { en: 'A second phone factor was enrolled while a verified one exists.', ko: '인증된 전화번호 요소가 있는데 두 번째 전화번호 요소를 등록하려 했습니다.' },
    fix: { en: 'Unenroll the existing phone factor before adding a new one.', ko: '새 요소를 추가하기 전에 기존 전화번호 요소를 해제하세요.' },
    raisedBy: ['mfa.enroll'],
  },
  invalid_credentials: {
    summary: { en: 'The sign-in credentials are wrong or the grant is not recognised.', ko: '로그인 자격 증명이 틀렸거나 인식할 수 없는 요청입니다.' },
    cause: { en: 'A wrong password or an unknown email / phone; the server does not say which, and unknown users get this code too.', ko: '비밀번호가 틀렸거나 없는 이메일·전화번호입니다. 서버는 어느 쪽인지 알려 주지 않으며, 없는 사용자에게도 이 코드를 보냅니다.' },
    fix: { en: 'Show one neutral "email or password is incorrect" message and keep the user on the form.', ko: '"이메일 또는 비밀번호가 올바르지 않다"는 중립적인 안내 하나를 보여 주고 폼에 머물게 하세요.' },
    raisedBy: SIGN_IN,
  },
  email_address_not_authorized: {
    summary: { en: 'The built-in email service may not send to this address.', ko: '기본 이메일 서비스는 이 주소로 메일을 보낼 수 없습니다.' },
    cause: { en: 'Without custom SMTP, Supabase only emails members of the project\'s organisation.', ko: '사용자 지정 SMTP가 없으면 Supabase는 프로젝트 조직 구성원에게만 메일을 보냅니다.' },
    fix: { en: 'Set up a custom SMTP provider before inviting real users.', ko: '실제 사용자를 받기 전에 사용자 지정 SMTP 제공자를 설정하세요.' },
    raisedBy: [...SIGN_UP, 'signInWithOtp', 'resetPasswordForEmail'],
  },
  email_address_invalid: {
    summary: { en: 'The email address is not accepted.', ko: '받아들일 수 없는 이메일 주소입니다.' },
    cause: { en: 'Example and test domains (such as `example.com`) are refused.', ko: '`example.com` 같은 예시·테스트 도메인은 거부됩니다.' },
    fix: { en: 'Ask for a real address; use one of your own domains in tests.', ko: '실제 주소를 입력받고, 테스트에는 자기 도메인의 주소를 쓰세요.' },
    raisedBy: SIGN_UP,
  },
  pkce_code_verifier_not_found: {
    summary: { en: 'auth-js found no PKCE code verifier in storage for this code exchange.', ko: 'auth-js가 코드 교환에 쓸 PKCE 코드 검증값을 저장소에서 찾지 못했습니다.' },
    cause: { en: 'The sign-in started in another browser, tab storage or server than the one exchanging the code, or the verifier cookie was lost.', ko: '로그인을 시작한 브라우저·저장소·서버와 코드를 교환하는 곳이 다르거나, 검증값 쿠키가 사라졌습니다.' },
    fix: { en: 'Use `@supabase/ssr` on both the client and the server so the verifier lives in cookies, and open the link in the same browser.', ko: '클라이언트와 서버 모두 `@supabase/ssr`을 써서 검증값을 쿠키에 두고, 링크는 같은 브라우저에서 열게 하세요.' },
    docsUrl: 'https://supabase.com/docs/guides/auth/sessions/pkce-flow',
    raisedBy: ['exchangeCodeForSession'],
  },
  invalid_jwt: {
    summary: { en: 'auth-js could not validate the JWT.', ko: 'auth-js가 JWT를 검증하지 못했습니다.' },
    cause: { en: 'The token is not a well-formed JWT, is not base64url, or its signature does not match the project\'s keys.', ko: '토큰이 올바른 JWT 형식이 아니거나, base64url이 아니거나, 서명이 프로젝트 키와 맞지 않습니다.' },
    fix: { en: 'Pass the access token itself (not the refresh token or a cookie value) and sign the user in again if it is damaged.', ko: '리프레시 토큰이나 쿠키 값이 아니라 액세스 토큰을 넘기고, 토큰이 손상되었다면 다시 로그인하게 하세요.' },
    docsUrl: 'https://supabase.com/docs/reference/javascript/auth-getclaims',
    raisedBy: ['getClaims'],
  },
  invalid_grant: {
    emitted: false,
    replacedBy: 'invalid_credentials',
    summary: { en: 'An OAuth `error` value of older Auth servers, never found on `error.code`.', ko: '예전 Auth 서버가 OAuth `error` 필드로 보내던 값으로, `error.code`에는 들어오지 않습니다.' },
    cause: { en: 'auth-js takes the code from the response\'s `code` or `error_code` field, never from `error`; a failed password sign-in now carries `invalid_credentials`.', ko: 'auth-js는 응답의 `code`나 `error_code` 필드에서만 코드를 가져오고 `error` 필드는 쓰지 않습니다. 비밀번호 로그인 실패에는 이제 `invalid_credentials`가 옵니다.' },
    fix: { en: 'Compare with `invalid_credentials` after a password sign-in, and with `refresh_token_not_found` / `refresh_token_already_used` after a refresh.', ko: '비밀번호 로그인 뒤에는 `invalid_credentials`와, 세션 갱신 뒤에는 `refresh_token_not_found`·`refresh_token_already_used`와 비교하세요.' },
  },
} satisfies Record<SupabaseAuthErrorCode, EntryData>;

export const supabaseAuthFamily: FamilyDefinition = defineFamily(
  {
    id: 'supabase-auth',
    title: { en: 'Supabase Auth error codes', ko: 'Supabase Auth 오류 코드' },
    description: {
      en: 'The `code` of an `AuthError` from `@supabase/auth-js` (and `@supabase/supabase-js`): the Auth server\'s codes listed in the package\'s `ErrorCode` type, and the codes the client library sets itself.',
      ko: '`@supabase/auth-js`(와 `@supabase/supabase-js`)의 `AuthError`가 가진 `code` 값입니다. 패키지의 `ErrorCode` 타입에 있는 Auth 서버 코드와, 클라이언트 라이브러리가 직접 붙이는 코드로 이루어집니다.',
    },
    discriminantHints: ['code', 'error_code'],
    // `user_not_found`, `invalid_credentials`, `conflict` are every app's words: only a file that uses Supabase
    // Auth (its modules or its own error guards) is read with this family.
    evidence: {
      discriminants: [],
      markers: [/\bisAuthApiError\s*\(/, /\bAuthApiError\b/, /\bisAuthWeakPasswordError\s*\(/, /\bisAuthSessionMissingError\s*\(/],
      modules: [
        '@supabase/supabase-js',
        '@supabase/auth-js',
        '@supabase/gotrue-js',
        '@supabase/ssr',
        '@supabase/auth-helpers-nextjs',
        '@supabase/auth-helpers-react',
        '@supabase/auth-helpers-sveltekit',
        '@supabase/auth-helpers-remix',
      ],
    },
  },
  SUPABASE_AUTH_ERROR_CODES,
  entries,
  { docsUrl: () => SUPABASE_AUTH_ERROR_CODES_URL },
);
