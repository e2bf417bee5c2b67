import { defineFamily, nextAuthErrorUrl, nextAuthWarningUrl, type EntryData } from './define';
import type { FamilyDefinition, Localized } from './types';

/**
 * NextAuth.js v4 logger codes: the first argument next-auth passes to `logger.error` / `logger.warn` (printed as
 * `[next-auth][error][CODE]`), including the codes its configuration assertions carry, plus the codes that only
 * the v4 errors page documents (two revisions: `ko-newer` and `en-older`).
 *
 * Order: the errors page's sections, then codes only the installed package emits (configuration checks,
 * warnings, `events` failures, adapter failures).
 */
export const NEXTAUTH_ERROR_CODES = [
  // Client
  'CLIENT_SESSION_ERROR',
  'CLIENT_FETCH_ERROR',
  // OAuth
  'OAUTH_GET_ACCESS_TOKEN_ERROR',
  'OAUTH_V1_GET_ACCESS_TOKEN_ERROR',
  'OAUTH_GET_PROFILE_ERROR',
  'OAUTH_PARSE_PROFILE_ERROR',
  'OAUTH_CALLBACK_HANDLER_ERROR',
  // Signin / Callback
  'GET_AUTHORIZATION_URL_ERROR',
  'SIGNIN_OAUTH_ERROR',
  'OAUTH_CALLBACK_ERROR',
  'CALLBACK_OAUTH_ERROR',
  'SIGNIN_EMAIL_ERROR',
  'CALLBACK_EMAIL_ERROR',
  'EMAIL_REQUIRES_ADAPTER_ERROR',
  'CALLBACK_CREDENTIALS_JWT_ERROR',
  'CALLBACK_CREDENTIALS_HANDLER_ERROR',
  'PKCE_ERROR',
  'INVALID_CALLBACK_URL_ERROR',
  // Session handling
  'JWT_SESSION_ERROR',
  'SESSION_ERROR',
  // Signout
  'SIGNOUT_ERROR',
  // Other (older revision) / Configuration (newer revision)
  'SEND_VERIFICATION_EMAIL_ERROR',
  'MISSING_NEXTAUTH_API_ROUTE_ERROR',
  'NO_SECRET',
  'AUTH_ON_ERROR_PAGE_ERROR',
  // Only in the package: configuration checks, warnings and the client log relay
  'MISSING_ADAPTER_METHODS_ERROR',
  'NEXTAUTH_URL',
  'DEBUG_ENABLED',
  'TWITTER_OAUTH_2_BETA',
  'LOGGER_ERROR',
  // Only in the package: `${upperSnake(event)}_EVENT_ERROR`
  'SIGN_IN_EVENT_ERROR',
  'SIGN_OUT_EVENT_ERROR',
  'CREATE_USER_EVENT_ERROR',
  'UPDATE_USER_EVENT_ERROR',
  'LINK_ACCOUNT_EVENT_ERROR',
  'SESSION_EVENT_ERROR',
  // Only in the package: `adapter_error_${method}` for every adapter method next-auth calls
  'adapter_error_createUser',
  'adapter_error_getUser',
  'adapter_error_getUserByEmail',
  'adapter_error_getUserByAccount',
  'adapter_error_updateUser',
  'adapter_error_linkAccount',
  'adapter_error_createSession',
  'adapter_error_getSessionAndUser',
  'adapter_error_updateSession',
  'adapter_error_deleteSession',
  'adapter_error_createVerificationToken',
  'adapter_error_useVerificationToken',
] as const;

export type NextAuthErrorCode = (typeof NEXTAUTH_ERROR_CODES)[number];

/** The logger method a code is passed to. */
export type NextAuthLogLevel = 'error' | 'warn';

/**
 * Which logger method(s) receive each code. A custom `logger.error` never sees a warning-only code such as
 * `NEXTAUTH_URL`; `NO_SECRET` is a warning in development and an error in production. Codes that are only
 * documented are listed with the level the errors page gives them.
 */
export const NEXTAUTH_LOG_LEVELS: Readonly<Record<NextAuthErrorCode, readonly NextAuthLogLevel[]>> = {
  CLIENT_SESSION_ERROR: ['error'],
  CLIENT_FETCH_ERROR: ['error'],
  OAUTH_GET_ACCESS_TOKEN_ERROR: ['error'],
  OAUTH_V1_GET_ACCESS_TOKEN_ERROR: ['error'],
  OAUTH_GET_PROFILE_ERROR: ['error'],
  OAUTH_PARSE_PROFILE_ERROR: ['error'],
  OAUTH_CALLBACK_HANDLER_ERROR: ['error'],
  GET_AUTHORIZATION_URL_ERROR: ['error'],
  SIGNIN_OAUTH_ERROR: ['error'],
  OAUTH_CALLBACK_ERROR: ['error'],
  CALLBACK_OAUTH_ERROR: ['error'],
  SIGNIN_EMAIL_ERROR: ['error'],
  CALLBACK_EMAIL_ERROR: ['error'],
  EMAIL_REQUIRES_ADAPTER_ERROR: ['error'],
  CALLBACK_CREDENTIALS_JWT_ERROR: ['error'],
  CALLBACK_CREDENTIALS_HANDLER_ERROR: ['error'],
  PKCE_ERROR: ['error'],
  INVALID_CALLBACK_URL_ERROR: ['error'],
  JWT_SESSION_ERROR: ['error'],
  SESSION_ERROR: ['error'],
  SIGNOUT_ERROR: ['error'],
  SEND_VERIFICATION_EMAIL_ERROR: ['error'],
  MISSING_NEXTAUTH_API_ROUTE_ERROR: ['error'],
  NO_SECRET: ['error', 'warn'],
  AUTH_ON_ERROR_PAGE_ERROR: ['error'],
  MISSING_ADAPTER_METHODS_ERROR: ['error'],
  NEXTAUTH_URL: ['warn'],
  DEBUG_ENABLED: ['warn'],
  TWITTER_OAUTH_2_BETA: ['warn'],
  LOGGER_ERROR: ['error'],
  SIGN_IN_EVENT_ERROR: ['error'],
  SIGN_OUT_EVENT_ERROR: ['error'],
  CREATE_USER_EVENT_ERROR: ['error'],
  UPDATE_USER_EVENT_ERROR: ['error'],
  LINK_ACCOUNT_EVENT_ERROR: ['error'],
  SESSION_EVENT_ERROR: ['error'],
  adapter_error_createUser: ['error'],
  adapter_error_getUser: ['error'],
  adapter_error_getUserByEmail: ['error'],
  adapter_error_getUserByAccount: ['error'],
  adapter_error_updateUser: ['error'],
  adapter_error_linkAccount: ['error'],
  adapter_error_createSession: ['error'],
  adapter_error_getSessionAndUser: ['error'],
  adapter_error_updateSession: ['error'],
  adapter_error_deleteSession: ['error'],
  adapter_error_createVerificationToken: ['error'],
  adapter_error_useVerificationToken: ['error'],
};

