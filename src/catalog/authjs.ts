import { AUTHJS_ERROR_PAGE_GUIDE_URL, authJsErrorUrl, defineFamily, type EntryData } from './define';
import type { AuthPage, FamilyDefinition } from './types';

/**
 * Auth.js v5 (`@auth/core`) error types: the `type` of every `AuthError` class in `@auth/core/errors`
 * (`AuthError` itself included, whose instances carry the type `"AuthError"`), in the package's order, plus
 * `Configuration`, the value pages receive in place of any type that is not safe to show to users.
 */
export const AUTHJS_ERROR_TYPES = [
  'AuthError',
  'AdapterError',
  'AccessDenied',
  'CallbackRouteError',
  'ErrorPageLoop',
  'EventError',
  'InvalidCallbackUrl',
  'CredentialsSignin',
  'InvalidEndpoints',
  'InvalidCheck',
  'JWTSessionError',
  'MissingAdapter',
  'MissingAdapterMethods',
  'MissingAuthorize',
  'MissingSecret',
  'OAuthAccountNotLinked',
  'OAuthCallbackError',
  'OAuthProfileParseError',
  'SessionTokenError',
  'OAuthSignInError',
  'EmailSignInError',
  'SignOutError',
  'UnknownAction',
  'UnsupportedStrategy',
  'InvalidProvider',
  'UntrustedHost',
  'Verification',
  'MissingCSRF',
  'DuplicateConditionalUI',
  'MissingWebAuthnAutocomplete',
  'WebAuthnVerificationError',
  'AccountNotLinked',
  'ExperimentalFeatureNotEnabled',
  'Configuration',
] as const;

export type AuthJsErrorType = (typeof AUTHJS_ERROR_TYPES)[number];

/**
 * Where `Auth()` in @auth/core sends an error: to `pages[error.kind]` (a `SignInError` subclass is of kind
 * `signIn`, every other error of kind `error`), with `error=` the type when it is client-safe and
 * `Configuration` otherwise. So the sign-in page gets the client-safe sign-in errors (the sign-in errors that are
 * not client-safe, `OAuthSignInError` and `EmailSignInError`, are never thrown), the error page the other
 * client-safe types and `Configuration` for everything else.
 */
export const AUTHJS_PAGE_VALUES = {
  error: ['Configuration', 'AccessDenied', 'Verification', 'WebAuthnVerificationError'],
  signIn: ['CredentialsSignin', 'OAuthAccountNotLinked', 'OAuthCallbackError', 'MissingCSRF', 'AccountNotLinked'],
} as const satisfies Record<AuthPage, readonly AuthJsErrorType[]>;

