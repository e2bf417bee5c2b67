import { defineFamily, type EntryData } from './define';
import type { FamilyDefinition } from './types';

/**
 * The `error` values of the OAuth 2.0 and OpenID Connect specifications that Auth0's authorization server returns,
 * and two of Auth0's own (`mfa_required`, `unauthorized`). auth0-spa-js puts them on `GenericError.error`
 * (`getTokenSilently` → `login_required`); `@auth0/nextjs-auth0` passes them on as the `cause` of its errors.
 */
export const AUTH0_OAUTH_CODES = [
  // OpenID Connect Core 1.0, section 3.1.2.6
  'login_required',
  'consent_required',
  'interaction_required',
  'account_selection_required',
  // RFC 6749, section 4.1.2.1 (authorization endpoint)
  'access_denied',
  'invalid_request',
  'unauthorized_client',
  'unsupported_response_type',
  'invalid_scope',
  'server_error',
  'temporarily_unavailable',
  // RFC 6749, section 5.2 (token endpoint)
  'invalid_grant',
  'invalid_client',
  'unsupported_grant_type',
  // Auth0
  'mfa_required',
  'unauthorized',
] as const;

/** The `error` that auth0-spa-js's own `GenericError` subclasses set (`TimeoutError` → `timeout`, …), in class order. */
export const AUTH0_SPA_CODES = [
  'invalid_configuration',
  'timeout',
  'cancelled',
  'popup_open',
  'missing_refresh_token',
  'missing_scopes',
  'use_dpop_nonce',
] as const;

/**
 * The other codes auth0-spa-js raises as `new GenericError("…")` (the callback handler, silent renewal, the fetcher,
 * token revocation), in the order of their first use; `login_required` is one of {@link AUTH0_OAUTH_CODES}.
 */
export const AUTH0_SPA_RAISED_CODES = [
  'revoke_error',
  'missing_access_token',
  'state_mismatch',
  'missing_transaction',
  'missing_connect_code',
  'interactive_handler_cache_miss',
  'login_required',
  'invalid_token',
] as const;

/** The code enums of `@auth0/nextjs-auth0` v4 (`dist/errors`), key → value, as the package declares them. */
export const AUTH0_NEXTJS_ENUMS = {
  DPoPErrorCode: {
    DPOP_JKT_CALCULATION_FAILED: 'dpop_jkt_calculation_failed',
    DPOP_KEY_EXPORT_FAILED: 'dpop_key_export_failed',
    DPOP_CONFIGURATION_ERROR: 'dpop_configuration_error',
  },
  MtlsErrorCode: {
    MTLS_REQUIRES_CUSTOM_FETCH: 'mtls_requires_custom_fetch',
    MTLS_ENDPOINT_ALIASES_MISSING: 'mtls_endpoint_aliases_missing',
    MTLS_INCOMPATIBLE_CLIENT_AUTH: 'mtls_incompatible_client_auth',
  },
  ConnectAccountErrorCodes: {
    MISSING_SESSION: 'missing_session',
    FAILED_TO_INITIATE: 'failed_to_initiate',
    FAILED_TO_COMPLETE: 'failed_to_complete',
  },
  ConnectedAccountsErrorCodes: {
    MISSING_SESSION: 'missing_session',
    FAILED_TO_LIST: 'failed_to_list',
    FAILED_TO_DELETE: 'failed_to_delete',
  },
  AccessTokenErrorCode: {
    MISSING_SESSION: 'missing_session',
    MISSING_REFRESH_TOKEN: 'missing_refresh_token',
    FAILED_TO_REFRESH_TOKEN: 'failed_to_refresh_token',
    SESSION_EXPIRED: 'session_expired',
  },
  AccessTokenForConnectionErrorCode: {
    MISSING_SESSION: 'missing_session',
    MISSING_REFRESH_TOKEN: 'missing_refresh_token',
    FAILED_TO_EXCHANGE: 'failed_to_exchange_refresh_token',
  },
  TokenRevocationErrorCode: {
    MISSING_SESSION: 'missing_session',
    MISSING_REFRESH_TOKEN: 'missing_refresh_token',
    FAILED_TO_REVOKE: 'failed_to_revoke',
  },
  CustomTokenExchangeErrorCode: {
    MISSING_SUBJECT_TOKEN: 'missing_subject_token',
    INVALID_SUBJECT_TOKEN_TYPE: 'invalid_subject_token_type',
    MISSING_ACTOR_TOKEN_TYPE: 'missing_actor_token_type',
    INVALID_ACTOR_TOKEN_TYPE: 'invalid_actor_token_type',
    EXCHANGE_FAILED: 'exchange_failed',
    ACTOR_UNAVAILABLE: 'actor_unavailable',
    SETACTOR_REQUIRED: 'setactor_required',
    SESSION_TRANSFER_DISABLED: 'session_transfer_disabled',
  },
} as const;

/** The fixed `code` of each `SdkError` subclass of `@auth0/nextjs-auth0` v4 (`this.code = "…"`), in file order. */
export const AUTH0_NEXTJS_CLASS_CODES = [
  'domain_resolution_error',
  'domain_validation_error',
  'issuer_validation_error',
  'session_domain_mismatch',
  'invalid_request',
  'mfa_no_available_factors',
  'mfa_required',
  'mfa_token_expired',
  'mfa_token_invalid',
  'my_account_api_error',
  'discovery_error',
  'missing_state',
  'invalid_state',
  'invalid_configuration',
  'enterprise_connect_not_supported',
  'authorization_error',
  'authorization_code_grant_request_error',
  'authorization_code_grant_error',
  'backchannel_logout_error',
  'backchannel_authentication_not_supported_error',
  'backchannel_authentication_error',
  'popup_blocked',
  'popup_cancelled',
  'popup_timeout',
  'popup_in_progress',
  'invalid_execution_context',
] as const;

/** The codes the passkey and passwordless error classes of `@auth0/nextjs-auth0` v4 return from their `code` getter. */
export const AUTH0_NEXTJS_GETTER_CODES = [
  'passkey_register_error',
  'passkey_challenge_error',
  'passkey_get_token_error',
  'passkey_enrollment_challenge_error',
  'passkey_enrollment_verify_error',
  'passwordless_challenge_error',
  'passwordless_login_error',
  'passwordless_start_error',
  'passwordless_verify_error',
] as const;

export const AUTH0_ERROR_CODES = [
  ...AUTH0_OAUTH_CODES,
  'invalid_configuration',
  'timeout',
  'cancelled',
  'popup_open',
  'missing_refresh_token',
  'missing_scopes',
  'use_dpop_nonce',
  'revoke_error',
  'missing_access_token',
  'state_mismatch',
  'missing_transaction',
  'missing_connect_code',
  'interactive_handler_cache_miss',
  'invalid_token',
  'dpop_jkt_calculation_failed',
  'dpop_key_export_failed',
  'dpop_configuration_error',
  'mtls_requires_custom_fetch',
  'mtls_endpoint_aliases_missing',
  'mtls_incompatible_client_auth',
  'missing_session',
  'failed_to_initiate',
  'failed_to_complete',
  'failed_to_list',
  'failed_to_delete',
  'failed_to_refresh_token',
  'session_expired',
  'failed_to_exchange_refresh_token',
  'failed_to_revoke',
  'missing_subject_token',
  'invalid_subject_token_type',
  'missing_actor_token_type',
  'invalid_actor_token_type',
  'exchange_failed',
  'actor_unavailable',
  'setactor_required',
  'session_transfer_disabled',
  'domain_resolution_error',
  'domain_validation_error',
  'issuer_validation_error',
  'session_domain_mismatch',
  'mfa_no_available_factors',
  'mfa_token_expired',
  'mfa_token_invalid',
  'my_account_api_error',
  'discovery_error',
  'missing_state',
  'invalid_state',
  'enterprise_connect_not_supported',
  'authorization_error',
  'authorization_code_grant_request_error',
  'authorization_code_grant_error',
  'backchannel_logout_error',
  'backchannel_authentication_not_supported_error',
  'backchannel_authentication_error',
  'popup_blocked',
  'popup_cancelled',
  'popup_timeout',
  'popup_in_progress',
  'invalid_execution_context',
  ...AUTH0_NEXTJS_GETTER_CODES,
] as const;

export type Auth0ErrorCode = (typeof AUTH0_ERROR_CODES)[number];