/** A failure of one of the handlers in the `events` option; `when` says when next-auth calls it. */
function eventEntry(event: string, when: Localized): EntryData {
  return {
    where: ['server'],
    section: 'other',
    documentedIn: [],
    emitted: true,
    summary: {
      en: `The \`events.${event}\` handler threw.`,
      ko: `\`events.${event}\` 핸들러가 예외를 던졌습니다.`,
    },
    cause: {
      en: `${when.en} next-auth catches whatever the handler throws, logs it under this code and carries on with the request.`,
      ko: `${when.ko} next-auth는 핸들러가 던진 오류를 잡아 이 코드로 기록하고 요청 처리를 계속합니다.`,
    },
    fix: {
      en: `Catch errors inside \`events.${event}\` and fix the side effect that failed (audit log, analytics, e-mail, …); the sign-in flow itself is not affected.`,
      ko: `\`events.${event}\` 안에서 오류를 잡고 실패한 부수 작업(감사 로그, 분석, 메일 발송 등)을 고치세요. 로그인 흐름 자체에는 영향이 없습니다.`,
    },
  };
}

/** A failure of one adapter method; `when` says when next-auth calls it and what the user sees. */
function adapterEntry(method: string, when: Localized): EntryData {
  return {
    where: ['server'],
    section: 'database',
    documentedIn: [],
    emitted: true,
    summary: {
      en: `The database adapter's \`${method}\` method threw.`,
      ko: `데이터베이스 어댑터의 \`${method}\` 메서드가 예외를 던졌습니다.`,
    },
    cause: {
      en: `${when.en} next-auth wraps every adapter method, logs a failure under this code and rethrows it, so the surrounding request fails too.`,
      ko: `${when.ko} next-auth는 모든 어댑터 메서드를 감싸 두었다가 실패하면 이 코드로 기록한 뒤 다시 던지므로, 그 메서드를 호출한 요청도 함께 실패합니다.`,
    },
    fix: {
      en: `Check the database connection and the adapter's \`${method}\` (schema, migrations, adapter version); the logged error carries the driver's own message.`,
      ko: `데이터베이스 연결과 어댑터의 \`${method}\` 구현(스키마, 마이그레이션, 어댑터 버전)을 점검하세요. 기록된 오류에 드라이버의 원래 메시지가 들어 있습니다.`,
    },
  };
}