const entries = {
  AuthError: {
    emitted: true,
    summary: {
      en: 'The base Auth.js error; its own instances carry this type when no more specific class applies.',
      ko: 'Auth.js 오류의 기본 클래스이며, 더 구체적인 클래스가 없을 때 그 인스턴스가 이 유형을 가집니다.',
    },
    cause: {
      en: 'A few failures have no class of their own and are thrown as a plain `AuthError`: an invalid callback action, an account that could not be created or found, WebAuthn data missing from the database, or a Nodemailer provider without `server`.',
      ko: '전용 클래스가 없는 몇몇 실패는 일반 `AuthError`로 던져집니다. 잘못된 콜백 action, 만들거나 찾을 수 없는 계정, 데이터베이스에 없는 WebAuthn 데이터, `server`가 빠진 Nodemailer provider 등이 그렇습니다.',
    },
    fix: {
      en: 'Read the message in the server log; in `catch` blocks test `instanceof AuthError` first and then switch on `error.type` for the cases you handle. Pages receive `error=Configuration`.',
      ko: '서버 로그의 메시지를 확인하세요. `catch` 블록에서는 먼저 `instanceof AuthError`로 확인한 뒤 처리할 경우만 `error.type`으로 분기하세요. 페이지에는 `error=Configuration`으로 전달됩니다.',
    },
  },
  AdapterError: {
    emitted: true,
    summary: {
      en: 'A database adapter method failed.',
      ko: '데이터베이스 어댑터 메서드가 실패했습니다.',
    },
    cause: {
      en: 'An adapter method threw while Auth.js called it (with `debug: true` each call is logged as `adapter_<method>`), or a WebAuthn authenticator counter could not be updated. The original error is in `cause`.',
      ko: 'Auth.js가 호출한 어댑터 메서드가 예외를 던졌거나(`debug: true`이면 호출마다 `adapter_<메서드>`로 기록됩니다), WebAuthn 인증기 카운터를 갱신하지 못했습니다. 원래 오류는 `cause`에 들어 있습니다.',
    },
    fix: {
      en: 'Check the database connection and the adapter implementation named in the log. Pages receive `error=Configuration`.',
      ko: '데이터베이스 연결과 로그에 나온 어댑터 구현을 점검하세요. 페이지에는 `error=Configuration`으로 전달됩니다.',
    },
  },
  AccessDenied: {
    generic: true,
    emitted: true,
    summary: {
      en: 'The application refused the sign-in.',
      ko: '애플리케이션이 로그인을 거부했습니다.',
    },
    cause: {
      en: 'The `signIn` callback returned `false` or threw — during the callback route, or before a sign-in email is sent.',
      ko: '콜백 라우트에서, 또는 로그인 이메일을 보내기 전에 `signIn` 콜백이 `false`를 반환했거나 예외를 던졌습니다.',
    },
    fix: {
      en: 'Tell the user that this account may not sign in, and review `callbacks.signIn` if that is unexpected. The value reaches the error page unchanged.',
      ko: '이 계정으로는 로그인할 수 없다고 안내하고, 예상하지 못한 결과라면 `callbacks.signIn`을 점검하세요. 이 값은 오류 페이지에 그대로 전달됩니다.',
    },
  },
  CallbackRouteError: {
    emitted: true,
    summary: {
      en: 'Completing a sign-in in the callback route failed.',
      ko: '콜백 라우트에서 로그인을 마무리하지 못했습니다.',
    },
    cause: {
      en: "Something threw in `/auth/callback/<provider>`: the provider's profile handling, a Credentials provider's `authorize()` (with an error other than `CredentialsSignin`), the `signIn` or `jwt` callback, or the database.",
      ko: '`/auth/callback/<provider>`에서 예외가 발생했습니다. provider의 프로필 처리, Credentials provider의 `authorize()`(`CredentialsSignin`이 아닌 오류), `signIn`·`jwt` 콜백, 데이터베이스 중 하나가 원인입니다.',
    },
    fix: {
      en: 'Look at `[auth][cause]` in the server log for the original stack trace and `[auth][details]` for the provider, then fix that code. Pages receive `error=Configuration`.',
      ko: '서버 로그의 `[auth][cause]`에서 원래 스택 트레이스를, `[auth][details]`에서 provider를 확인하고 해당 코드를 고치세요. 페이지에는 `error=Configuration`으로 전달됩니다.',
    },
  },
  ErrorPageLoop: {
    emitted: true,
    summary: {
      en: 'The custom error page itself requires authentication.',
      ko: '커스텀 오류 페이지 자체가 인증을 요구합니다.',
    },
    cause: {
      en: 'A configuration error sent the user to `pages.error`, but the `callbackUrl` shows that page is protected; Auth.js renders its built-in error page to avoid an endless redirect.',
      ko: '설정 오류로 사용자를 `pages.error`로 보냈지만 `callbackUrl`을 보면 그 페이지가 보호되어 있어, Auth.js가 무한 리디렉션을 막으려고 기본 오류 페이지를 대신 보여 주었습니다.',
    },
    fix: {
      en: 'Leave the error page out of authentication: exclude it in the middleware `matcher` or the `authorized` callback and in any layout guard.',
      ko: '오류 페이지를 인증 대상에서 빼세요. 미들웨어 `matcher`나 `authorized` 콜백, 레이아웃의 접근 제어에서 제외하면 됩니다.',
    },
  },
  EventError: {
    emitted: true,
    summary: {
      en: 'A handler in the `events` option threw.',
      ko: '`events` 옵션의 핸들러가 예외를 던졌습니다.',
    },
    cause: {
      en: 'One of `events.signIn`, `signOut`, `createUser`, `updateUser`, `linkAccount` or `session` failed; Auth.js logs it and carries on.',
      ko: '`events.signIn`, `signOut`, `createUser`, `updateUser`, `linkAccount`, `session` 중 하나가 실패했습니다. Auth.js는 이를 기록만 하고 계속 진행합니다.',
    },
    fix: {
      en: 'Catch errors inside the event handlers and fix the side effect that failed (audit log, analytics, e-mail, …).',
      ko: '이벤트 핸들러 안에서 오류를 잡고, 실패한 부수 작업(감사 로그, 분석, 메일 발송 등)을 고치세요.',
    },
  },
  InvalidCallbackUrl: {
    emitted: true,
    summary: {
      en: 'The callback URL is not a valid URL.',
      ko: '콜백 URL이 올바른 URL이 아닙니다.',
    },
    cause: {
      en: 'The `callbackUrl` query parameter or cookie could not be parsed as an http(s) URL; it may have been tampered with.',
      ko: '`callbackUrl` 쿼리 파라미터나 쿠키를 http(s) URL로 해석할 수 없습니다. 누군가 값을 조작했을 수 있습니다.',
    },
    fix: {
      en: 'Pass an absolute URL or a path starting with `/` as `redirectTo`; if your code never sends such a value, treat it as a probe. Pages receive `error=Configuration`.',
      ko: '`redirectTo`에는 절대 URL이나 `/`로 시작하는 경로를 넘기세요. 코드가 그런 값을 보낸 적이 없다면 공격 시도로 간주하세요. 페이지에는 `error=Configuration`으로 전달됩니다.',
    },
  },
  CredentialsSignin: {
    signInError: true,
    emitted: true,
    summary: {
      en: 'The Credentials provider rejected the sign-in.',
      ko: 'Credentials provider가 로그인을 거부했습니다.',
    },
    cause: {
      en: '`authorize()` returned `null`, or threw a `CredentialsSignin` (or a subclass with its own `code`).',
      ko: '`authorize()`가 `null`을 반환했거나, `CredentialsSignin`(또는 자체 `code`를 가진 하위 클래스)을 던졌습니다.',
    },
    fix: {
      en: 'Show a neutral "invalid credentials" message. The sign-in page gets `error=CredentialsSignin&code=<code>`; a server action calling `signIn()` receives the thrown error, so catch it and check `error.type`.',
      ko: '"자격 증명이 올바르지 않다"는 중립적인 안내를 보여 주세요. 로그인 페이지에는 `error=CredentialsSignin&code=<code>`가 전달되고, 서버 액션에서 `signIn()`을 호출하면 오류가 그대로 던져지므로 잡아서 `error.type`을 확인하세요.',
    },
  },
  InvalidEndpoints: {
    emitted: true,
    summary: {
      en: 'An OAuth or OIDC provider has no usable endpoint configuration.',
      ko: 'OAuth 또는 OIDC provider에 쓸 수 있는 엔드포인트 설정이 없습니다.',
    },
    cause: {
      en: 'The provider sets neither `issuer` (for discovery) nor the `authorization`, `token` or `userinfo` endpoint that Auth.js needs.',
      ko: 'provider에 디스커버리용 `issuer`도, Auth.js에 필요한 `authorization`·`token`·`userinfo` 엔드포인트도 설정되어 있지 않습니다.',
    },
    fix: {
      en: "Add `issuer`, or the missing endpoint URLs, to the provider's configuration.",
      ko: 'provider 설정에 `issuer`나 빠진 엔드포인트 URL을 추가하세요.',
    },
  },
  InvalidCheck: {
    emitted: true,
    summary: {
      en: 'A PKCE, state or nonce check could not be completed.',
      ko: 'PKCE, state, nonce 검증을 마치지 못했습니다.',
    },
    cause: {
      en: 'During the OAuth callback the check cookie was missing or unreadable (cookies blocked, a sign-in that started on another domain, or an expired cookie), state data arrived for a provider not set up for it, or the WebAuthn challenge cookie was gone.',
      ko: 'OAuth 콜백 중 검증용 쿠키가 없거나 읽을 수 없었거나(쿠키 차단, 다른 도메인에서 시작한 로그인, 만료된 쿠키), state를 쓰지 않는 provider에 state 데이터가 왔거나, WebAuthn challenge 쿠키가 사라졌습니다.',
    },
    fix: {
      en: "Start and finish sign-in on the same origin, keep cookies enabled, and match the provider's `checks` option to what the provider supports. Pages receive `error=Configuration`.",
      ko: '로그인을 같은 출처에서 시작하고 끝내게 하고, 쿠키를 허용하고, provider의 `checks` 옵션을 provider가 지원하는 방식에 맞추세요. 페이지에는 `error=Configuration`으로 전달됩니다.',
    },
  },
  JWTSessionError: {
    emitted: true,
    summary: {
      en: 'The JWT session could not be decoded or encoded.',
      ko: 'JWT 세션을 디코딩하거나 인코딩하지 못했습니다.',
    },
    cause: {
      en: 'The `secret` changed or differs between instances, the cookie is malformed, or custom `jwt.encode`/`jwt.decode` or the `jwt`/`session` callbacks threw. The session cookie is deleted.',
      ko: '`secret`이 바뀌었거나 인스턴스마다 다르거나, 쿠키가 손상되었거나, 직접 만든 `jwt.encode`/`jwt.decode` 또는 `jwt`/`session` 콜백이 예외를 던졌습니다. 세션 쿠키는 삭제됩니다.',
    },
    fix: {
      en: 'Use the same `AUTH_SECRET` everywhere (rotate by listing old and new secrets) and review custom JWT code; affected users simply sign in again.',
      ko: '모든 환경과 인스턴스에서 같은 `AUTH_SECRET`을 쓰고(교체할 때는 이전 값과 새 값을 함께 나열), 직접 만든 JWT 코드를 점검하세요. 영향을 받은 사용자는 다시 로그인하면 됩니다.',
    },
  },
  MissingAdapter: {
    emitted: true,
    summary: {
      en: 'A feature that needs a database adapter is configured without one.',
      ko: '데이터베이스 어댑터가 필요한 기능을 어댑터 없이 설정했습니다.',
    },
    cause: {
      en: "An Email or WebAuthn provider, or `session.strategy: 'database'`, is configured while `adapter` is not set.",
      ko: "Email·WebAuthn provider나 `session.strategy: 'database'`를 설정했지만 `adapter`가 없습니다.",
    },
    fix: {
      en: 'Add a database adapter, or remove the provider or setting that needs it. Pages receive `error=Configuration`.',
      ko: '데이터베이스 어댑터를 추가하거나, 어댑터가 필요한 provider나 설정을 제거하세요. 페이지에는 `error=Configuration`으로 전달됩니다.',
    },
  },
  MissingAdapterMethods: {
    emitted: true,
    summary: {
      en: 'The adapter lacks methods that a configured feature needs.',
      ko: '설정된 기능에 필요한 메서드가 어댑터에 없습니다.',
    },
    cause: {
      en: 'The adapter exists but does not implement every method required by the Email, database-session or WebAuthn setup; the message lists the missing ones.',
      ko: '어댑터는 있지만 Email, 데이터베이스 세션, WebAuthn 설정에 필요한 메서드를 모두 구현하지 않았습니다. 메시지에 빠진 메서드가 나열됩니다.',
    },
    fix: {
      en: 'Upgrade the adapter package or implement the listed methods in a custom adapter.',
      ko: '어댑터 패키지를 업그레이드하거나, 커스텀 어댑터라면 나열된 메서드를 구현하세요.',
    },
  },
  MissingAuthorize: {
    emitted: true,
    summary: {
      en: 'A Credentials provider has no `authorize()` function.',
      ko: 'Credentials provider에 `authorize()` 함수가 없습니다.',
    },
    cause: {
      en: 'Auth.js cannot check submitted credentials without `authorize`, so the configuration check fails on every request.',
      ko: '`authorize`가 없으면 제출된 자격 증명을 확인할 수 없으므로 모든 요청에서 설정 검사가 실패합니다.',
    },
    fix: {
      en: 'Give the provider an `authorize(credentials, request)` that returns the user or `null`.',
      ko: 'provider에 사용자 또는 `null`을 반환하는 `authorize(credentials, request)`를 추가하세요.',
    },
  },
  MissingSecret: {
    emitted: true,
    summary: {
      en: 'No secret is configured.',
      ko: 'secret이 설정되어 있지 않습니다.',
    },
    cause: {
      en: 'Neither the `secret` option nor `AUTH_SECRET` (or `AUTH_SECRET_1`, …) is set, and Auth.js needs it to encrypt cookies and tokens.',
      ko: '`secret` 옵션도 `AUTH_SECRET`(또는 `AUTH_SECRET_1` 등)도 없는데, Auth.js는 쿠키와 토큰을 암호화하려면 이 값이 필요합니다.',
    },
    fix: {
      en: 'Generate a value with `npx auth secret` and set `AUTH_SECRET` in every environment, or pass `secret` in the config. Pages receive `error=Configuration`.',
      ko: '`npx auth secret`으로 값을 만들어 모든 환경에 `AUTH_SECRET`으로 설정하거나, 설정에 `secret`을 넘기세요. 페이지에는 `error=Configuration`으로 전달됩니다.',
    },
  },
  OAuthAccountNotLinked: {
    signInError: true,
    emitted: true,
    summary: {
      en: 'The email address belongs to an existing user that is not linked to this OAuth account.',
      ko: '이 이메일 주소는 이 OAuth 계정과 연결되지 않은 기존 사용자의 것입니다.',
    },
    cause: {
      en: 'An OAuth sign-in found a user with the same email but no linked account for this provider, or the OAuth account is already tied to another user; Auth.js does not link them automatically.',
      ko: 'OAuth 로그인에서 같은 이메일의 사용자를 찾았지만 이 provider 계정이 연결되어 있지 않거나, OAuth 계정이 이미 다른 사용자에게 묶여 있습니다. Auth.js는 자동으로 연결하지 않습니다.',
    },
    fix: {
      en: 'Ask the user to sign in with the method they used first; enable `allowDangerousEmailAccountLinking` only for providers that verify email addresses. The value reaches the sign-in page unchanged.',
      ko: '처음 가입할 때 쓴 방식으로 로그인하라고 안내하세요. `allowDangerousEmailAccountLinking`은 이메일을 검증하는 provider에만 켜세요. 이 값은 로그인 페이지에 그대로 전달됩니다.',
    },
  },
  OAuthCallbackError: {
    signInError: true,
    emitted: true,
    summary: {
      en: 'The OAuth provider answered with an error.',
      ko: 'OAuth provider가 오류로 응답했습니다.',
    },
    cause: {
      en: 'The provider redirected back with an `error` parameter (for example `access_denied` when the user declined consent) or its token endpoint returned an error.',
      ko: 'provider가 `error` 파라미터와 함께 되돌려 보냈거나(사용자가 동의를 거절하면 `access_denied` 등), 토큰 엔드포인트가 오류를 반환했습니다.',
    },
    fix: {
      en: "Treat `access_denied` as a cancelled sign-in; for other errors compare the client ID, secret and redirect URI with the provider's console. The value reaches the sign-in page unchanged.",
      ko: '`access_denied`는 사용자가 취소한 것으로 처리하고, 그 밖의 오류라면 클라이언트 ID, secret, 리디렉션 URI를 provider 콘솔 설정과 비교하세요. 이 값은 로그인 페이지에 그대로 전달됩니다.',
    },
  },
  OAuthProfileParseError: {
    emitted: true,
    summary: {
      en: "The provider's profile response could not be turned into a user.",
      ko: 'provider의 프로필 응답을 사용자 정보로 바꾸지 못했습니다.',
    },
    cause: {
      en: "The provider's `profile()` callback threw, often after the provider changed its API or when a custom `profile()` expects fields the provider does not send.",
      ko: 'provider의 `profile()` 콜백이 예외를 던졌습니다. provider가 API를 바꾸었거나, 직접 만든 `profile()`이 provider가 보내지 않는 필드를 기대하는 경우가 많습니다.',
    },
    fix: {
      en: 'Log the raw profile and adjust `profile()` (or `userinfo`) for the provider named in the log entry; the error is only logged.',
      ko: '원본 프로필을 기록해 보고, 로그에 나온 provider의 `profile()`(또는 `userinfo`)을 고치세요. 이 오류는 로그에만 남습니다.',
    },
  },
  SessionTokenError: {
    emitted: true,
    summary: {
      en: 'A database session could not be read or refreshed.',
      ko: '데이터베이스 세션을 읽거나 갱신하지 못했습니다.',
    },
    cause: {
      en: "With `strategy: 'database'`, the adapter failed to load, update or delete the session, or the `session` callback threw.",
      ko: "`strategy: 'database'`에서 어댑터가 세션을 불러오거나 갱신하거나 삭제하지 못했거나, `session` 콜백이 예외를 던졌습니다.",
    },
    fix: {
      en: 'Check the adapter and that the database is reachable; the error is only logged.',
      ko: '어댑터와 데이터베이스 접속 상태를 점검하세요. 이 오류는 로그에만 남습니다.',
    },
  },
  OAuthSignInError: {
    signInError: true,
    emitted: false,
    summary: {
      en: 'An OAuth sign-in could not be started.',
      ko: 'OAuth 로그인을 시작하지 못했습니다.',
    },
    cause: {
      en: '@auth/core declares it for authorization servers that do not follow OAuth 2.0 or OIDC, but version 0.41.3 never throws it; such failures show up under other types.',
      ko: '@auth/core가 OAuth 2.0이나 OIDC를 따르지 않는 인가 서버를 위해 선언해 두었지만, 0.41.3 버전은 이 오류를 던지지 않으며 그런 실패는 다른 유형으로 나타납니다.',
    },
    fix: {
      en: 'Keep a branch for it if you like, but expect failed OAuth starts to reach pages as `error=Configuration`.',
      ko: '분기를 남겨 두어도 되지만, OAuth 로그인 시작 실패는 페이지에 `error=Configuration`으로 도착한다고 보고 대비하세요.',
    },
  },
  EmailSignInError: {
    signInError: true,
    emitted: false,
    summary: {
      en: 'An email (magic link) sign-in could not be started.',
      ko: '이메일(매직 링크) 로그인을 시작하지 못했습니다.',
    },
    cause: {
      en: '@auth/core declares it for an address that cannot be normalized or a token that cannot be stored, but version 0.41.3 never throws it.',
      ko: '@auth/core가 정규화할 수 없는 주소나 저장할 수 없는 토큰을 위해 선언해 두었지만, 0.41.3 버전은 이 오류를 던지지 않습니다.',
    },
    fix: {
      en: 'Validate addresses before calling `signIn`, and expect failures of the email step to reach pages as `error=Configuration` (or `AccessDenied` when the `signIn` callback refuses).',
      ko: '`signIn`을 호출하기 전에 주소를 검사하고, 이메일 단계의 실패는 페이지에 `error=Configuration`(또는 `signIn` 콜백이 거부하면 `AccessDenied`)으로 도착한다고 보고 대비하세요.',
    },
  },
  SignOutError: {
    emitted: true,
    summary: {
      en: 'Signing out did not complete cleanly.',
      ko: '로그아웃이 깔끔하게 끝나지 않았습니다.',
    },
    cause: {
      en: 'Decoding the JWT or deleting the database session failed; the session cookie is cleared anyway.',
      ko: 'JWT를 디코딩하거나 데이터베이스 세션을 삭제하는 데 실패했습니다. 세션 쿠키는 그래도 지워집니다.',
    },
    fix: {
      en: "Check the adapter's `deleteSession` and the database, or the secret when JWT sessions are used; the error is only logged.",
      ko: '어댑터의 `deleteSession`과 데이터베이스를, JWT 세션이라면 secret을 점검하세요. 이 오류는 로그에만 남습니다.',
    },
  },
  UnknownAction: {
    emitted: true,
    summary: {
      en: 'Auth.js was asked to handle an action it does not support.',
      ko: 'Auth.js가 지원하지 않는 action을 처리하라는 요청을 받았습니다.',
    },
    cause: {
      en: 'The path under the auth base path names no known action (`signin`, `callback`, `session`, `csrf`, `providers`, `signout`, …), or the method is neither GET nor POST; often the route handler is mounted at a path that does not match `basePath`.',
      ko: '인증 기본 경로 아래의 경로가 알려진 action(`signin`, `callback`, `session`, `csrf`, `providers`, `signout` 등)이 아니거나, 메서드가 GET·POST가 아닙니다. 라우트 핸들러를 `basePath`와 다른 경로에 둔 경우가 많습니다.',
    },
    fix: {
      en: 'Mount the handlers at `app/api/auth/[...nextauth]/route.ts` (or set `basePath` to where they live) and call only the documented endpoints.',
      ko: '핸들러를 `app/api/auth/[...nextauth]/route.ts`에 두거나 `basePath`를 실제 위치에 맞추고, 문서에 나온 엔드포인트만 호출하세요.',
    },
  },
  UnsupportedStrategy: {
    emitted: true,
    summary: {
      en: 'Credentials sign-in is combined with database sessions.',
      ko: 'Credentials 로그인과 데이터베이스 세션을 함께 쓰고 있습니다.',
    },
    cause: {
      en: "A Credentials provider is configured while `session.strategy` is `'database'`; credentials sign-in only works with JWT sessions.",
      ko: "`session.strategy`가 `'database'`인데 Credentials provider가 설정되어 있습니다. 자격 증명 로그인은 JWT 세션에서만 동작합니다.",
    },
    fix: {
      en: "Set `session: { strategy: 'jwt' }` when using the Credentials provider. Pages receive `error=Configuration`.",
      ko: "Credentials provider를 쓸 때는 `session: { strategy: 'jwt' }`로 설정하세요. 페이지에는 `error=Configuration`으로 전달됩니다.",
    },
  },
  InvalidProvider: {
    emitted: true,
    summary: {
      en: 'The request names no provider, or a provider of the wrong type.',
      ko: '요청에 provider가 없거나 맞지 않는 유형의 provider가 지정되었습니다.',
    },
    cause: {
      en: 'The callback route was called without a provider ID or for an unsupported provider type, or a WebAuthn call targets a provider that is not WebAuthn.',
      ko: '콜백 라우트가 provider ID 없이, 또는 지원하지 않는 provider 유형으로 호출되었거나, WebAuthn 요청이 WebAuthn이 아닌 provider를 가리킵니다.',
    },
    fix: {
      en: 'Compare the provider ID in the URL or in the `signIn(id)` call with the configured providers.',
      ko: 'URL이나 `signIn(id)` 호출에 쓴 provider ID를 설정된 provider 목록과 비교하세요.',
    },
  },
  UntrustedHost: {
    emitted: true,
    summary: {
      en: 'The host of the request is not trusted.',
      ko: '요청의 호스트를 신뢰할 수 없습니다.',
    },
    cause: {
      en: 'Auth.js builds its URLs from the `Host` header and refuses to unless `trustHost` is true, `AUTH_TRUST_HOST` is set, or the platform is one it recognizes.',
      ko: 'Auth.js는 `Host` 헤더로 URL을 만드는데, `trustHost`가 true이거나 `AUTH_TRUST_HOST`가 설정되었거나 인식하는 플랫폼이 아니면 이를 거부합니다.',
    },
    fix: {
      en: 'Set `trustHost: true` (or `AUTH_TRUST_HOST=true`) when the app runs behind a proxy you control, or set `AUTH_URL`.',
      ko: '직접 관리하는 프록시 뒤에서 실행한다면 `trustHost: true`(또는 `AUTH_TRUST_HOST=true`)를 설정하거나 `AUTH_URL`을 지정하세요.',
    },
  },
  Verification: {
    generic: true,
    emitted: true,
    summary: {
      en: 'The email sign-in token is invalid or has expired.',
      ko: '이메일 로그인 토큰이 유효하지 않거나 만료되었습니다.',
    },
    cause: {
      en: 'The token in the magic link was not found in the database (it is single-use) or its expiry time has passed.',
      ko: '매직 링크의 토큰을 데이터베이스에서 찾지 못했거나(한 번만 쓸 수 있습니다), 만료 시각이 지났습니다.',
    },
    fix: {
      en: 'Ask the user to request a new link. The value reaches the error page unchanged.',
      ko: '사용자에게 새 링크를 요청하도록 안내하세요. 이 값은 오류 페이지에 그대로 전달됩니다.',
    },
  },
  MissingCSRF: {
    signInError: true,
    emitted: true,
    summary: {
      en: 'A client action arrived without a valid CSRF token.',
      ko: '클라이언트 요청이 유효한 CSRF 토큰 없이 도착했습니다.',
    },
    cause: {
      en: '`signIn`, `signOut` or a session update was posted without the matching CSRF cookie and token, for example from a hand-written form, another origin, or a browser that blocks cookies.',
      ko: '`signIn`, `signOut`, 세션 갱신 요청이 짝이 맞는 CSRF 쿠키와 토큰 없이 전송되었습니다. 직접 작성한 폼, 다른 출처에서 보낸 요청, 쿠키를 막는 브라우저 등이 원인입니다.',
    },
    fix: {
      en: 'Use the client helpers, which add the token, or put the `csrfToken` from `/api/auth/csrf` into custom forms. The value reaches the sign-in page unchanged.',
      ko: '토큰을 자동으로 넣어 주는 클라이언트 헬퍼를 쓰거나, 직접 만든 폼에 `/api/auth/csrf`에서 받은 `csrfToken`을 넣으세요. 이 값은 로그인 페이지에 그대로 전달됩니다.',
    },
  },
  DuplicateConditionalUI: {
    emitted: true,
    summary: {
      en: 'More than one WebAuthn provider enables conditional UI.',
      ko: '조건부 UI를 켠 WebAuthn provider가 둘 이상입니다.',
    },
    cause: {
      en: '`enableConditionalUI: true` is set on several WebAuthn providers, but only one may have it.',
      ko: '여러 WebAuthn provider에 `enableConditionalUI: true`가 설정되어 있는데, 이 옵션은 하나에만 켤 수 있습니다.',
    },
    fix: {
      en: 'Keep `enableConditionalUI` on a single WebAuthn provider.',
      ko: '`enableConditionalUI`는 WebAuthn provider 하나에만 남기세요.',
    },
  },
  MissingWebAuthnAutocomplete: {
    emitted: true,
    summary: {
      en: 'Conditional UI is enabled but no form field is marked for WebAuthn autofill.',
      ko: '조건부 UI를 켰지만 WebAuthn 자동 완성용으로 표시된 입력 필드가 없습니다.',
    },
    cause: {
      en: 'A WebAuthn provider has `enableConditionalUI: true` while none of its `formFields` lists `webauthn` in `autocomplete`.',
      ko: 'WebAuthn provider에 `enableConditionalUI: true`가 있지만 `formFields` 중 `autocomplete`에 `webauthn`을 넣은 필드가 없습니다.',
    },
    fix: {
      en: 'Add `webauthn` to the `autocomplete` value of the identifying field, for example `"username webauthn"`.',
      ko: '사용자를 식별하는 필드의 `autocomplete` 값에 `webauthn`을 추가하세요(예: `"username webauthn"`).',
    },
  },
  WebAuthnVerificationError: {
    emitted: true,
    summary: {
      en: 'A passkey (WebAuthn) response could not be verified.',
      ko: '패스키(WebAuthn) 응답을 검증하지 못했습니다.',
    },
    cause: {
      en: 'The authentication or registration response failed verification: a wrong challenge, origin or relying-party ID, or an authenticator the server does not know.',
      ko: '인증 또는 등록 응답이 검증을 통과하지 못했습니다. challenge, origin, relying party ID가 맞지 않거나 서버가 모르는 인증기입니다.',
    },
    fix: {
      en: "Let the user try again, and check the provider's relying-party ID and origin against the site's domain. The value reaches the error page unchanged.",
      ko: '사용자가 다시 시도하게 하고, provider의 relying party ID와 origin이 사이트 도메인과 맞는지 확인하세요. 이 값은 오류 페이지에 그대로 전달됩니다.',
    },
  },
  AccountNotLinked: {
    signInError: true,
    emitted: true,
    summary: {
      en: 'The account belongs to another user, or its email matches an account it is not linked to.',
      ko: '계정이 다른 사용자에게 속해 있거나, 연결되지 않은 다른 계정과 이메일이 같습니다.',
    },
    cause: {
      en: 'A sign-in with a non-OAuth provider (WebAuthn, email, …) tried to attach an account that is already tied to another user, or found an existing user with the same email; Auth.js does not link them automatically.',
      ko: 'OAuth가 아닌 provider(WebAuthn, 이메일 등)로 로그인하면서 이미 다른 사용자에게 묶인 계정을 연결하려 했거나, 같은 이메일의 기존 사용자를 찾았습니다. Auth.js는 자동으로 연결하지 않습니다.',
    },
    fix: {
      en: 'Ask the user to sign in with their original method and add the new one from a signed-in session. The value reaches the sign-in page unchanged.',
      ko: '원래 쓰던 방식으로 로그인한 뒤 로그인된 상태에서 새 방식을 추가하도록 안내하세요. 이 값은 로그인 페이지에 그대로 전달됩니다.',
    },
  },
  ExperimentalFeatureNotEnabled: {
    emitted: true,
    summary: {
      en: 'An experimental feature is used without opting in.',
      ko: '실험적 기능을 명시적으로 켜지 않고 사용했습니다.',
    },
    cause: {
      en: 'A WebAuthn (passkey) provider is configured but `experimental.enableWebAuthn` is not `true`.',
      ko: 'WebAuthn(패스키) provider를 설정했지만 `experimental.enableWebAuthn`이 `true`가 아닙니다.',
    },
    fix: {
      en: 'Set `experimental: { enableWebAuthn: true }` in the config, or remove the provider.',
      ko: '설정에 `experimental: { enableWebAuthn: true }`를 넣거나 provider를 제거하세요.',
    },
  },
  Configuration: {
    generic: true,
    emitted: true,
    docsUrl: AUTHJS_ERROR_PAGE_GUIDE_URL,
    summary: {
      en: 'What error and sign-in pages receive for any error that is not safe to show to users.',
      ko: '사용자에게 보여 주기에 안전하지 않은 오류가 났을 때 오류·로그인 페이지가 받는 값입니다.',
    },
    cause: {
      en: 'The configuration check failed, or an error was thrown whose type is not one of the client-safe ones (AccessDenied, Verification, CredentialsSignin, OAuthAccountNotLinked, OAuthCallbackError, MissingCSRF, AccountNotLinked, WebAuthnVerificationError); Auth.js puts `Configuration` in the redirect instead of the real type.',
      ko: '설정 검사가 실패했거나, 클라이언트에 노출해도 되는 유형(AccessDenied, Verification, CredentialsSignin, OAuthAccountNotLinked, OAuthCallbackError, MissingCSRF, AccountNotLinked, WebAuthnVerificationError)이 아닌 오류가 발생해, Auth.js가 실제 유형 대신 `Configuration`을 리디렉션에 넣었습니다.',
    },
    fix: {
      en: 'Show a neutral "something went wrong, try again later" message and look up the real type in the server log; a page that switches on, say, `MissingSecret` never sees it.',
      ko: '"문제가 생겼으니 잠시 후 다시 시도해 달라"는 중립적인 안내를 보여 주고, 실제 유형은 서버 로그에서 확인하세요. 페이지에서 `MissingSecret` 같은 유형으로 분기해도 그 값은 절대 도착하지 않습니다.',
    },
  },
} satisfies Record<AuthJsErrorType, EntryData>;

export const authJsFamily: FamilyDefinition = defineFamily(
  {
    id: 'authjs',
    title: { en: 'Auth.js v5 error types', ko: 'Auth.js v5 오류 유형' },
    description: {
      en: 'The `type` of the errors `@auth/core` (Auth.js v5, next-auth v5) throws and logs, and the `error` values its pages receive: client-safe types as they are, every other type as `Configuration`.',
      ko: '`@auth/core`(Auth.js v5, next-auth v5)가 던지고 기록하는 오류의 `type` 값과, 페이지가 받는 `error` 값입니다. 클라이언트에 보여도 되는 유형은 그대로, 나머지는 모두 `Configuration`으로 전달됩니다.',
    },
    discriminantHints: ['type', 'error', 'errorType', 'code'],
    authMajor: 5,
    pages: AUTHJS_PAGE_VALUES,
  },
  AUTHJS_ERROR_TYPES,
  entries,
  { docsUrl: authJsErrorUrl },
);