const OIDC_ERRORS_URL = 'https://openid.net/specs/openid-connect-core-1_0.html#AuthError';
const OAUTH_AUTHORIZE_ERRORS_URL = 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1';
const OAUTH_TOKEN_ERRORS_URL = 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2';
/** The API reference of auth0-spa-js (its error classes). */
export const AUTH0_SPA_DOCS_URL = 'https://auth0.github.io/auth0-spa-js/';
/** The API reference of @auth0/nextjs-auth0. */
export const AUTH0_NEXTJS_DOCS_URL = 'https://auth0.github.io/nextjs-auth0/';

const SPA_TOKEN = ['getTokenSilently'];
const SPA_POPUP = ['loginWithPopup', 'getTokenWithPopup'];

const entries = {
  login_required: {
    summary: { en: 'The authorization server needs the user to sign in interactively.', ko: '인가 서버가 사용자의 대화형 로그인을 요구합니다.' },
    cause: { en: 'A silent request (`getTokenSilently`, `prompt=none`) found no Auth0 session, often because third-party cookies are blocked and no refresh token is used.', ko: '조용한 요청(`getTokenSilently`, `prompt=none`)이 Auth0 세션을 찾지 못했습니다. 서드 파티 쿠키가 차단되고 리프레시 토큰을 쓰지 않는 경우가 많습니다.' },
    fix: { en: 'Call `loginWithRedirect()` (or show a sign-in button); use `useRefreshTokens: true` so silent renewal does not depend on cookies.', ko: '`loginWithRedirect()`를 호출하거나 로그인 버튼을 보여 주고, 조용한 갱신이 쿠키에 기대지 않도록 `useRefreshTokens: true`를 쓰세요.' },
    docsUrl: OIDC_ERRORS_URL,
    raisedBy: SPA_TOKEN,
  },
  consent_required: {
    summary: { en: 'The user must consent to the requested scopes or audience first.', ko: '사용자가 먼저 요청한 범위나 대상(audience)에 동의해야 합니다.' },
    cause: { en: 'A silent request asked for an API or scopes the user has not approved yet (first-party apps on `localhost` always ask).', ko: '조용한 요청이 사용자가 아직 승인하지 않은 API나 범위를 요구했습니다(`localhost`의 앱은 항상 동의를 묻습니다).' },
    fix: { en: 'Send the user through `loginWithRedirect` or `getTokenWithPopup` once so the consent screen can show.', ko: '동의 화면이 뜰 수 있도록 한 번 `loginWithRedirect`나 `getTokenWithPopup`을 거치게 하세요.' },
    docsUrl: OIDC_ERRORS_URL,
    raisedBy: SPA_TOKEN,
  },
  interaction_required: {
    summary: { en: 'The sign-in needs a step the user has to see, so it cannot finish silently.', ko: '사용자가 직접 봐야 하는 단계가 있어 로그인을 조용히 마칠 수 없습니다.' },
    cause: { en: 'For example an MFA prompt, a rule or action that redirects, or an account link step during `prompt=none`.', ko: '예를 들어 `prompt=none` 중에 MFA 입력, 리디렉션하는 규칙·액션, 계정 연결 단계가 필요합니다.' },
    fix: { en: 'Fall back to an interactive `loginWithRedirect` or popup.', ko: '대화형 `loginWithRedirect`나 팝업으로 전환하세요.' },
    docsUrl: OIDC_ERRORS_URL,
    raisedBy: SPA_TOKEN,
  },
  account_selection_required: {
    summary: { en: 'The user must choose which account to continue with.', ko: '사용자가 계속할 계정을 골라야 합니다.' },
    cause: { en: 'Several sessions exist and a silent request cannot pick one.', ko: '세션이 여러 개라 조용한 요청으로는 하나를 고를 수 없습니다.' },
    fix: { en: 'Run an interactive sign-in so the user can select the account.', ko: '사용자가 계정을 고를 수 있도록 대화형 로그인을 실행하세요.' },
    docsUrl: OIDC_ERRORS_URL,
  },
  access_denied: {
    generic: true,
    summary: { en: 'The user or a rule of the tenant refused the authorization.', ko: '사용자나 테넌트의 규칙이 인가를 거부했습니다.' },
    cause: { en: 'The user declined consent, or an Auth0 action denied access (the reason is in `error_description`).', ko: '사용자가 동의를 거절했거나 Auth0 액션이 접근을 막았습니다(이유는 `error_description`에 있습니다).' },
    fix: { en: 'Show `error_description` in a neutral page and offer to sign in again.', ko: '`error_description`을 중립적인 페이지에 보여 주고 다시 로그인할 수 있게 하세요.' },
    docsUrl: OAUTH_AUTHORIZE_ERRORS_URL,
  },
  invalid_request: {
    generic: true,
    summary: { en: 'The request is missing a parameter or has one that is not allowed.', ko: '요청에 매개변수가 빠졌거나 허용되지 않는 매개변수가 있습니다.' },
    cause: { en: 'A wrong `redirect_uri`, a missing `audience` or a malformed parameter; @auth0/nextjs-auth0 also uses this code for a bad request to its routes.', ko: '잘못된 `redirect_uri`, 빠진 `audience`, 형식이 잘못된 매개변수 등입니다. @auth0/nextjs-auth0도 자기 라우트에 온 잘못된 요청에 이 코드를 씁니다.' },
    fix: { en: 'Read `error_description` and compare the parameters with the application\'s settings in the Auth0 dashboard.', ko: '`error_description`을 읽고 매개변수를 Auth0 대시보드의 애플리케이션 설정과 비교하세요.' },
    docsUrl: OAUTH_AUTHORIZE_ERRORS_URL,
  },
  unauthorized_client: {
    summary: { en: 'The application may not use this grant or response type.', ko: '애플리케이션이 이 그랜트나 응답 유형을 쓸 수 없습니다.' },
    cause: { en: 'The grant (refresh token, password, …) is not enabled for the application in Auth0.', ko: 'Auth0에서 애플리케이션에 그 그랜트(리프레시 토큰, 비밀번호 등)가 켜져 있지 않습니다.' },
    fix: { en: 'Enable the grant type under the application\'s advanced settings.', ko: '애플리케이션의 고급 설정에서 그랜트 유형을 켜세요.' },
    docsUrl: OAUTH_AUTHORIZE_ERRORS_URL,
  },
  unsupported_response_type: {
    summary: { en: 'The authorization server does not support the requested response type.', ko: '인가 서버가 요청한 응답 유형을 지원하지 않습니다.' },
    cause: { en: 'A hand-built authorize URL asked for a response type the tenant does not offer.', ko: '직접 만든 authorize URL이 테넌트가 제공하지 않는 응답 유형을 요청했습니다.' },
    fix: { en: 'Let the SDK build the authorize URL (it uses the code flow with PKCE).', ko: 'SDK가 authorize URL을 만들게 하세요(PKCE 코드 흐름을 씁니다).' },
    docsUrl: OAUTH_AUTHORIZE_ERRORS_URL,
  },
  invalid_scope: {
    generic: true,
    summary: { en: 'A requested scope is unknown or not allowed.', ko: '요청한 범위를 알 수 없거나 허용되지 않습니다.' },
    cause: { en: 'The scope is not defined on the API (audience) or is misspelled.', ko: '범위가 API(audience)에 정의되어 있지 않거나 철자가 틀렸습니다.' },
    fix: { en: 'Request only scopes defined on the API in the Auth0 dashboard.', ko: 'Auth0 대시보드의 API에 정의된 범위만 요청하세요.' },
    docsUrl: OAUTH_AUTHORIZE_ERRORS_URL,
  },
  server_error: {
    generic: true,
    summary: { en: 'The authorization server failed unexpectedly.', ko: '인가 서버가 예기치 않게 실패했습니다.' },
    cause: { en: 'A problem on Auth0\'s side or in a custom action that threw.', ko: 'Auth0 쪽 문제이거나 사용자 지정 액션에서 오류가 났습니다.' },
    fix: { en: 'Show a "try again later" message and check the tenant logs.', ko: '"잠시 후 다시 시도하라"는 안내를 보여 주고 테넌트 로그를 확인하세요.' },
    docsUrl: OAUTH_AUTHORIZE_ERRORS_URL,
  },
  temporarily_unavailable: {
    generic: true,
    summary: { en: 'The authorization server is overloaded or under maintenance.', ko: '인가 서버가 과부하 상태이거나 점검 중입니다.' },
    cause: { en: 'A temporary condition on the server, not a problem with the request.', ko: '요청 문제가 아니라 서버의 일시적인 상태입니다.' },
    fix: { en: 'Retry after a pause.', ko: '잠시 뒤 다시 시도하세요.' },
    docsUrl: OAUTH_AUTHORIZE_ERRORS_URL,
  },
  invalid_grant: {
    generic: true,
    summary: { en: 'The authorization code, refresh token or credentials are invalid or expired.', ko: '인가 코드·리프레시 토큰·자격 증명이 올바르지 않거나 만료되었습니다.' },
    cause: { en: 'A refresh token that was rotated or revoked, a code used twice, or a wrong password with the password grant.', ko: '교체되었거나 폐기된 리프레시 토큰, 두 번 쓴 코드, 비밀번호 그랜트의 틀린 비밀번호 등입니다.' },
    fix: { en: 'Sign the user in again; with refresh-token rotation, do not reuse an old refresh token.', ko: '다시 로그인하게 하고, 리프레시 토큰 교체를 쓴다면 예전 토큰을 다시 쓰지 마세요.' },
    docsUrl: OAUTH_TOKEN_ERRORS_URL,
  },
  invalid_client: {
    generic: true,
    summary: { en: 'The application could not be authenticated.', ko: '애플리케이션을 인증하지 못했습니다.' },
    cause: { en: 'A wrong client id or secret, or a client authentication method the application is not set up for.', ko: '클라이언트 ID나 비밀 값이 틀렸거나, 애플리케이션에 설정되지 않은 클라이언트 인증 방식을 썼습니다.' },
    fix: { en: 'Check `AUTH0_CLIENT_ID` / `AUTH0_CLIENT_SECRET` and the application\'s authentication method.', ko: '`AUTH0_CLIENT_ID`·`AUTH0_CLIENT_SECRET`과 애플리케이션의 인증 방식을 확인하세요.' },
    docsUrl: OAUTH_TOKEN_ERRORS_URL,
  },
  unsupported_grant_type: {
    summary: { en: 'The authorization server does not support the grant type of the token request.', ko: '인가 서버가 토큰 요청의 그랜트 유형을 지원하지 않습니다.' },
    cause: { en: 'A grant the tenant does not offer, or a typo in `grant_type`.', ko: '테넌트가 제공하지 않는 그랜트이거나 `grant_type`에 오타가 있습니다.' },
    fix: { en: 'Use a grant type Auth0 supports and that is enabled for the application.', ko: 'Auth0가 지원하고 애플리케이션에 켜진 그랜트 유형을 쓰세요.' },
    docsUrl: OAUTH_TOKEN_ERRORS_URL,
  },
  mfa_required: {
    summary: { en: 'The token request needs multi-factor authentication first.', ko: '토큰 요청 전에 다단계 인증이 필요합니다.' },
    cause: { en: 'The tenant or an action requires MFA for this request; the error carries an `mfa_token` (auth0-spa-js `MfaRequiredError`, nextjs-auth0 `MfaRequiredError`).', ko: '테넌트나 액션이 이 요청에 MFA를 요구합니다. 오류에 `mfa_token`이 담겨 있습니다(auth0-spa-js와 nextjs-auth0의 `MfaRequiredError`).' },
    fix: { en: 'Run the MFA challenge with the `mfa_token`, or fall back to an interactive sign-in.', ko: '`mfa_token`으로 MFA 챌린지를 진행하거나 대화형 로그인으로 전환하세요.' },
    docsUrl: 'https://auth0.com/docs/secure/multi-factor-authentication',
    raisedBy: SPA_TOKEN,
  },
  unauthorized: {
    generic: true,
    summary: { en: 'An Auth0 rule or action refused the sign-in.', ko: 'Auth0 규칙이나 액션이 로그인을 거부했습니다.' },
    cause: { en: 'Custom logic in the tenant denied the user (for example an unverified email or a blocked domain); the reason is in `error_description`.', ko: '테넌트의 사용자 지정 로직이 사용자를 거부했습니다(예: 인증되지 않은 이메일, 차단된 도메인). 이유는 `error_description`에 있습니다.' },
    fix: { en: 'Show `error_description` on a neutral page; change the rule if the user should be let in.', ko: '`error_description`을 중립적인 페이지에 보여 주고, 사용자를 들여야 한다면 규칙을 고치세요.' },
    docsUrl: 'https://auth0.com/docs/customize/actions',
  },
  invalid_configuration: {
    generic: true,
    summary: { en: 'The SDK is configured in a way it cannot work with.', ko: 'SDK 설정이 동작할 수 없는 상태입니다.' },
    cause: { en: 'A missing or contradictory option (domain, client id, secret, base URL) given to `createAuth0Client` or `new Auth0Client`.', ko: '`createAuth0Client`나 `new Auth0Client`에 넘긴 옵션(도메인, 클라이언트 ID, 비밀 값, 기본 URL)이 빠졌거나 서로 맞지 않습니다.' },
    fix: { en: 'Read the error message, which names the option, and fix the configuration.', ko: '옵션 이름이 적힌 오류 메시지를 읽고 설정을 고치세요.' },
    docsUrl: AUTH0_SPA_DOCS_URL,
  },
  timeout: {
    generic: true,
    summary: { en: 'The SDK gave up waiting for the authorization server.', ko: 'SDK가 인가 서버를 기다리다 포기했습니다.' },
    cause: { en: 'A silent iframe or a popup did not answer in time (`authorizeTimeoutInSeconds`, `timeoutInSeconds`).', ko: '조용한 iframe이나 팝업이 제시간에 응답하지 않았습니다(`authorizeTimeoutInSeconds`, `timeoutInSeconds`).' },
    fix: { en: 'Retry, or fall back to `loginWithRedirect`; check that the tenant domain and allowed web origins are right.', ko: '다시 시도하거나 `loginWithRedirect`로 전환하고, 테넌트 도메인과 허용된 웹 출처가 맞는지 확인하세요.' },
    docsUrl: AUTH0_SPA_DOCS_URL,
    raisedBy: [...SPA_TOKEN, ...SPA_POPUP],
  },
  cancelled: {
    generic: true,
    summary: { en: 'The user closed the sign-in popup.', ko: '사용자가 로그인 팝업을 닫았습니다.' },
    cause: { en: 'The popup of `loginWithPopup` or `getTokenWithPopup` was closed before it finished.', ko: '`loginWithPopup`이나 `getTokenWithPopup`의 팝업이 끝나기 전에 닫혔습니다.' },
    fix: { en: 'Stay on the page quietly and let the user try again.', ko: '조용히 페이지에 머물며 다시 시도하게 하세요.' },
    docsUrl: AUTH0_SPA_DOCS_URL,
    raisedBy: SPA_POPUP,
  },
  popup_open: {
    summary: { en: 'The browser refused to open the sign-in popup.', ko: '브라우저가 로그인 팝업을 열지 않았습니다.' },
    cause: { en: '`window.open` returned `null`, usually because the call did not come straight from a click.', ko: '`window.open`이 `null`을 돌려주었습니다. 대개 클릭에서 바로 호출하지 않았기 때문입니다.' },
    fix: { en: 'Call `loginWithPopup` directly in the click handler, or pass a popup you opened yourself.', ko: '클릭 핸들러에서 바로 `loginWithPopup`을 호출하거나, 직접 연 팝업을 넘기세요.' },
    docsUrl: AUTH0_SPA_DOCS_URL,
    raisedBy: SPA_POPUP,
  },
  missing_refresh_token: {
    summary: { en: 'No refresh token is available to renew the tokens.', ko: '토큰을 갱신할 리프레시 토큰이 없습니다.' },
    cause: { en: 'The session was created without the `offline_access` scope, or the cache lost the refresh token (auth0-spa-js `MissingRefreshTokenError`; nextjs-auth0 `AccessTokenErrorCode.MISSING_REFRESH_TOKEN`).', ko: '`offline_access` 범위 없이 세션을 만들었거나 캐시에서 리프레시 토큰이 사라졌습니다(auth0-spa-js `MissingRefreshTokenError`, nextjs-auth0 `AccessTokenErrorCode.MISSING_REFRESH_TOKEN`).' },
    fix: { en: 'Request `offline_access` and enable refresh tokens for the API, or sign the user in again.', ko: '`offline_access`를 요청하고 API에 리프레시 토큰을 켜거나, 다시 로그인하게 하세요.' },
    docsUrl: AUTH0_SPA_DOCS_URL,
  },
  missing_scopes: {
    summary: { en: 'The renewed tokens lack scopes that were requested.', ko: '갱신된 토큰에 요청한 범위가 빠져 있습니다.' },
    cause: { en: 'A refresh returned fewer scopes than `getTokenSilently` asked for (the refresh token was issued for less).', ko: '갱신 결과가 `getTokenSilently`가 요청한 것보다 적은 범위를 돌려주었습니다(리프레시 토큰이 더 좁게 발급됨).' },
    fix: { en: 'Sign the user in again with the full set of scopes.', ko: '필요한 범위를 모두 요청해 다시 로그인하게 하세요.' },
    docsUrl: AUTH0_SPA_DOCS_URL,
    raisedBy: SPA_TOKEN,
  },
  use_dpop_nonce: {
    summary: { en: 'The server rejected the DPoP proof because its nonce is wrong.', ko: '서버가 nonce가 맞지 않는 DPoP 증명을 거부했습니다.' },
    cause: { en: 'The server asked for a fresh DPoP nonce, and the request has to be repeated with it.', ko: '서버가 새 DPoP nonce를 요구했으니 그 값으로 요청을 다시 보내야 합니다.' },
    fix: { en: 'Retry the request with the nonce from the `DPoP-Nonce` header; the SDK\'s fetcher does it for you.', ko: '`DPoP-Nonce` 헤더의 nonce로 요청을 다시 보내세요. SDK의 fetcher는 이를 대신 처리합니다.' },
    docsUrl: AUTH0_SPA_DOCS_URL,
  },
  revoke_error: {
    summary: { en: 'Revoking the refresh token failed.', ko: '리프레시 토큰 폐기에 실패했습니다.' },
    cause: { en: 'The revocation request to Auth0 failed during `logout` or `revokeRefreshToken`; the message carries the reason.', ko: '`logout`이나 `revokeRefreshToken` 중 Auth0로 보낸 폐기 요청이 실패했습니다. 메시지에 이유가 있습니다.' },
    fix: { en: 'Clear the local session anyway and retry the revocation later.', ko: '로컬 세션은 그래도 지우고 폐기는 나중에 다시 시도하세요.' },
  },
  missing_access_token: {
    summary: { en: 'The SDK\'s fetcher has no access token to send.', ko: 'SDK의 fetcher가 보낼 액세스 토큰이 없습니다.' },
    cause: { en: 'A request through `createFetcher` ran while no token could be obtained for the audience.', ko: '대상(audience)에 대한 토큰을 얻을 수 없는 상태에서 `createFetcher`로 요청했습니다.' },
    fix: { en: 'Make sure the user is signed in and the audience is configured before calling the API.', ko: 'API를 호출하기 전에 로그인 상태와 대상 설정을 확인하세요.' },
  },
  state_mismatch: {
    summary: { en: 'The `state` of the callback does not match the sign-in that was started.', ko: '콜백의 `state`가 시작한 로그인과 맞지 않습니다.' },
    cause: { en: 'The callback URL was opened twice, in another tab, or after the transaction was replaced.', ko: '콜백 URL을 두 번 열었거나, 다른 탭에서 열었거나, 트랜잭션이 바뀐 뒤에 열었습니다.' },
    fix: { en: 'Start a new sign-in with `loginWithRedirect`.', ko: '`loginWithRedirect`로 새 로그인을 시작하세요.' },
    raisedBy: ['handleRedirectCallback'],
  },
  missing_transaction: {
    summary: { en: 'No sign-in transaction was found for the callback.', ko: '콜백에 해당하는 로그인 트랜잭션이 없습니다.' },
    cause: { en: '`handleRedirectCallback` ran without a stored transaction (storage cleared, another origin, a reload of the callback page).', ko: '저장된 트랜잭션 없이 `handleRedirectCallback`을 실행했습니다(저장소 삭제, 다른 출처, 콜백 페이지 새로 고침).' },
    fix: { en: 'Call `handleRedirectCallback` only when the URL has `code` and `state`, and start over with `loginWithRedirect`.', ko: 'URL에 `code`와 `state`가 있을 때만 `handleRedirectCallback`을 호출하고, `loginWithRedirect`로 다시 시작하세요.' },
    raisedBy: ['handleRedirectCallback'],
  },
  missing_connect_code: {
    summary: { en: 'The connect-account callback has no `connect_code`.', ko: '계정 연결 콜백에 `connect_code`가 없습니다.' },
    cause: { en: 'The callback of `connectAccountWithRedirect` lost its query parameters.', ko: '`connectAccountWithRedirect`의 콜백에서 쿼리 매개변수가 사라졌습니다.' },
    fix: { en: 'Start the account connection again.', ko: '계정 연결을 다시 시작하세요.' },
    raisedBy: ['handleRedirectCallback'],
  },
  interactive_handler_cache_miss: {
    summary: { en: 'The token was not in the cache after the interactive step.', ko: '대화형 단계 뒤에 캐시에서 토큰을 찾지 못했습니다.' },
    cause: { en: 'An interactive error handler finished, but the tokens it obtained were not stored (another cache, a different audience).', ko: '대화형 오류 처리기가 끝났지만 얻은 토큰이 저장되지 않았습니다(다른 캐시, 다른 대상 등).' },
    fix: { en: 'Use the same cache and audience in the handler as in `getTokenSilently`.', ko: '처리기에서도 `getTokenSilently`와 같은 캐시와 대상을 쓰세요.' },
    raisedBy: SPA_TOKEN,
  },
  invalid_token: {
    generic: true,
    summary: { en: 'A token\'s claims are not consistent.', ko: '토큰의 클레임이 서로 맞지 않습니다.' },
    cause: { en: 'For example a `session_expiry` in milliseconds, or one before the token was issued.', ko: '예를 들어 `session_expiry`가 밀리초 단위이거나 토큰 발급 시각보다 이릅니다.' },
    fix: { en: 'Set the claim in seconds (a Unix timestamp) in the action that adds it.', ko: '클레임을 추가하는 액션에서 초 단위(유닉스 시간)로 설정하세요.' },
  },
  dpop_jkt_calculation_failed: {
    summary: { en: 'The SDK could not compute the thumbprint of the DPoP key.', ko: 'SDK가 DPoP 키의 지문(thumbprint)을 계산하지 못했습니다.' },
    cause: { en: 'The configured DPoP key pair is not a usable public key.', ko: '설정한 DPoP 키 쌍이 쓸 수 있는 공개 키가 아닙니다.' },
    fix: { en: 'Generate the key pair with the SDK\'s helper or an ES256 key of Web Crypto.', ko: 'SDK의 도우미나 Web Crypto의 ES256 키로 키 쌍을 만드세요.' },
  },
  dpop_key_export_failed: {
    summary: { en: 'The SDK could not export the DPoP public key.', ko: 'SDK가 DPoP 공개 키를 내보내지 못했습니다.' },
    cause: { en: 'The key was created as not extractable, or in a format the runtime cannot export.', ko: '키를 추출 불가로 만들었거나 런타임이 내보낼 수 없는 형식입니다.' },
    fix: { en: 'Create the public key as extractable (the private key may stay non-extractable).', ko: '공개 키를 추출 가능하게 만드세요(개인 키는 추출 불가로 두어도 됩니다).' },
  },
  dpop_configuration_error: {
    summary: { en: 'The DPoP options of the client are incomplete or contradictory.', ko: '클라이언트의 DPoP 옵션이 빠졌거나 서로 맞지 않습니다.' },
    cause: { en: 'DPoP is turned on without a key pair, or with options that do not fit together.', ko: '키 쌍 없이 DPoP를 켰거나 서로 맞지 않는 옵션을 주었습니다.' },
    fix: { en: 'Pass a DPoP key pair when you enable DPoP, and check the option names in the message.', ko: 'DPoP를 켤 때 키 쌍을 넘기고, 메시지에 적힌 옵션 이름을 확인하세요.' },
  },
  mtls_requires_custom_fetch: {
    summary: { en: 'Mutual TLS needs a fetch that presents the client certificate.', ko: '상호 TLS에는 클라이언트 인증서를 제시하는 fetch가 필요합니다.' },
    cause: { en: 'mTLS is turned on, but the SDK was given no custom fetch that can send a certificate.', ko: 'mTLS를 켰지만 인증서를 보낼 수 있는 사용자 지정 fetch를 넘기지 않았습니다.' },
    fix: { en: 'Pass a fetch bound to an agent that holds the client certificate.', ko: '클라이언트 인증서를 가진 에이전트에 묶인 fetch를 넘기세요.' },
  },
  mtls_endpoint_aliases_missing: {
    summary: { en: 'The tenant\'s discovery document has no mTLS endpoint aliases.', ko: '테넌트의 디스커버리 문서에 mTLS 엔드포인트 별칭이 없습니다.' },
    cause: { en: 'mTLS is on in the SDK but not set up for the tenant or custom domain.', ko: 'SDK에서는 mTLS를 켰지만 테넌트나 사용자 지정 도메인에는 설정되어 있지 않습니다.' },
    fix: { en: 'Enable mTLS for the tenant, or turn it off in the SDK.', ko: '테넌트에서 mTLS를 켜거나 SDK에서 끄세요.' },
  },
  mtls_incompatible_client_auth: {
    summary: { en: 'mTLS cannot be combined with the configured client authentication.', ko: 'mTLS를 설정된 클라이언트 인증 방식과 함께 쓸 수 없습니다.' },
    cause: { en: 'A client secret or private key JWT was configured together with mTLS client authentication.', ko: 'mTLS 클라이언트 인증과 함께 클라이언트 비밀 값이나 개인 키 JWT를 설정했습니다.' },
    fix: { en: 'Use one client authentication method: drop the secret or the key when using mTLS.', ko: '클라이언트 인증 방식을 하나만 쓰세요. mTLS를 쓸 때는 비밀 값이나 키를 빼세요.' },
  },
  missing_session: {
    generic: true,
    summary: { en: 'No user session was found.', ko: '사용자 세션을 찾지 못했습니다.' },
    cause: { en: '`getAccessToken` (or a connected-accounts or token call) ran for a request without the session cookie: the user is signed out.', ko: '세션 쿠키 없는 요청에서 `getAccessToken`(또는 연결된 계정·토큰 호출)을 실행했습니다. 사용자가 로그아웃 상태입니다.' },
    fix: { en: 'Redirect to `/auth/login` or answer 401 instead of treating it as a server error.', ko: '서버 오류로 다루지 말고 `/auth/login`으로 보내거나 401로 답하세요.' },
    raisedBy: ['getAccessToken', 'getAccessTokenForConnection'],
  },
  failed_to_initiate: {
    summary: { en: 'Connecting an account could not start.', ko: '계정 연결을 시작하지 못했습니다.' },
    cause: { en: 'The My Account API refused the connect request (connection not enabled, missing scope).', ko: 'My Account API가 연결 요청을 거부했습니다(연결이 켜져 있지 않음, 범위 부족 등).' },
    fix: { en: 'Check the connection and the My Account API scopes of the application.', ko: '연결 설정과 애플리케이션의 My Account API 범위를 확인하세요.' },
  },
  failed_to_complete: {
    summary: { en: 'Connecting an account could not be completed.', ko: '계정 연결을 완료하지 못했습니다.' },
    cause: { en: 'The callback of the connect flow failed (expired state, denied consent at the provider).', ko: '연결 흐름의 콜백이 실패했습니다(state 만료, 제공자에서 동의 거부 등).' },
    fix: { en: 'Start the connect flow again.', ko: '연결 흐름을 다시 시작하세요.' },
  },
  failed_to_list: {
    summary: { en: 'The connected accounts could not be listed.', ko: '연결된 계정 목록을 가져오지 못했습니다.' },
    cause: { en: 'The My Account API call failed or lacked the read scope.', ko: 'My Account API 호출이 실패했거나 읽기 범위가 없었습니다.' },
    fix: { en: 'Check the scopes of the access token and retry.', ko: '액세스 토큰의 범위를 확인하고 다시 시도하세요.' },
  },
  failed_to_delete: {
    summary: { en: 'The connected account could not be removed.', ko: '연결된 계정을 제거하지 못했습니다.' },
    cause: { en: 'The My Account API call failed, lacked the delete scope, or the account id is unknown.', ko: 'My Account API 호출이 실패했거나, 삭제 범위가 없거나, 계정 ID를 알 수 없습니다.' },
    fix: { en: 'Check the scopes and the id, then retry.', ko: '범위와 ID를 확인한 뒤 다시 시도하세요.' },
  },
  failed_to_refresh_token: {
    summary: { en: 'The access token could not be refreshed.', ko: '액세스 토큰을 갱신하지 못했습니다.' },
    cause: { en: 'Auth0 refused the refresh token (revoked, rotated, expired); the OAuth error is the `cause`.', ko: 'Auth0가 리프레시 토큰을 거부했습니다(폐기, 교체, 만료). OAuth 오류는 `cause`에 있습니다.' },
    fix: { en: 'Send the user to sign in again.', ko: '다시 로그인하게 하세요.' },
    raisedBy: ['getAccessToken'],
  },
  session_expired: {
    generic: true,
    summary: { en: 'The session and its access token have expired.', ko: '세션과 액세스 토큰이 만료되었습니다.' },
    cause: { en: 'The access token is expired and there is no refresh token to renew it.', ko: '액세스 토큰이 만료되었고 갱신할 리프레시 토큰이 없습니다.' },
    fix: { en: 'Send the user to sign in again, or request `offline_access` so tokens can be refreshed.', ko: '다시 로그인하게 하거나, 토큰을 갱신할 수 있도록 `offline_access`를 요청하세요.' },
    raisedBy: ['getAccessToken'],
  },
  failed_to_exchange_refresh_token: {
    summary: { en: 'The refresh token could not be exchanged for a connection\'s access token.', ko: '리프레시 토큰을 연결의 액세스 토큰으로 교환하지 못했습니다.' },
    cause: { en: 'Token Vault refused the exchange (connection not set up for it, user never connected the account).', ko: 'Token Vault가 교환을 거부했습니다(연결이 설정되지 않음, 사용자가 계정을 연결한 적 없음 등).' },
    fix: { en: 'Have the user connect the account first, and check the connection\'s Token Vault settings.', ko: '먼저 사용자가 계정을 연결하게 하고, 연결의 Token Vault 설정을 확인하세요.' },
    raisedBy: ['getAccessTokenForConnection'],
  },
  failed_to_revoke: {
    summary: { en: 'The refresh token could not be revoked.', ko: '리프레시 토큰을 폐기하지 못했습니다.' },
    cause: { en: 'Auth0\'s revocation endpoint failed or refused the client.', ko: 'Auth0의 폐기 엔드포인트가 실패했거나 클라이언트를 거부했습니다.' },
    fix: { en: 'Retry, and check the client credentials; still clear the local session.', ko: '다시 시도하고 클라이언트 자격 증명을 확인하되, 로컬 세션은 그래도 지우세요.' },
  },
  missing_subject_token: {
    summary: { en: 'The custom token exchange was called without a subject token.', ko: '주체 토큰 없이 사용자 지정 토큰 교환을 호출했습니다.' },
    cause: { en: 'The `subjectToken` option was empty.', ko: '`subjectToken` 옵션이 비어 있었습니다.' },
    fix: { en: 'Pass the token to exchange as `subjectToken`.', ko: '교환할 토큰을 `subjectToken`으로 넘기세요.' },
  },
  invalid_subject_token_type: {
    summary: { en: 'The subject token type is not a valid URI.', ko: '주체 토큰 유형이 올바른 URI가 아닙니다.' },
    cause: { en: 'The `subjectTokenType` is missing, reserved, or not a URI that the exchange profile accepts.', ko: '`subjectTokenType`이 없거나, 예약된 값이거나, 교환 프로필이 받는 URI가 아닙니다.' },
    fix: { en: 'Use the token type URI set up in the tenant\'s Custom Token Exchange profile.', ko: '테넌트의 사용자 지정 토큰 교환 프로필에 설정한 토큰 유형 URI를 쓰세요.' },
  },
  missing_actor_token_type: {
    summary: { en: 'An actor token was passed without its type.', ko: '유형 없이 행위자 토큰을 넘겼습니다.' },
    cause: { en: '`actorToken` was set but `actorTokenType` was not.', ko: '`actorToken`은 있지만 `actorTokenType`이 없습니다.' },
    fix: { en: 'Pass `actorTokenType` together with `actorToken`.', ko: '`actorToken`과 함께 `actorTokenType`을 넘기세요.' },
  },
  invalid_actor_token_type: {
    summary: { en: 'The actor token type is not valid.', ko: '행위자 토큰 유형이 올바르지 않습니다.' },
    cause: { en: 'The `actorTokenType` is not a URI the exchange accepts.', ko: '`actorTokenType`이 교환에서 받는 URI가 아닙니다.' },
    fix: { en: 'Use a valid token type URI for the actor token.', ko: '행위자 토큰에 올바른 토큰 유형 URI를 쓰세요.' },
  },
  exchange_failed: {
    generic: true,
    summary: { en: 'The custom token exchange was refused.', ko: '사용자 지정 토큰 교환이 거부되었습니다.' },
    cause: { en: 'Auth0 or the exchange action rejected the subject token; the OAuth error is the `cause`.', ko: 'Auth0나 교환 액션이 주체 토큰을 거부했습니다. OAuth 오류는 `cause`에 있습니다.' },
    fix: { en: 'Read the cause and the tenant logs of the exchange action.', ko: '`cause`와 교환 액션의 테넌트 로그를 확인하세요.' },
  },
  actor_unavailable: {
    summary: { en: 'No actor is available for the delegated token exchange.', ko: '위임 토큰 교환에 쓸 행위자가 없습니다.' },
    cause: { en: 'The exchange asked to act on behalf of someone, but no actor token could be found.', ko: '다른 사람을 대신하는 교환을 요청했지만 행위자 토큰을 찾지 못했습니다.' },
    fix: { en: 'Pass an actor token, or drop the delegation options.', ko: '행위자 토큰을 넘기거나 위임 옵션을 빼세요.' },
  },
  setactor_required: {
    summary: { en: 'The exchange action must set the actor for this request.', ko: '이 요청에는 교환 액션이 행위자를 지정해야 합니다.' },
    cause: { en: 'A delegated exchange ran, but the tenant\'s exchange action did not call `setActor`.', ko: '위임 교환을 실행했지만 테넌트의 교환 액션이 `setActor`를 호출하지 않았습니다.' },
    fix: { en: 'Call `api.authentication.setActor(…)` in the Custom Token Exchange action.', ko: '사용자 지정 토큰 교환 액션에서 `api.authentication.setActor(…)`를 호출하세요.' },
  },
  session_transfer_disabled: {
    summary: { en: 'Session transfer is not enabled for this exchange.', ko: '이 교환에는 세션 전송이 켜져 있지 않습니다.' },
    cause: { en: 'A session transfer token was requested while the application does not allow it.', ko: '애플리케이션이 허용하지 않는데 세션 전송 토큰을 요청했습니다.' },
    fix: { en: 'Enable session transfer for the application, or stop requesting it.', ko: '애플리케이션에서 세션 전송을 켜거나 요청하지 마세요.' },
  },
  domain_resolution_error: {
    summary: { en: 'The SDK could not work out which Auth0 domain serves this request.', ko: 'SDK가 이 요청을 처리할 Auth0 도메인을 정하지 못했습니다.' },
    cause: { en: 'With several custom domains, the domain resolver returned nothing or threw.', ko: '사용자 지정 도메인이 여러 개인데 도메인 결정 함수가 아무것도 돌려주지 않았거나 오류를 냈습니다.' },
    fix: { en: 'Make the domain resolver return a configured domain for every host.', ko: '도메인 결정 함수가 모든 호스트에 대해 설정된 도메인을 돌려주게 하세요.' },
  },
  domain_validation_error: {
    summary: { en: 'The resolved Auth0 domain is not valid.', ko: '결정된 Auth0 도메인이 올바르지 않습니다.' },
    cause: { en: 'The resolver returned a value that is not a bare host name (a URL with a path, an empty string).', ko: '결정 함수가 순수한 호스트 이름이 아닌 값(경로가 붙은 URL, 빈 문자열)을 돌려주었습니다.' },
    fix: { en: 'Return the domain as a host name only, such as `login.example.com`.', ko: '`login.example.com`처럼 호스트 이름만 돌려주세요.' },
  },
  issuer_validation_error: {
    summary: { en: 'The token\'s issuer does not match the domain in use.', ko: '토큰의 발급자가 사용 중인 도메인과 맞지 않습니다.' },
    cause: { en: 'Tokens from one custom domain were checked against another.', ko: '한 사용자 지정 도메인의 토큰을 다른 도메인 기준으로 검사했습니다.' },
    fix: { en: 'Keep each session on the domain that issued it.', ko: '각 세션을 발급한 도메인에서만 쓰세요.' },
  },
  session_domain_mismatch: {
    summary: { en: 'The session belongs to another Auth0 domain.', ko: '세션이 다른 Auth0 도메인에 속합니다.' },
    cause: { en: 'A session made on one custom domain reached a request resolved to another.', ko: '한 사용자 지정 도메인에서 만든 세션이 다른 도메인으로 결정된 요청에 쓰였습니다.' },
    fix: { en: 'Sign the user in again on this domain.', ko: '이 도메인에서 다시 로그인하게 하세요.' },
  },
  mfa_no_available_factors: {
    summary: { en: 'MFA is required, but the user has no factor that can be used.', ko: 'MFA가 필요하지만 사용자에게 쓸 수 있는 요소가 없습니다.' },
    cause: { en: 'No enrolled authenticator matches the factors the tenant allows.', ko: '등록된 인증기 중 테넌트가 허용하는 요소와 맞는 것이 없습니다.' },
    fix: { en: 'Send the user through MFA enrollment.', ko: '사용자가 MFA 등록을 하도록 안내하세요.' },
  },
  mfa_token_expired: {
    summary: { en: 'The MFA token has expired.', ko: 'MFA 토큰이 만료되었습니다.' },
    cause: { en: 'The challenge was answered after the `mfa_token` lifetime.', ko: '`mfa_token`의 유효 기간이 지난 뒤에 챌린지에 답했습니다.' },
    fix: { en: 'Start the sign-in again to get a new MFA token.', ko: '로그인을 다시 시작해 새 MFA 토큰을 받으세요.' },
  },
  mfa_token_invalid: {
    summary: { en: 'The MFA token is not valid.', ko: 'MFA 토큰이 올바르지 않습니다.' },
    cause: { en: 'The token was altered, already used, or belongs to another transaction.', ko: '토큰이 변조되었거나, 이미 쓰였거나, 다른 트랜잭션의 것입니다.' },
    fix: { en: 'Start the sign-in again.', ko: '로그인을 다시 시작하세요.' },
  },
  my_account_api_error: {
    summary: { en: 'A call to the My Account API failed.', ko: 'My Account API 호출이 실패했습니다.' },
    cause: { en: 'The API answered with an error; its type, title and detail are on the error object.', ko: 'API가 오류로 응답했습니다. 유형·제목·상세 내용이 오류 객체에 있습니다.' },
    fix: { en: 'Show the error\'s detail and check the access token\'s My Account scopes.', ko: '오류의 상세 내용을 보여 주고 액세스 토큰의 My Account 범위를 확인하세요.' },
  },
  discovery_error: {
    summary: { en: 'The SDK could not load the tenant\'s OpenID configuration.', ko: 'SDK가 테넌트의 OpenID 설정을 불러오지 못했습니다.' },
    cause: { en: 'A wrong `AUTH0_DOMAIN`, a network failure, or a custom domain that is not verified.', ko: '잘못된 `AUTH0_DOMAIN`, 네트워크 실패, 또는 인증되지 않은 사용자 지정 도메인입니다.' },
    fix: { en: 'Check `AUTH0_DOMAIN` (host only, no `https://`) and that the server can reach it.', ko: '`AUTH0_DOMAIN`(`https://` 없이 호스트만)과 서버가 그 주소에 닿는지 확인하세요.' },
  },
  missing_state: {
    summary: { en: 'The callback arrived without a `state` parameter.', ko: '콜백이 `state` 매개변수 없이 도착했습니다.' },
    cause: { en: 'Someone opened `/auth/callback` directly, or a proxy dropped the query string.', ko: '누군가 `/auth/callback`을 직접 열었거나 프록시가 쿼리 문자열을 버렸습니다.' },
    fix: { en: 'Start the sign-in from `/auth/login`, and keep query strings intact through proxies.', ko: '`/auth/login`에서 로그인을 시작하고, 프록시를 거쳐도 쿼리 문자열이 유지되게 하세요.' },
  },
  invalid_state: {
    generic: true,
    summary: { en: 'The callback\'s `state` does not match a sign-in in progress.', ko: '콜백의 `state`가 진행 중인 로그인과 맞지 않습니다.' },
    cause: { en: 'The transaction cookie is missing or expired (another browser, blocked cookies, a slow sign-in).', ko: '트랜잭션 쿠키가 없거나 만료되었습니다(다른 브라우저, 차단된 쿠키, 오래 걸린 로그인 등).' },
    fix: { en: 'Send the user back to `/auth/login`; check that `APP_BASE_URL` matches the host the user is on.', ko: '사용자를 `/auth/login`으로 돌려보내고, `APP_BASE_URL`이 사용자가 있는 호스트와 맞는지 확인하세요.' },
  },
  enterprise_connect_not_supported: {
    summary: { en: 'Connecting an enterprise connection account is not supported.', ko: '엔터프라이즈 연결 계정은 연결할 수 없습니다.' },
    cause: { en: 'The connect-account flow was started for an enterprise connection.', ko: '엔터프라이즈 연결에 대해 계정 연결 흐름을 시작했습니다.' },
    fix: { en: 'Offer account connection only for social connections.', ko: '계정 연결은 소셜 연결에만 제공하세요.' },
  },
  authorization_error: {
    generic: true,
    summary: { en: 'Auth0 answered the callback with an OAuth error.', ko: 'Auth0가 콜백에 OAuth 오류로 응답했습니다.' },
    cause: { en: 'The user cancelled, or a rule or action denied the sign-in; the OAuth `error` (`access_denied`, …) is the `cause`.', ko: '사용자가 취소했거나 규칙·액션이 로그인을 거부했습니다. OAuth `error`(`access_denied` 등)가 `cause`에 있습니다.' },
    fix: { en: 'Handle it in `onCallback`: show the cause\'s description and a way to sign in again.', ko: '`onCallback`에서 처리해 `cause`의 설명과 다시 로그인할 방법을 보여 주세요.' },
  },
  authorization_code_grant_request_error: {
    summary: { en: 'The request exchanging the authorization code failed.', ko: '인가 코드를 교환하는 요청이 실패했습니다.' },
    cause: { en: 'The token endpoint could not be reached or answered badly.', ko: '토큰 엔드포인트에 닿지 못했거나 잘못된 응답이 왔습니다.' },
    fix: { en: 'Check network access from the server to the Auth0 domain and retry the sign-in.', ko: '서버에서 Auth0 도메인으로의 네트워크 접근을 확인하고 로그인을 다시 시도하세요.' },
  },
  authorization_code_grant_error: {
    summary: { en: 'Auth0 refused to exchange the authorization code.', ko: 'Auth0가 인가 코드 교환을 거부했습니다.' },
    cause: { en: 'A wrong client secret, a code already used, or a redirect URI that differs from the one of the request.', ko: '틀린 클라이언트 비밀 값, 이미 쓴 코드, 또는 요청과 다른 리디렉션 URI입니다.' },
    fix: { en: 'Check `AUTH0_CLIENT_SECRET` and `APP_BASE_URL`, then sign in again.', ko: '`AUTH0_CLIENT_SECRET`과 `APP_BASE_URL`을 확인한 뒤 다시 로그인하세요.' },
  },
  backchannel_logout_error: {
    summary: { en: 'A back-channel logout request could not be processed.', ko: '백채널 로그아웃 요청을 처리하지 못했습니다.' },
    cause: { en: 'The logout token was invalid, or the session store could not delete the session.', ko: '로그아웃 토큰이 올바르지 않거나 세션 저장소가 세션을 지우지 못했습니다.' },
    fix: { en: 'Configure a session store with `deleteByLogoutToken`, and check the logout token\'s audience.', ko: '`deleteByLogoutToken`이 있는 세션 저장소를 설정하고 로그아웃 토큰의 대상을 확인하세요.' },
  },
  backchannel_authentication_not_supported_error: {
    summary: { en: 'The tenant does not support Client-Initiated Backchannel Authentication.', ko: '테넌트가 클라이언트 주도 백채널 인증(CIBA)을 지원하지 않습니다.' },
    cause: { en: 'The discovery document has no backchannel authentication endpoint.', ko: '디스커버리 문서에 백채널 인증 엔드포인트가 없습니다.' },
    fix: { en: 'Enable CIBA for the tenant and application, or do not call it.', ko: '테넌트와 애플리케이션에서 CIBA를 켜거나 호출하지 마세요.' },
  },
  backchannel_authentication_error: {
    summary: { en: 'The backchannel authentication request failed.', ko: '백채널 인증 요청이 실패했습니다.' },
    cause: { en: 'Auth0 refused the CIBA request or the user declined it on their device.', ko: 'Auth0가 CIBA 요청을 거부했거나 사용자가 기기에서 거절했습니다.' },
    fix: { en: 'Read the cause, and let the user try again.', ko: '`cause`를 확인하고 사용자가 다시 시도하게 하세요.' },
  },
  popup_blocked: {
    summary: { en: 'The browser blocked the sign-in popup.', ko: '브라우저가 로그인 팝업을 막았습니다.' },
    cause: { en: 'The popup was not opened directly from a user click.', ko: '사용자 클릭에서 바로 팝업을 열지 않았습니다.' },
    fix: { en: 'Open the popup in the click handler, or fall back to a redirect.', ko: '클릭 핸들러에서 팝업을 열거나 리디렉션으로 전환하세요.' },
  },
  popup_cancelled: {
    summary: { en: 'The user closed the sign-in popup.', ko: '사용자가 로그인 팝업을 닫았습니다.' },
    cause: { en: 'The popup window was closed before the sign-in finished.', ko: '로그인이 끝나기 전에 팝업 창이 닫혔습니다.' },
    fix: { en: 'Stay on the page quietly and let the user try again.', ko: '조용히 페이지에 머물며 다시 시도하게 하세요.' },
  },
  popup_timeout: {
    summary: { en: 'The sign-in popup did not finish in time.', ko: '로그인 팝업이 제시간에 끝나지 않았습니다.' },
    cause: { en: 'The user left the popup open, or it never reached the callback.', ko: '사용자가 팝업을 열어 둔 채 두었거나 팝업이 콜백에 닿지 못했습니다.' },
    fix: { en: 'Let the user try again, or use a redirect.', ko: '다시 시도하게 하거나 리디렉션을 쓰세요.' },
  },
  popup_in_progress: {
    summary: { en: 'A sign-in popup is already open.', ko: '로그인 팝업이 이미 열려 있습니다.' },
    cause: { en: 'A second popup sign-in started before the first one ended.', ko: '첫 팝업 로그인이 끝나기 전에 두 번째를 시작했습니다.' },
    fix: { en: 'Disable the button while the popup is open.', ko: '팝업이 열려 있는 동안 버튼을 비활성화하세요.' },
  },
  invalid_execution_context: {
    summary: { en: 'This SDK function was called where it cannot run.', ko: '이 SDK 함수를 실행할 수 없는 곳에서 호출했습니다.' },
    cause: { en: 'A browser-only helper ran on the server, or a server helper ran in the browser.', ko: '브라우저 전용 도우미를 서버에서, 또는 서버 도우미를 브라우저에서 실행했습니다.' },
    fix: { en: 'Import it from the right entry (`@auth0/nextjs-auth0` in client code, `@auth0/nextjs-auth0/server` on the server).', ko: '알맞은 진입점에서 가져오세요(클라이언트 코드는 `@auth0/nextjs-auth0`, 서버는 `@auth0/nextjs-auth0/server`).' },
  },
  passkey_register_error: {
    summary: { en: 'Registering a passkey failed.', ko: '패스키 등록에 실패했습니다.' },
    cause: { en: 'Auth0 refused the passkey sign-up request (passkeys off for the connection, identifier taken).', ko: 'Auth0가 패스키 가입 요청을 거부했습니다(연결에서 패스키가 꺼짐, 식별자 사용 중 등).' },
    fix: { en: 'Read the OAuth error on the error object and check the connection\'s passkey settings.', ko: '오류 객체의 OAuth 오류를 읽고 연결의 패스키 설정을 확인하세요.' },
  },
  passkey_challenge_error: {
    summary: { en: 'Getting a passkey sign-in challenge failed.', ko: '패스키 로그인 챌린지를 받지 못했습니다.' },
    cause: { en: 'Auth0 refused to issue a challenge for the passkey sign-in.', ko: 'Auth0가 패스키 로그인용 챌린지 발급을 거부했습니다.' },
    fix: { en: 'Check that passkeys are enabled for the connection and retry.', ko: '연결에서 패스키가 켜져 있는지 확인하고 다시 시도하세요.' },
  },
  passkey_get_token_error: {
    summary: { en: 'Exchanging the passkey assertion for tokens failed.', ko: '패스키 어설션을 토큰으로 교환하지 못했습니다.' },
    cause: { en: 'Auth0 did not accept the signed assertion (expired challenge, unknown credential).', ko: 'Auth0가 서명된 어설션을 받지 않았습니다(만료된 챌린지, 알 수 없는 자격 증명 등).' },
    fix: { en: 'Start the passkey sign-in again, or offer another way in.', ko: '패스키 로그인을 다시 시작하거나 다른 방법을 제시하세요.' },
  },
  passkey_enrollment_challenge_error: {
    summary: { en: 'Starting a passkey enrollment failed.', ko: '패스키 등록 시작에 실패했습니다.' },
    cause: { en: 'The My Account API refused the enrollment challenge for the signed-in user.', ko: 'My Account API가 로그인한 사용자의 등록 챌린지를 거부했습니다.' },
    fix: { en: 'Check the My Account API scopes of the session and retry.', ko: '세션의 My Account API 범위를 확인하고 다시 시도하세요.' },
  },
  passkey_enrollment_verify_error: {
    summary: { en: 'Verifying a new passkey failed.', ko: '새 패스키 확인에 실패했습니다.' },
    cause: { en: 'The attestation of the new passkey was not accepted.', ko: '새 패스키의 증명이 받아들여지지 않았습니다.' },
    fix: { en: 'Let the user try the enrollment again, possibly with another authenticator.', ko: '다른 인증기로라도 다시 등록해 보게 하세요.' },
  },
  passwordless_challenge_error: {
    summary: { en: 'Sending the one-time code of a database passwordless sign-in failed.', ko: '데이터베이스 비밀번호 없는 로그인의 일회용 코드를 보내지 못했습니다.' },
    cause: { en: 'Auth0 refused the challenge request (connection not set up for it, rate limit).', ko: 'Auth0가 챌린지 요청을 거부했습니다(연결이 설정되지 않음, 속도 제한 등).' },
    fix: { en: 'Read the OAuth error on the error object and check the connection.', ko: '오류 객체의 OAuth 오류를 읽고 연결을 확인하세요.' },
  },
  passwordless_login_error: {
    summary: { en: 'Signing in with the one-time code of a database connection failed.', ko: '데이터베이스 연결의 일회용 코드로 로그인하지 못했습니다.' },
    cause: { en: 'A wrong or expired code (`invalid_request` from Auth0).', ko: '틀렸거나 만료된 코드입니다(Auth0의 `invalid_request`).' },
    fix: { en: 'Let the user retype the code or ask for a new one.', ko: '코드를 다시 입력하거나 새 코드를 요청하게 하세요.' },
  },
  passwordless_start_error: {
    summary: { en: 'Starting the passwordless sign-in failed.', ko: '비밀번호 없는 로그인을 시작하지 못했습니다.' },
    cause: { en: 'Auth0 could not send the email or SMS (connection off, bad address, rate limit).', ko: 'Auth0가 이메일·SMS를 보내지 못했습니다(연결 꺼짐, 잘못된 주소, 속도 제한 등).' },
    fix: { en: 'Check the address and the passwordless connection, and let the user retry.', ko: '주소와 비밀번호 없는 연결을 확인하고 다시 시도하게 하세요.' },
  },
  passwordless_verify_error: {
    summary: { en: 'Verifying the passwordless code failed.', ko: '비밀번호 없는 로그인 코드를 확인하지 못했습니다.' },
    cause: { en: 'A wrong or expired one-time code.', ko: '틀렸거나 만료된 일회용 코드입니다.' },
    fix: { en: 'Let the user retype the code or send a new one.', ko: '코드를 다시 입력하거나 새 코드를 보내게 하세요.' },
  },
} satisfies Record<Auth0ErrorCode, EntryData>;