const entries = {
  CLIENT_SESSION_ERROR: {
    where: ['client', 'server'],
    section: 'client',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: '`SessionProvider` failed while loading or re-synchronising the session.',
      ko: '`SessionProvider`가 세션을 불러오거나 다시 동기화하는 중에 실패했습니다.',
    },
    cause: {
      en: 'Something other than the HTTP request itself threw during the first load, a tab-focus refresh, a change broadcast from another tab or the refetch interval; failed requests are reported separately as CLIENT_FETCH_ERROR.',
      ko: '처음 불러올 때, 탭에 포커스가 돌아와 갱신할 때, 다른 탭의 변경 알림을 받을 때, 주기적으로 다시 가져올 때 HTTP 요청 외의 부분에서 예외가 발생했습니다. 요청 자체의 실패는 CLIENT_FETCH_ERROR로 따로 기록됩니다.',
    },
    fix: {
      en: 'Read the error logged with the code, and check what is passed to `SessionProvider` (`session`, `basePath`, `refetchInterval`) and that it wraps the app once, near the root.',
      ko: '코드와 함께 기록된 오류를 확인하고, `SessionProvider`에 넘긴 값(`session`, `basePath`, `refetchInterval`)과 앱 최상단 근처에서 한 번만 감싸고 있는지 점검하세요.',
    },
  },
  CLIENT_FETCH_ERROR: {
    where: ['client', 'server'],
    section: 'client',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'A request from the client helpers to a NextAuth.js endpoint failed.',
      ko: '클라이언트 헬퍼가 NextAuth.js 엔드포인트로 보낸 요청이 실패했습니다.',
    },
    cause: {
      en: '`getSession`, `getCsrfToken` or `getProviders` (also used inside `signIn`) could not reach `/api/auth/*`, got a non-2xx answer, or got a body that is not JSON — usually because `NEXTAUTH_URL` is missing or points at another host, or the API route is not where the client looks for it.',
      ko: '`getSession`, `getCsrfToken`, `getProviders`(`signIn` 내부에서도 사용)가 `/api/auth/*`에 접속하지 못했거나, 2xx가 아닌 응답이나 JSON이 아닌 본문을 받았습니다. 보통 `NEXTAUTH_URL`이 없거나 다른 호스트를 가리키는 경우, 또는 API 라우트가 클라이언트가 찾는 위치에 없는 경우입니다.',
    },
    fix: {
      en: "Set `NEXTAUTH_URL` to the site's canonical URL (and `basePath` on `SessionProvider` when the API lives elsewhere), then check that `/api/auth/session` answers with JSON from both the browser and the server.",
      ko: '`NEXTAUTH_URL`을 사이트의 실제 주소로 지정하고(API가 다른 경로에 있으면 `SessionProvider`의 `basePath`도 맞추고), 브라우저와 서버 양쪽에서 `/api/auth/session`이 JSON을 돌려주는지 확인하세요.',
    },
  },
  OAUTH_GET_ACCESS_TOKEN_ERROR: {
    where: ['server'],
    section: 'oauth',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: false,
    replacedBy: 'OAUTH_CALLBACK_ERROR',
    summary: {
      en: 'Exchanging the OAuth authorization code for an access token failed.',
      ko: 'OAuth 인가 코드를 액세스 토큰으로 교환하지 못했습니다.',
    },
    cause: {
      en: "The provider's token endpoint rejected the POST request or could not be reached — typically a wrong client secret, token URL or redirect URI. Both page revisions list the code, but next-auth 4.24 reports this failure as OAUTH_CALLBACK_ERROR.",
      ko: 'provider의 토큰 엔드포인트가 POST 요청을 거부했거나 접속할 수 없었습니다. 대개 client secret, 토큰 URL, 리디렉션 URI가 잘못된 경우입니다. 두 문서 버전 모두 이 코드를 싣고 있지만, next-auth 4.24는 이 실패를 OAUTH_CALLBACK_ERROR로 기록합니다.',
    },
    fix: {
      en: "Compare `clientId`, `clientSecret`, the `token` endpoint and the registered callback URL with the provider's console, and match OAUTH_CALLBACK_ERROR instead of this code.",
      ko: '`clientId`, `clientSecret`, `token` 엔드포인트, 등록된 콜백 URL을 provider 콘솔과 비교하고, 이 코드 대신 OAUTH_CALLBACK_ERROR를 처리하세요.',
    },
  },
  OAUTH_V1_GET_ACCESS_TOKEN_ERROR: {
    where: ['server'],
    section: 'oauth',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'The OAuth 1.0a callback could not obtain an access token or the profile.',
      ko: 'OAuth 1.0a 콜백에서 액세스 토큰이나 프로필을 얻지 못했습니다.',
    },
    cause: {
      en: 'A provider with `version: "1.0A"` (such as the legacy Twitter provider) failed while exchanging `oauth_token`/`oauth_verifier`, fetching `profileUrl` or parsing its answer. The request-token secret is kept in server memory, so a restart or another server instance between redirect and callback also breaks it.',
      ko: '`version: "1.0A"` provider(예: 예전 Twitter provider)가 `oauth_token`/`oauth_verifier`를 교환하거나 `profileUrl`을 가져오거나 응답을 해석하는 중 실패했습니다. 요청 토큰의 secret은 서버 메모리에 보관되므로, 리디렉션과 콜백 사이에 서버가 재시작되거나 다른 인스턴스가 요청을 받아도 실패합니다.',
    },
    fix: {
      en: "Check the consumer key and secret and the provider's token and profile URLs; keep the OAuth 1 round trip on one server instance (sticky sessions), or switch to the provider's OAuth 2 flow.",
      ko: 'consumer key·secret과 provider의 토큰·프로필 URL을 확인하고, OAuth 1 왕복 과정이 한 서버 인스턴스에서 처리되게 하거나(스티키 세션) provider의 OAuth 2 방식으로 바꾸세요.',
    },
  },
  OAUTH_GET_PROFILE_ERROR: {
    where: ['server'],
    section: 'oauth',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: false,
    replacedBy: 'OAUTH_CALLBACK_ERROR',
    summary: {
      en: 'Fetching the user profile from the OAuth provider failed.',
      ko: 'OAuth provider에서 사용자 프로필을 가져오지 못했습니다.',
    },
    cause: {
      en: 'Both page revisions list this code without describing it. In next-auth 4.24 a failing userinfo request is wrapped as an OAuth callback error and logged as OAUTH_CALLBACK_ERROR, so this code never appears.',
      ko: '두 문서 버전 모두 설명 없이 코드 이름만 싣고 있습니다. next-auth 4.24에서는 userinfo 요청이 실패하면 OAuth 콜백 오류로 감싸 OAUTH_CALLBACK_ERROR로 기록하므로 이 코드는 나타나지 않습니다.',
    },
    fix: {
      en: "Match OAUTH_CALLBACK_ERROR instead; when the profile call is at fault, check the provider's `userinfo` URL or `userinfo.request` and the scopes the endpoint needs.",
      ko: '이 코드 대신 OAUTH_CALLBACK_ERROR를 처리하세요. 프로필 호출이 원인이라면 provider의 `userinfo` URL이나 `userinfo.request`, 그리고 엔드포인트가 요구하는 scope를 확인하세요.',
    },
  },
  OAUTH_PARSE_PROFILE_ERROR: {
    where: ['server'],
    section: 'oauth',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: "The provider's `profile()` callback could not turn the OAuth profile into a user.",
      ko: 'provider의 `profile()` 콜백이 OAuth 프로필을 사용자 정보로 바꾸지 못했습니다.',
    },
    cause: {
      en: '`profile()` threw or returned an object without `id`; a user who cancelled at the provider can look the same. The raw `OAuthProfile` is logged with the error, and the user is sent back to the sign-in page.',
      ko: '`profile()`이 예외를 던졌거나 `id`가 없는 객체를 반환했습니다. 사용자가 provider 화면에서 취소한 경우도 똑같이 보일 수 있습니다. 원본 `OAuthProfile`이 오류와 함께 기록되고, 사용자는 로그인 페이지로 돌아갑니다.',
    },
    fix: {
      en: 'Inspect the logged `OAuthProfile` and adjust the provider\'s `profile()` so that it always returns a string `id` and the fields your adapter needs.',
      ko: '기록된 `OAuthProfile`을 살펴보고, provider의 `profile()`이 항상 문자열 `id`와 어댑터에 필요한 필드를 반환하도록 고치세요.',
    },
  },
  OAUTH_CALLBACK_HANDLER_ERROR: {
    where: ['server'],
    section: 'oauth',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'The OAuth callback could not be handled.',
      ko: 'OAuth 콜백을 처리하지 못했습니다.',
    },
    cause: {
      en: 'Either the provider came back with an `error` parameter (for example `access_denied` after the user declined consent), or a later step failed: the `signIn` callback, an adapter method or creating the session threw. The log carries `error_description` or the thrown error.',
      ko: 'provider가 `error` 파라미터와 함께 돌아왔거나(예: 사용자가 동의를 거절한 뒤의 `access_denied`), 그 다음 단계인 `signIn` 콜백, 어댑터 메서드, 세션 생성 중 하나가 예외를 던졌습니다. 로그에 `error_description`이나 던져진 오류가 함께 남습니다.',
    },
    fix: {
      en: 'If the provider sent `access_denied`, treat it as a cancelled sign-in; otherwise debug the `signIn` callback, the adapter methods and the database that the callback touches.',
      ko: 'provider가 `access_denied`를 보냈다면 사용자가 취소한 것으로 처리하고, 그렇지 않다면 `signIn` 콜백과 콜백이 사용하는 어댑터 메서드·데이터베이스를 디버깅하세요.',
    },
  },
  GET_AUTHORIZATION_URL_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['en-older'],
    emitted: false,
    replacedBy: 'SIGNIN_OAUTH_ERROR',
    summary: {
      en: 'No OAuth 1 request token could be obtained, so no authorization URL was built.',
      ko: 'OAuth 1 요청 토큰을 받지 못해 인가 URL을 만들지 못했습니다.',
    },
    cause: {
      en: 'Only the older English revision names this code. In next-auth 4.24 a failure while building the authorization URL, OAuth 1 request token included, is logged as SIGNIN_OAUTH_ERROR, and the newer revision describes the case under that code.',
      ko: '예전 영어 문서에만 있는 코드입니다. next-auth 4.24에서는 OAuth 1 요청 토큰을 포함해 인가 URL을 만드는 중의 실패를 SIGNIN_OAUTH_ERROR로 기록하며, 최신 문서도 이 경우를 그 코드 아래에서 설명합니다.',
    },
    fix: {
      en: "Match SIGNIN_OAUTH_ERROR instead, and check the OAuth 1 provider's consumer key, secret and request-token URL.",
      ko: '이 코드 대신 SIGNIN_OAUTH_ERROR를 처리하고, OAuth 1 provider의 consumer key, secret, 요청 토큰 URL을 확인하세요.',
    },
  },
  SIGNIN_OAUTH_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: "The redirect to the OAuth provider's authorization page could not be prepared.",
      ko: 'OAuth provider의 인가 페이지로 보낼 리디렉션을 준비하지 못했습니다.',
    },
    cause: {
      en: 'Building the authorization URL failed: provider discovery (`wellKnown`/`issuer`) was unreachable, the state/PKCE/nonce cookies could not be created, an OAuth 1 provider refused the request token, or `openid-client` does not support the running Node.js version (`expected 200 OK with body but no body was returned`). The user lands on the error page with `error=OAuthSignin`.',
      ko: '인가 URL을 만드는 데 실패했습니다. provider 디스커버리(`wellKnown`/`issuer`)에 접속하지 못했거나, state·PKCE·nonce 쿠키를 만들지 못했거나, OAuth 1 provider가 요청 토큰을 거부했거나, `openid-client`가 현재 Node.js 버전을 지원하지 않는 경우(`expected 200 OK with body but no body was returned`)입니다. 사용자는 `error=OAuthSignin`과 함께 오류 페이지로 이동합니다.',
    },
    fix: {
      en: "Check the provider's endpoints and client credentials (for OAuth 1 also the token secret), the `cookies` option and browser cookie settings, and that Node.js is within `openid-client`'s supported range.",
      ko: 'provider의 엔드포인트와 클라이언트 자격 증명(OAuth 1이라면 token secret까지), `cookies` 옵션과 브라우저 쿠키 설정을 확인하고, Node.js 버전이 `openid-client`가 지원하는 범위인지 확인하세요.',
    },
  },
  OAUTH_CALLBACK_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'The OAuth callback failed its checks or the token/profile exchange with the provider.',
      ko: 'OAuth 콜백이 검증을 통과하지 못했거나 provider와의 토큰·프로필 교환에 실패했습니다.',
    },
    cause: {
      en: 'While `/api/auth/callback/<provider>` was handled, the state, PKCE `code_verifier` or nonce cookie was missing or did not match, the provider answered with an error, or exchanging the code or loading the profile failed. The user lands on the error page with `error=OAuthCallback` (or `Callback`).',
      ko: '`/api/auth/callback/<provider>`를 처리하는 중 state, PKCE `code_verifier`, nonce 쿠키가 없거나 맞지 않았거나, provider가 오류로 응답했거나, 코드 교환이나 프로필 조회가 실패했습니다. 사용자는 `error=OAuthCallback`(또는 `Callback`)과 함께 오류 페이지로 이동합니다.',
    },
    fix: {
      en: "Start and finish sign-in on the same host and protocol so the check cookies come back, verify the provider's redirect URI and secrets, and read the wrapped error for the provider's own message.",
      ko: '검증 쿠키가 돌아오도록 로그인을 같은 호스트·프로토콜에서 시작하고 끝내게 하고, provider의 리디렉션 URI와 secret을 확인하고, 감싸진 오류에서 provider가 보낸 원래 메시지를 읽어 보세요.',
    },
  },
  CALLBACK_OAUTH_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['en-older'],
    emitted: false,
    replacedBy: 'OAUTH_CALLBACK_ERROR',
    summary: {
      en: 'Former name of OAUTH_CALLBACK_ERROR.',
      ko: 'OAUTH_CALLBACK_ERROR의 예전 이름입니다.',
    },
    cause: {
      en: 'The older English revision used this name for a missing `code_verifier` cookie or an invalid state during the callback. The newer revision and next-auth 4.24 use OAUTH_CALLBACK_ERROR, so code that matches this string never runs.',
      ko: '예전 영어 문서는 콜백 중 `code_verifier` 쿠키가 없거나 state가 잘못된 경우를 이 이름으로 불렀습니다. 최신 문서와 next-auth 4.24는 OAUTH_CALLBACK_ERROR를 쓰므로, 이 문자열을 비교하는 코드는 절대 실행되지 않습니다.',
    },
    fix: {
      en: 'Replace the string with `OAUTH_CALLBACK_ERROR`.',
      ko: '문자열을 `OAUTH_CALLBACK_ERROR`로 바꾸세요.',
    },
  },
  SIGNIN_EMAIL_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'An email (magic link) sign-in could not be started.',
      ko: '이메일(매직 링크) 로그인을 시작하지 못했습니다.',
    },
    cause: {
      en: 'The address could not be normalized (it needs exactly one `@` and a domain with a dot), or creating the token, storing it with `createVerificationToken` or sending it with `sendVerificationRequest` failed. The user lands on the error page with `error=EmailSignin`.',
      ko: '주소를 정규화할 수 없었거나(`@`가 정확히 하나 있고 도메인에 점이 있어야 합니다), 토큰 생성, `createVerificationToken`을 통한 저장, `sendVerificationRequest`를 통한 발송 중 하나가 실패했습니다. 사용자는 `error=EmailSignin`과 함께 오류 페이지로 이동합니다.',
    },
    fix: {
      en: "Validate the address before calling `signIn('email')`, and check the mail `server` settings, the `from` address, any custom `sendVerificationRequest` and the adapter's `createVerificationToken`.",
      ko: "`signIn('email')`을 호출하기 전에 주소를 검사하고, 메일 `server` 설정, `from` 주소, 직접 만든 `sendVerificationRequest`, 어댑터의 `createVerificationToken`을 확인하세요.",
    },
  },
  CALLBACK_EMAIL_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'Completing a sign-in from an email link failed.',
      ko: '이메일 링크로 로그인을 마무리하지 못했습니다.',
    },
    cause: {
      en: 'After the link was accepted, a later step of the email callback threw: signing the user in through the adapter, creating the session or encoding the JWT. The user lands on the error page with `error=Callback`.',
      ko: '링크가 받아들여진 뒤, 이메일 콜백의 다음 단계인 어댑터를 통한 사용자 로그인 처리, 세션 생성, JWT 인코딩 중 하나가 예외를 던졌습니다. 사용자는 `error=Callback`과 함께 오류 페이지로 이동합니다.',
    },
    fix: {
      en: "Read the logged error and check the adapter's user and session methods, the `jwt` callback and the `secret` used to encode tokens.",
      ko: '기록된 오류를 확인하고, 어댑터의 사용자·세션 메서드, `jwt` 콜백, 토큰 인코딩에 쓰는 `secret`을 점검하세요.',
    },
  },
  EMAIL_REQUIRES_ADAPTER_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'The Email provider is configured without a database adapter.',
      ko: 'Email provider를 데이터베이스 어댑터 없이 설정했습니다.',
    },
    cause: {
      en: 'Magic-link sign-in has to store verification tokens, so the configuration check fails while an Email provider is present and `adapter` is not set. API calls answer 500 and pages get `error=Configuration`.',
      ko: '매직 링크 로그인은 인증 토큰을 저장해야 하므로, Email provider가 있는데 `adapter`가 없으면 설정 검사가 실패합니다. API 호출은 500으로 응답하고 페이지에는 `error=Configuration`이 전달됩니다.',
    },
    fix: {
      en: 'Add a database `adapter` to the NextAuth.js options, or remove the Email provider.',
      ko: 'NextAuth.js 옵션에 데이터베이스 `adapter`를 추가하거나 Email provider를 제거하세요.',
    },
  },
  CALLBACK_CREDENTIALS_JWT_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'Credentials sign-in is combined with database sessions.',
      ko: 'Credentials 로그인과 데이터베이스 세션을 함께 쓰고 있습니다.',
    },
    cause: {
      en: "The Credentials provider only works with JWT sessions, and the configuration check fails when `session.strategy` is `'database'` and every provider is a Credentials provider.",
      ko: "Credentials provider는 JWT 세션에서만 동작하므로, `session.strategy`가 `'database'`이고 모든 provider가 Credentials provider이면 설정 검사가 실패합니다.",
    },
    fix: {
      en: "Set `session: { strategy: 'jwt' }` — needed whenever an adapter is configured, because an adapter makes database sessions the default — and manage credential users outside NextAuth.js.",
      ko: "`session: { strategy: 'jwt' }`로 설정하세요. 어댑터를 설정하면 데이터베이스 세션이 기본값이 되므로 이 설정이 꼭 필요합니다. 자격 증명 사용자는 NextAuth.js 밖에서 관리해야 합니다.",
    },
  },
  CALLBACK_CREDENTIALS_HANDLER_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'A Credentials provider has no `authorize()` function.',
      ko: 'Credentials provider에 `authorize()` 함수가 없습니다.',
    },
    cause: {
      en: 'NextAuth.js cannot check submitted credentials without `authorize`, so the configuration check fails before any request is handled.',
      ko: '`authorize`가 없으면 제출된 자격 증명을 확인할 수 없으므로, 어떤 요청도 처리하기 전에 설정 검사가 실패합니다.',
    },
    fix: {
      en: 'Give the Credentials provider an `authorize(credentials, req)` that returns the user object or `null`.',
      ko: 'Credentials provider에 사용자 객체 또는 `null`을 반환하는 `authorize(credentials, req)`를 추가하세요.',
    },
  },
  PKCE_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: false,
    summary: {
      en: 'The PKCE code verifier for an OAuth provider could not be set up or read.',
      ko: 'OAuth provider용 PKCE code verifier를 준비하거나 읽지 못했습니다.',
    },
    cause: {
      en: 'Both page revisions describe it, but next-auth 4.24 does not log it: a PKCE failure while starting sign-in is reported as SIGNIN_OAUTH_ERROR, and a missing or expired `code_verifier` cookie (15-minute lifetime) during the callback as OAUTH_CALLBACK_ERROR.',
      ko: '두 문서 버전 모두 설명하고 있지만 next-auth 4.24는 이 코드를 기록하지 않습니다. 로그인을 시작할 때의 PKCE 실패는 SIGNIN_OAUTH_ERROR로, 콜백 중 `code_verifier` 쿠키(수명 15분)가 없거나 만료된 경우는 OAUTH_CALLBACK_ERROR로 기록됩니다.',
    },
    fix: {
      en: 'Match SIGNIN_OAUTH_ERROR and OAUTH_CALLBACK_ERROR instead; if you override cookies, check `cookies.pkceCodeVerifier`, and let users finish the provider login within the cookie lifetime.',
      ko: '이 코드 대신 SIGNIN_OAUTH_ERROR와 OAUTH_CALLBACK_ERROR를 처리하세요. 쿠키 설정을 바꿨다면 `cookies.pkceCodeVerifier`를 확인하고, 사용자가 쿠키 수명 안에 provider 로그인을 마칠 수 있게 하세요.',
    },
  },
  INVALID_CALLBACK_URL_ERROR: {
    where: ['server'],
    section: 'signin-callback',
    documentedIn: ['ko-newer'],
    emitted: true,
    summary: {
      en: 'The `callbackUrl` is not a valid http(s) URL.',
      ko: '`callbackUrl`이 올바른 http(s) URL이 아닙니다.',
    },
    cause: {
      en: 'The configuration check rejects a `callbackUrl` from the query string or the callback-URL cookie that does not parse as an absolute or site-relative `http`/`https` URL; the link may have been tampered with.',
      ko: '쿼리 문자열이나 콜백 URL 쿠키의 `callbackUrl`을 절대 또는 사이트 기준 `http`/`https` URL로 해석할 수 없어 설정 검사가 거부했습니다. 링크가 조작되었을 수 있습니다.',
    },
    fix: {
      en: 'Pass an absolute `https://` URL or a path starting with `/` as `callbackUrl`, and clear a stale callback-URL cookie while testing.',
      ko: '`callbackUrl`에는 절대 `https://` URL이나 `/`로 시작하는 경로를 넘기고, 테스트 중이라면 남아 있는 콜백 URL 쿠키를 지우세요.',
    },
  },
  JWT_SESSION_ERROR: {
    where: ['server'],
    section: 'session',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'The JWT session cookie could not be decoded or re-encoded.',
      ko: 'JWT 세션 쿠키를 디코딩하거나 다시 인코딩하지 못했습니다.',
    },
    cause: {
      en: 'Usually `JWEDecryptionFailed` after `NEXTAUTH_SECRET` changed while sessions made with the old secret are still around; also a key whose algorithm is not supported (for example when verifying HS512), or a `jwt`/`session` callback that threw. The session cookie is cleared.',
      ko: '대개 `NEXTAUTH_SECRET`을 바꿨는데 이전 secret으로 만든 세션이 남아 있어 생기는 `JWEDecryptionFailed`입니다. 지원하지 않는 알고리즘의 키(예: HS512 검증 시)나 예외를 던진 `jwt`/`session` 콜백도 원인이 됩니다. 세션 쿠키는 지워집니다.',
    },
    fix: {
      en: 'Keep `NEXTAUTH_SECRET` identical across deployments and instances, let affected users sign in again, and generate a key of a supported algorithm (for example an HS512 key) if you sign JWTs yourself.',
      ko: '모든 배포와 인스턴스에서 `NEXTAUTH_SECRET`을 같게 유지하고, 영향을 받은 사용자는 다시 로그인하게 하세요. JWT를 직접 서명한다면 지원되는 알고리즘(예: HS512)의 키를 만들어 쓰세요.',
    },
  },
  SESSION_ERROR: {
    where: ['server'],
    section: 'session',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'Reading or extending a database session failed.',
      ko: '데이터베이스 세션을 읽거나 연장하지 못했습니다.',
    },
    cause: {
      en: "With `strategy: 'database'`, the adapter's session methods or the `session` callback threw while `/api/auth/session` was answered. Neither page revision describes this code.",
      ko: "`strategy: 'database'`에서 `/api/auth/session`에 응답하는 중 어댑터의 세션 메서드나 `session` 콜백이 예외를 던졌습니다. 두 문서 버전 모두 이 코드를 설명하지 않습니다.",
    },
    fix: {
      en: 'Check the adapter, the database connection and the `session` callback; the logged error carries the underlying message.',
      ko: '어댑터, 데이터베이스 연결, `session` 콜백을 점검하세요. 기록된 오류에 원래 메시지가 들어 있습니다.',
    },
  },
  SIGNOUT_ERROR: {
    where: ['server'],
    section: 'signout',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'Signing out did not complete cleanly.',
      ko: '로그아웃이 깔끔하게 끝나지 않았습니다.',
    },
    cause: {
      en: "Decoding the JWT or deleting the database session with the adapter's `deleteSession` threw; the session cookie is cleared anyway.",
      ko: 'JWT를 디코딩하거나 어댑터의 `deleteSession`으로 데이터베이스 세션을 지우다가 예외가 발생했습니다. 세션 쿠키는 그래도 지워집니다.',
    },
    fix: {
      en: "Check the adapter's `deleteSession` and the database connection, or the `secret` when JWT sessions are used.",
      ko: '어댑터의 `deleteSession`과 데이터베이스 연결을, JWT 세션이라면 `secret`을 점검하세요.',
    },
  },
  SEND_VERIFICATION_EMAIL_ERROR: {
    where: ['server'],
    section: 'other',
    documentedIn: ['en-older'],
    emitted: false,
    replacedBy: 'SIGNIN_EMAIL_ERROR',
    summary: {
      en: 'The Email provider could not send the verification message.',
      ko: 'Email provider가 인증 메일을 보내지 못했습니다.',
    },
    cause: {
      en: 'Only the older English revision names this code. In next-auth 4.24 a failure of `sendVerificationRequest` is caught by the email sign-in route and logged as SIGNIN_EMAIL_ERROR, which is also where the newer revision puts it.',
      ko: '예전 영어 문서에만 있는 코드입니다. next-auth 4.24에서는 `sendVerificationRequest`의 실패를 이메일 로그인 라우트가 잡아 SIGNIN_EMAIL_ERROR로 기록하며, 최신 문서도 이 경우를 그 코드에 포함합니다.',
    },
    fix: {
      en: 'Match SIGNIN_EMAIL_ERROR instead, and check the mail server host, port, credentials and the `from` address.',
      ko: '이 코드 대신 SIGNIN_EMAIL_ERROR를 처리하고, 메일 서버의 호스트, 포트, 계정 정보와 `from` 주소를 확인하세요.',
    },
  },
  MISSING_NEXTAUTH_API_ROUTE_ERROR: {
    where: ['server'],
    section: 'configuration',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'NextAuth.js is running outside its catch-all API route.',
      ko: 'NextAuth.js가 catch-all API 라우트 밖에서 실행되고 있습니다.',
    },
    cause: {
      en: 'The handler got a request with neither `query.nextauth` nor an action, which happens when the file is not the catch-all `[...nextauth].js`/`.ts` under `pages/api/auth` (or `app/api/auth/[...nextauth]/route.ts`).',
      ko: '핸들러가 받은 요청에 `query.nextauth`도 action도 없었습니다. 파일이 `pages/api/auth` 아래의 catch-all `[...nextauth].js`/`.ts`(또는 `app/api/auth/[...nextauth]/route.ts`)가 아닐 때 생깁니다.',
    },
    fix: {
      en: 'Move or rename the route file so that it is the `[...nextauth]` catch-all route under `api/auth`.',
      ko: '라우트 파일을 `api/auth` 아래의 `[...nextauth]` catch-all 라우트가 되도록 옮기거나 이름을 바꾸세요.',
    },
  },
  NO_SECRET: {
    where: ['server'],
    section: 'configuration',
    documentedIn: ['ko-newer', 'en-older'],
    emitted: true,
    summary: {
      en: 'No `secret` is configured (a warning in development, an error in production).',
      ko: '`secret`이 설정되어 있지 않습니다(개발 환경에서는 경고, 프로덕션에서는 오류).',
    },
    cause: {
      en: 'Neither the `secret` option nor `NEXTAUTH_SECRET` is set. In development next-auth only warns; in production every auth request fails as a configuration error, and the middleware redirects to the error page with `error=Configuration`.',
      ko: '`secret` 옵션도 `NEXTAUTH_SECRET`도 설정되어 있지 않습니다. 개발 환경에서는 경고만 하지만, 프로덕션에서는 모든 인증 요청이 설정 오류로 실패하고 미들웨어는 `error=Configuration`과 함께 오류 페이지로 보냅니다.',
    },
    fix: {
      en: 'Set `NEXTAUTH_SECRET` in every environment (for example from `openssl rand -base64 32`), or pass `secret` in the options.',
      ko: '모든 환경에 `NEXTAUTH_SECRET`을 설정하거나(예: `openssl rand -base64 32`로 생성), 옵션에 `secret`을 넘기세요.',
    },
  },
  AUTH_ON_ERROR_PAGE_ERROR: {
    where: ['server'],
    section: 'configuration',
    documentedIn: ['ko-newer'],
    emitted: true,
    summary: {
      en: 'The custom error page itself requires authentication.',
      ko: '커스텀 오류 페이지 자체가 인증을 요구합니다.',
    },
    cause: {
      en: 'A configuration error sent the user to `pages.error`, but the `callbackUrl` shows that page is protected, which would loop forever; NextAuth.js renders its built-in error page instead.',
      ko: '설정 오류로 사용자를 `pages.error`로 보냈지만 `callbackUrl`을 보면 그 페이지가 보호되어 있어 끝없이 반복될 상황이라, NextAuth.js가 기본 오류 페이지를 대신 보여 주었습니다.',
    },
    fix: {
      en: 'Keep the error page public: give `middleware` and `[...nextauth]` the same `pages` option, or narrow the middleware `matcher` so it skips the error page; never redirect that page to sign-in.',
      ko: '오류 페이지는 공개로 두세요. `middleware`와 `[...nextauth]`에 같은 `pages` 옵션을 주거나, 미들웨어 `matcher`가 오류 페이지를 건너뛰도록 좁히고, 그 페이지에서 로그인 페이지로 리디렉션하지 마세요.',
    },
  },
  MISSING_ADAPTER_METHODS_ERROR: {
    where: ['server'],
    section: 'configuration',
    documentedIn: [],
    emitted: true,
    summary: {
      en: 'The adapter lacks methods that the Email provider needs.',
      ko: 'Email provider에 필요한 메서드가 어댑터에 없습니다.',
    },
    cause: {
      en: 'With an Email provider the adapter must implement `createVerificationToken`, `useVerificationToken` and `getUserByEmail`; the message lists the missing ones. Pages get `error=Configuration`.',
      ko: 'Email provider를 쓰려면 어댑터가 `createVerificationToken`, `useVerificationToken`, `getUserByEmail`을 구현해야 하며, 메시지에 빠진 메서드가 나열됩니다. 페이지에는 `error=Configuration`이 전달됩니다.',
    },
    fix: {
      en: 'Upgrade the adapter or implement the three methods in a custom adapter, or remove the Email provider.',
      ko: '어댑터를 업그레이드하거나 커스텀 어댑터에 세 메서드를 구현하거나, Email provider를 제거하세요.',
    },
  },
  NEXTAUTH_URL: {
    where: ['server'],
    section: 'configuration',
    documentedIn: [],
    emitted: true,
    summary: {
      en: "Warning: the site's URL could not be determined.",
      ko: '경고: 사이트 URL을 알아낼 수 없습니다.',
    },
    cause: {
      en: '`NEXTAUTH_URL` is not set and the host is not trusted (neither `VERCEL` nor `AUTH_TRUST_HOST` is set), so next-auth cannot build absolute callback and redirect URLs. Passed to `logger.warn` once per process.',
      ko: '`NEXTAUTH_URL`이 없고 호스트도 신뢰할 수 없어(`VERCEL`도 `AUTH_TRUST_HOST`도 없음) next-auth가 절대 콜백·리디렉션 URL을 만들 수 없습니다. 프로세스마다 한 번 `logger.warn`으로 전달됩니다.',
    },
    fix: {
      en: "Set `NEXTAUTH_URL` to the site's canonical URL, or `AUTH_TRUST_HOST=true` when a proxy you control sets the `Host` header.",
      ko: '`NEXTAUTH_URL`을 사이트의 실제 주소로 지정하거나, 직접 관리하는 프록시가 `Host` 헤더를 설정한다면 `AUTH_TRUST_HOST=true`를 지정하세요.',
    },
  },
  DEBUG_ENABLED: {
    where: ['server'],
    section: 'configuration',
    documentedIn: [],
    emitted: true,
    summary: {
      en: 'Warning: the `debug` option is on.',
      ko: '경고: `debug` 옵션이 켜져 있습니다.',
    },
    cause: {
      en: '`debug: true` prints detailed logs, tokens and profile data included, and is meant for development only. Passed to `logger.warn` once per process.',
      ko: '`debug: true`는 토큰과 프로필 데이터까지 포함한 상세 로그를 출력하므로 개발용으로만 써야 합니다. 프로세스마다 한 번 `logger.warn`으로 전달됩니다.',
    },
    fix: {
      en: "Turn `debug` off before deploying, for example `debug: process.env.NODE_ENV === 'development'`.",
      ko: "배포 전에 `debug`를 끄세요. 예를 들어 `debug: process.env.NODE_ENV === 'development'`처럼 지정하면 됩니다.",
    },
  },
  TWITTER_OAUTH_2_BETA: {
    where: ['server'],
    section: 'configuration',
    documentedIn: [],
    emitted: true,
    summary: {
      en: 'Warning: the Twitter provider is used in its OAuth 2.0 mode.',
      ko: '경고: Twitter provider를 OAuth 2.0 방식으로 쓰고 있습니다.',
    },
    cause: {
      en: "A provider with `id: 'twitter'` and `version: '2.0'` is configured; next-auth treats that mode as beta, so it may change between releases. Passed to `logger.warn` once per process.",
      ko: "`id: 'twitter'`, `version: '2.0'`인 provider가 설정되어 있습니다. next-auth는 이 방식을 베타로 취급하므로 릴리스마다 동작이 바뀔 수 있습니다. 프로세스마다 한 번 `logger.warn`으로 전달됩니다.",
    },
    fix: {
      en: 'Pin the next-auth version and re-test Twitter sign-in after every upgrade, or use the default OAuth 1.0a mode.',
      ko: 'next-auth 버전을 고정하고 업그레이드할 때마다 Twitter 로그인을 다시 시험하거나, 기본값인 OAuth 1.0a 방식을 쓰세요.',
    },
  },
  LOGGER_ERROR: {
    where: ['server'],
    section: 'other',
    documentedIn: [],
    emitted: true,
    summary: {
      en: 'A log entry sent from the browser could not be passed to the custom logger.',
      ko: '브라우저가 보낸 로그 항목을 커스텀 로거에 넘기지 못했습니다.',
    },
    cause: {
      en: "When a custom `logger` is configured, the client posts its log entries to `/api/auth/_log`; this code is logged when the posted `level` is not one of the logger's methods or the logger method throws.",
      ko: '커스텀 `logger`를 설정하면 클라이언트가 로그 항목을 `/api/auth/_log`로 보내는데, 보낸 `level`이 로거의 메서드가 아니거나 로거 메서드가 예외를 던지면 이 코드가 기록됩니다.',
    },
    fix: {
      en: 'Make every method of the custom `logger` (`error`, `warn`, `debug`) safe to call with any code and metadata, and do not post to `_log` yourself.',
      ko: '커스텀 `logger`의 모든 메서드(`error`, `warn`, `debug`)가 어떤 코드와 메타데이터로 호출되어도 안전하게 만들고, `_log`로 직접 요청을 보내지 마세요.',
    },
  },
  SIGN_IN_EVENT_ERROR: eventEntry('signIn', {
    en: 'It runs after every successful sign-in.',
    ko: '이 핸들러는 로그인이 성공할 때마다 실행됩니다.',
  }),
  SIGN_OUT_EVENT_ERROR: eventEntry('signOut', {
    en: 'It runs when a user signs out.',
    ko: '이 핸들러는 사용자가 로그아웃할 때 실행됩니다.',
  }),
  CREATE_USER_EVENT_ERROR: eventEntry('createUser', {
    en: 'It runs after the adapter has created a new user.',
    ko: '이 핸들러는 어댑터가 새 사용자를 만든 뒤 실행됩니다.',
  }),
  UPDATE_USER_EVENT_ERROR: eventEntry('updateUser', {
    en: 'It runs after a user record was updated, for example when an email sign-in marks the address as verified.',
    ko: '이 핸들러는 사용자 정보가 갱신된 뒤, 예를 들어 이메일 로그인으로 주소가 인증 처리되었을 때 실행됩니다.',
  }),
  LINK_ACCOUNT_EVENT_ERROR: eventEntry('linkAccount', {
    en: 'It runs after an OAuth account has been linked to a user.',
    ko: '이 핸들러는 OAuth 계정이 사용자에게 연결된 뒤 실행됩니다.',
  }),
  SESSION_EVENT_ERROR: eventEntry('session', {
    en: 'It runs every time the session is read through `/api/auth/session`.',
    ko: '이 핸들러는 `/api/auth/session`으로 세션을 읽을 때마다 실행됩니다.',
  }),
  adapter_error_createUser: adapterEntry('createUser', {
    en: 'It creates the user on a first OAuth or email sign-in; users then land on the error page with `error=OAuthCreateAccount` or `error=EmailCreateAccount`.',
    ko: '이 메서드는 OAuth나 이메일로 처음 로그인할 때 사용자를 만듭니다. 실패하면 사용자는 `error=OAuthCreateAccount` 또는 `error=EmailCreateAccount`와 함께 오류 페이지로 이동합니다.',
  }),
  adapter_error_getUser: adapterEntry('getUser', {
    en: 'It loads the signed-in user by id when a new account is linked during an active JWT session.',
    ko: '이 메서드는 JWT 세션이 있는 상태에서 새 계정을 연결할 때, 로그인한 사용자를 id로 불러옵니다.',
  }),
  adapter_error_getUserByEmail: adapterEntry('getUserByEmail', {
    en: 'It looks a user up by email address during email sign-in and when an OAuth profile is matched against existing users.',
    ko: '이 메서드는 이메일 로그인 중, 그리고 OAuth 프로필을 기존 사용자와 대조할 때 이메일 주소로 사용자를 찾습니다.',
  }),
  adapter_error_getUserByAccount: adapterEntry('getUserByAccount', {
    en: 'It finds the user that owns a provider account during every OAuth callback.',
    ko: '이 메서드는 OAuth 콜백마다 provider 계정을 소유한 사용자를 찾습니다.',
  }),
  adapter_error_updateUser: adapterEntry('updateUser', {
    en: 'It updates the user record, for example to set `emailVerified` after a magic-link sign-in.',
    ko: '이 메서드는 사용자 정보를 갱신합니다. 예를 들어 매직 링크 로그인 뒤 `emailVerified`를 기록합니다.',
  }),
  adapter_error_linkAccount: adapterEntry('linkAccount', {
    en: 'It stores the link between a user and an OAuth account (tokens included) on first sign-in or when linking.',
    ko: '이 메서드는 처음 로그인하거나 계정을 연결할 때 사용자와 OAuth 계정의 연결(토큰 포함)을 저장합니다.',
  }),
  adapter_error_createSession: adapterEntry('createSession', {
    en: 'It creates the database session after a successful sign-in when `strategy` is `"database"`.',
    ko: '이 메서드는 `strategy`가 `"database"`일 때 로그인에 성공하면 데이터베이스 세션을 만듭니다.',
  }),
  adapter_error_getSessionAndUser: adapterEntry('getSessionAndUser', {
    en: 'It loads the database session and its user on every session check and OAuth callback of a signed-in user.',
    ko: '이 메서드는 세션을 확인할 때마다, 그리고 로그인한 사용자의 OAuth 콜백에서 데이터베이스 세션과 사용자를 불러옵니다.',
  }),
  adapter_error_updateSession: adapterEntry('updateSession', {
    en: 'It extends the expiry of a database session while the user stays active.',
    ko: '이 메서드는 사용자가 활동하는 동안 데이터베이스 세션의 만료 시각을 연장합니다.',
  }),
  adapter_error_deleteSession: adapterEntry('deleteSession', {
    en: 'It removes a database session on sign-out and when an expired session is found.',
    ko: '이 메서드는 로그아웃할 때와 만료된 세션을 발견했을 때 데이터베이스 세션을 지웁니다.',
  }),
  adapter_error_createVerificationToken: adapterEntry('createVerificationToken', {
    en: 'It stores the hashed magic-link token when an email sign-in starts; users then land on the error page with `error=EmailSignin`.',
    ko: '이 메서드는 이메일 로그인을 시작할 때 해시한 매직 링크 토큰을 저장합니다. 실패하면 사용자는 `error=EmailSignin`과 함께 오류 페이지로 이동합니다.',
  }),
  adapter_error_useVerificationToken: adapterEntry('useVerificationToken', {
    en: 'It consumes the magic-link token when the user opens the link.',
    ko: '이 메서드는 사용자가 링크를 열 때 매직 링크 토큰을 꺼내 사용 처리합니다.',
  }),
} satisfies Record<NextAuthErrorCode, EntryData>;

function docsUrlFor(code: NextAuthErrorCode): string {
  const levels = NEXTAUTH_LOG_LEVELS[code];
  return levels.includes('error') ? nextAuthErrorUrl(code) : nextAuthWarningUrl(code);
}

export const nextAuthFamily: FamilyDefinition = defineFamily(
  {
    id: 'nextauth',
    title: { en: 'NextAuth.js v4 logger codes', ko: 'NextAuth.js v4 로거 코드' },
    description: {
      en: 'Codes next-auth v4 passes to `logger.error` / `logger.warn` and prints as `[next-auth][error][CODE]`, plus codes that only the v4 errors page still documents.',
      ko: 'next-auth v4가 `logger.error` / `logger.warn`에 넘기고 `[next-auth][error][CODE]` 형태로 출력하는 코드와, v4 오류 문서에만 남아 있는 코드입니다.',
    },
    discriminantHints: ['code', 'errorCode', 'error'],
    authMajor: 4,
  },
  NEXTAUTH_ERROR_CODES,
  entries,
  { docsUrl: docsUrlFor },
);