const OAUTH_CODES: ReadonlySet<string> = new Set(AUTH0_OAUTH_CODES);
const SPA_CODES: ReadonlySet<string> = new Set([...AUTH0_SPA_CODES, ...AUTH0_SPA_RAISED_CODES]);

/** `Enum.KEY` names of the nextjs-auth0 enums that hold each code. */
const CONSTANTS_OF = new Map<string, string[]>();
for (const [enumName, members] of Object.entries(AUTH0_NEXTJS_ENUMS)) {
  for (const [key, code] of Object.entries(members)) CONSTANTS_OF.set(code, [...(CONSTANTS_OF.get(code) ?? []), `${enumName}.${key}`]);
}

const NEXTJS_CODES: ReadonlySet<string> = new Set([
  ...AUTH0_NEXTJS_CLASS_CODES,
  ...AUTH0_NEXTJS_GETTER_CODES,
  ...Object.values(AUTH0_NEXTJS_ENUMS).flatMap((members) => Object.values(members)),
]);

/** Who defines or raises a code: `oauth` (the authorization server, per the specifications), `auth0-spa-js`, `nextjs-auth0`. */
function sourcesOf(code: string): string[] {
  return [
    ...(OAUTH_CODES.has(code) ? ['oauth'] : []),
    ...(SPA_CODES.has(code) ? ['auth0-spa-js'] : []),
    ...(NEXTJS_CODES.has(code) ? ['nextjs-auth0'] : []),
  ];
}

function withPackageFacts(code: Auth0ErrorCode): EntryData {
  const data: EntryData = { ...entries[code], definedBy: sourcesOf(code) };
  const constants = CONSTANTS_OF.get(code);
  return constants === undefined ? data : { ...data, constants };
}

export const auth0Family: FamilyDefinition = defineFamily(
  {
    id: 'auth0',
    title: { en: 'Auth0 error codes', ko: 'Auth0 오류 코드' },
    description: {
      en: 'The `error` of an auth0-spa-js `GenericError` (the OAuth 2.0 / OpenID Connect codes Auth0 returns, such as `login_required`, and the codes of the SDK\'s own error classes), and the `code` of an `@auth0/nextjs-auth0` v4 `SdkError` (its enums, such as `AccessTokenErrorCode`, and its error classes).',
      ko: 'auth0-spa-js `GenericError`의 `error` 값(`login_required`처럼 Auth0가 돌려주는 OAuth 2.0·OpenID Connect 코드와 SDK 자체 오류 클래스의 코드)과 `@auth0/nextjs-auth0` v4 `SdkError`의 `code` 값(`AccessTokenErrorCode` 같은 열거형과 오류 클래스)입니다.',
    },
    discriminantHints: ['error', 'code'],
    // `invalid_grant`, `access_denied`, `timeout` are every OAuth library's words, and the SDKs' class names
    // (`MfaRequiredError`, `AccessTokenError`) are names apps give their own errors too: only a file that imports
    // from the `@auth0/` scope is read with this family.
    evidence: { discriminants: [], markers: [], modules: ['@auth0'] },
  },
  AUTH0_ERROR_CODES,
  Object.fromEntries(AUTH0_ERROR_CODES.map((code) => [code, withPackageFacts(code)])) as Record<Auth0ErrorCode, EntryData>,
  { docsUrl: (code) => (OAUTH_CODES.has(code) ? OAUTH_AUTHORIZE_ERRORS_URL : SPA_CODES.has(code) ? AUTH0_SPA_DOCS_URL : AUTH0_NEXTJS_DOCS_URL) },
);
