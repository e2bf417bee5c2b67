import { defineFamily, NEXTAUTH_PAGES_ERROR_CODES_URL, NEXTAUTH_PAGES_SIGN_IN_URL, type EntryData } from './define';
import type { AuthPage, FamilyDefinition } from './types';

/**
 * `?error=` values of the NextAuth.js v4 built-in error page (`/api/auth/error`) and sign-in page
 * (`/api/auth/signin`), or of the custom pages configured with `pages.error` / `pages.signIn`.
 * The first four belong to the error page; the rest are forwarded to the sign-in page.
 */
export const NEXTAUTH_PAGE_ERROR_CODES = [
  'Configuration',
  'AccessDenied',
  'Verification',
  'Default',
  'Signin',
  'OAuthSignin',
  'OAuthCallback',
  'OAuthCreateAccount',
  'EmailCreateAccount',
  'Callback',
  'OAuthAccountNotLinked',
  'EmailSignin',
  'CredentialsSignin',
  'SessionRequired',
] as const;

export type NextAuthPageErrorCode = (typeof NEXTAUTH_PAGE_ERROR_CODES)[number];

/**
 * Where next-auth 4 sends each value it redirects with (`core/index.js`, the `error` action): the sign-in errors
 * go on to the sign-in page, the rest to `pages.error`. `Default` and `Signin` are never sent.
 */
export const NEXTAUTH_V4_PAGE_VALUES = {
  error: ['Configuration', 'AccessDenied', 'Verification'],
  signIn: [
    'OAuthSignin',
    'OAuthCallback',
    'OAuthCreateAccount',
    'EmailCreateAccount',
    'Callback',
    'OAuthAccountNotLinked',
    'EmailSignin',
    'CredentialsSignin',
    'SessionRequired',
  ],
} as const satisfies Record<AuthPage, readonly NextAuthPageErrorCode[]>;

const entries = {
  Configuration: {
    generic: true,
    emitted: true,
    aliases: ['configuration'],
    docsUrl: NEXTAUTH_PAGES_ERROR_CODES_URL,
    summary: {
      en: 'The server-side NextAuth.js configuration is broken, so the request could not be handled.',
      ko: '서버 쪽 NextAuth.js 설정에 문제가 있어 요청을 처리하지 못했습니다.',
    },
    cause: {
      en: 'A configuration check failed (for example NO_SECRET, INVALID_CALLBACK_URL_ERROR or EMAIL_REQUIRES_ADAPTER_ERROR in the server log), or the middleware found no secret. The built-in page answers 500. An email link without a token is redirected with the lower-case value `configuration`.',
      ko: '설정 검사가 실패했거나(서버 로그의 NO_SECRET, INVALID_CALLBACK_URL_ERROR, EMAIL_REQUIRES_ADAPTER_ERROR 등), 미들웨어가 secret을 찾지 못했습니다. 기본 오류 페이지는 500으로 응답합니다. 토큰이 빠진 이메일 링크는 소문자 `configuration` 값으로 리디렉션됩니다.',
    },
    fix: {
      en: 'Fix the configuration named by the accompanying server log code; on a custom error page compare this value case-insensitively and show users a neutral "try again later" message.',
      ko: '함께 기록된 서버 로그 코드가 가리키는 설정을 고치세요. 커스텀 오류 페이지에서는 이 값을 대소문자 구분 없이 비교하고, 사용자에게는 "잠시 후 다시 시도해 달라"는 중립적인 안내를 보여 주세요.',
    },
  },
  AccessDenied: {
    generic: true,
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_ERROR_CODES_URL,
    summary: {
      en: 'The sign-in was refused by the application.',
      ko: '애플리케이션이 로그인을 거부했습니다.',
    },
    cause: {
      en: 'The `signIn` callback returned `false` (for an OAuth, email or credentials sign-in), so NextAuth.js stopped before creating a session; the built-in page answers 403.',
      ko: 'OAuth·이메일·자격 증명 로그인 중 `signIn` 콜백이 `false`를 반환해 NextAuth.js가 세션을 만들기 전에 중단했습니다. 기본 페이지는 403으로 응답합니다.',
    },
    fix: {
      en: 'Tell the user that this account may not sign in; if that is unexpected, review the conditions in `callbacks.signIn`, or return a URL from it to send the user to a page of your own.',
      ko: '이 계정으로는 로그인할 수 없다고 안내하세요. 예상하지 못한 결과라면 `callbacks.signIn`의 조건을 점검하거나, 콜백에서 URL을 반환해 직접 만든 페이지로 보내세요.',
    },
  },
  Verification: {
    generic: true,
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_ERROR_CODES_URL,
    summary: {
      en: 'The email sign-in link is no longer valid.',
      ko: '이메일 로그인 링크가 더 이상 유효하지 않습니다.',
    },
    cause: {
      en: "The link's token was not found by the adapter's `useVerificationToken`, had expired (the Email provider's `maxAge`, 24 hours by default), or was issued for another address; tokens are single-use.",
      ko: '링크의 토큰을 어댑터의 `useVerificationToken`이 찾지 못했거나, 만료되었거나(Email provider의 `maxAge`, 기본 24시간), 다른 주소로 발급된 것입니다. 토큰은 한 번만 쓸 수 있습니다.',
    },
    fix: {
      en: 'Offer to send a new link. If fresh links fail too, check that the adapter stores tokens and that a mail scanner is not opening links before the user does.',
      ko: '새 링크를 보내 주겠다고 안내하세요. 방금 받은 링크도 실패한다면 어댑터가 토큰을 제대로 저장하는지, 메일 보안 스캐너가 사용자보다 먼저 링크를 열고 있지 않은지 확인하세요.',
    },
  },
  Default: {
    generic: true,
    emitted: false,
    docsUrl: NEXTAUTH_PAGES_ERROR_CODES_URL,
    summary: {
      en: 'The catch-all case of the error and sign-in pages.',
      ko: '오류 페이지와 로그인 페이지의 나머지 모든 경우를 받는 기본값입니다.',
    },
    cause: {
      en: 'NextAuth.js never sends this literal value: the built-in pages fall back to their default text for any `error` they do not know, such as a message thrown from `authorize()` or the `signIn` callback.',
      ko: 'NextAuth.js가 이 문자열을 직접 보내지는 않습니다. 기본 페이지는 `authorize()`나 `signIn` 콜백에서 던진 메시지처럼 모르는 `error` 값을 받으면 기본 문구로 대신합니다.',
    },
    fix: {
      en: 'Give custom pages a default branch with a generic message instead of matching the string `Default`.',
      ko: '커스텀 페이지에서는 `Default` 문자열을 비교하지 말고, 일반적인 안내를 보여 주는 기본 분기를 두세요.',
    },
  },
  Signin: {
    generic: true,
    emitted: false,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'A generic sign-in failure the sign-in page knows a message for.',
      ko: '로그인 페이지에 안내 문구가 준비된 일반적인 로그인 실패입니다.',
    },
    cause: {
      en: 'The sign-in page and the error route list this value, but nothing in next-auth 4.24 redirects with it.',
      ko: '로그인 페이지와 오류 라우트가 이 값을 알고는 있지만, next-auth 4.24에서 이 값으로 리디렉션하는 코드는 없습니다.',
    },
    fix: {
      en: 'Handle it like the other sign-in failures ("try a different account"), without relying on it ever arriving.',
      ko: '다른 로그인 실패와 같이 "다른 계정으로 시도해 보라"는 식으로 처리하되, 실제로 들어온다고 기대하지는 마세요.',
    },
  },
  OAuthSignin: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The redirect to the OAuth provider could not be started.',
      ko: 'OAuth provider로 보내는 리디렉션을 시작하지 못했습니다.',
    },
    cause: {
      en: 'Building the authorization URL failed (the server logs SIGNIN_OAUTH_ERROR): provider endpoints, client settings or the check cookies are the usual suspects.',
      ko: '인가 URL을 만드는 데 실패했습니다(서버 로그에 SIGNIN_OAUTH_ERROR가 남습니다). 대개 provider 엔드포인트, 클라이언트 설정, 검증용 쿠키가 원인입니다.',
    },
    fix: {
      en: 'Fix the provider configuration named in the SIGNIN_OAUTH_ERROR log; offer the user another provider or a retry meanwhile.',
      ko: 'SIGNIN_OAUTH_ERROR 로그가 가리키는 provider 설정을 고치고, 그동안 사용자에게는 다시 시도하거나 다른 provider를 쓰도록 안내하세요.',
    },
  },
  OAuthCallback: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: "The OAuth provider's answer could not be processed.",
      ko: 'OAuth provider가 돌려준 응답을 처리하지 못했습니다.',
    },
    cause: {
      en: 'During the callback the state/PKCE/nonce check failed or the code could not be exchanged for tokens (the server logs OAUTH_CALLBACK_ERROR).',
      ko: '콜백 처리 중 state·PKCE·nonce 검증이 실패했거나, 인가 코드를 토큰으로 교환하지 못했습니다(서버 로그에 OAUTH_CALLBACK_ERROR가 남습니다).',
    },
    fix: {
      en: 'Check the OAUTH_CALLBACK_ERROR log; let the user start the sign-in again from the same host so the check cookies match.',
      ko: 'OAUTH_CALLBACK_ERROR 로그를 확인하고, 검증 쿠키가 맞도록 사용자가 같은 호스트에서 로그인을 처음부터 다시 시작하게 하세요.',
    },
  },
  OAuthCreateAccount: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The user could not be created from the OAuth profile.',
      ko: 'OAuth 프로필로 사용자를 만들지 못했습니다.',
    },
    cause: {
      en: "The adapter's `createUser` threw during a first OAuth sign-in (the server logs adapter_error_createUser), for example because of a database constraint.",
      ko: '처음 OAuth로 로그인할 때 어댑터의 `createUser`가 예외를 던졌습니다(서버 로그에 adapter_error_createUser가 남습니다). 데이터베이스 제약 조건 위반이 흔한 예입니다.',
    },
    fix: {
      en: 'Check the adapter log and the user table (required columns, unique email); make `profile()` return every field the table needs.',
      ko: '어댑터 로그와 사용자 테이블(필수 컬럼, 이메일 고유 제약)을 확인하고, `profile()`이 테이블에 필요한 모든 필드를 반환하게 하세요.',
    },
  },
  EmailCreateAccount: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The user could not be created after an email sign-in.',
      ko: '이메일 로그인 후 사용자를 만들지 못했습니다.',
    },
    cause: {
      en: "The adapter's `createUser` threw while completing the first sign-in from an email link (the server logs adapter_error_createUser).",
      ko: '이메일 링크로 처음 로그인을 마무리하는 중 어댑터의 `createUser`가 예외를 던졌습니다(서버 로그에 adapter_error_createUser가 남습니다).',
    },
    fix: {
      en: 'Check the adapter log and the database schema for the user table, then ask the user to request a new link.',
      ko: '어댑터 로그와 사용자 테이블 스키마를 확인한 뒤, 사용자에게 새 링크를 요청하도록 안내하세요.',
    },
  },
  Callback: {
    generic: true,
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The callback route failed for a reason without a more specific value.',
      ko: '더 구체적인 값이 없는 이유로 콜백 라우트가 실패했습니다.',
    },
    cause: {
      en: 'Something threw while the OAuth or email callback was handled — the `signIn` callback, an adapter method or creating the session (the server logs OAUTH_CALLBACK_HANDLER_ERROR, OAUTH_CALLBACK_ERROR or CALLBACK_EMAIL_ERROR).',
      ko: 'OAuth나 이메일 콜백을 처리하는 중 `signIn` 콜백, 어댑터 메서드, 세션 생성 등에서 예외가 발생했습니다(서버 로그에 OAUTH_CALLBACK_HANDLER_ERROR, OAUTH_CALLBACK_ERROR, CALLBACK_EMAIL_ERROR 중 하나가 남습니다).',
    },
    fix: {
      en: 'Find the matching server log entry and fix the code it points at; show the user a "try again" message meanwhile.',
      ko: '짝이 되는 서버 로그를 찾아 그것이 가리키는 코드를 고치고, 그동안 사용자에게는 다시 시도하라는 안내를 보여 주세요.',
    },
  },
  OAuthAccountNotLinked: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The email address already belongs to an account that uses another sign-in method.',
      ko: '이 이메일 주소는 이미 다른 로그인 방식을 쓰는 계정에 연결되어 있습니다.',
    },
    cause: {
      en: 'An OAuth profile carries the email of an existing user who signed up with a different provider; NextAuth.js does not link such accounts automatically.',
      ko: 'OAuth 프로필의 이메일이 다른 provider로 가입한 기존 사용자의 이메일과 같습니다. NextAuth.js는 이런 계정을 자동으로 연결하지 않습니다.',
    },
    fix: {
      en: 'Ask the user to sign in with the method they used first; set `allowDangerousEmailAccountLinking` only for providers that verify email addresses.',
      ko: '처음 가입할 때 쓴 방식으로 로그인하라고 안내하세요. `allowDangerousEmailAccountLinking`은 이메일 주소를 검증하는 provider에만 켜세요.',
    },
  },
  EmailSignin: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The sign-in email could not be sent.',
      ko: '로그인 이메일을 보내지 못했습니다.',
    },
    cause: {
      en: 'The email field was empty or not a usable address, or creating the token or sending the message failed (the server logs SIGNIN_EMAIL_ERROR).',
      ko: '이메일 입력값이 비어 있거나 쓸 수 없는 주소였거나, 토큰 생성 또는 메일 발송이 실패했습니다(서버 로그에 SIGNIN_EMAIL_ERROR가 남습니다).',
    },
    fix: {
      en: 'Validate the address before calling `signIn("email")`, and check the mail server settings named in the SIGNIN_EMAIL_ERROR log.',
      ko: '`signIn("email")`을 호출하기 전에 주소를 검사하고, SIGNIN_EMAIL_ERROR 로그가 가리키는 메일 서버 설정을 확인하세요.',
    },
  },
  CredentialsSignin: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The submitted credentials were rejected.',
      ko: '제출한 자격 증명이 거부되었습니다.',
    },
    cause: {
      en: "The Credentials provider's `authorize()` returned `null`; the route answers 401. If `authorize()` throws instead, the thrown message itself becomes the `error` value.",
      ko: 'Credentials provider의 `authorize()`가 `null`을 반환했으며, 라우트는 401로 응답합니다. `authorize()`가 예외를 던지면 그 메시지 자체가 `error` 값이 됩니다.',
    },
    fix: {
      en: 'Show a neutral "check your details" message; with `signIn("credentials", { redirect: false })` read `result.error` instead of waiting for a redirect.',
      ko: '"입력한 정보를 확인하라"는 중립적인 안내를 보여 주세요. `signIn("credentials", { redirect: false })`를 쓰면 리디렉션 대신 `result.error`를 읽으면 됩니다.',
    },
  },
  SessionRequired: {
    emitted: true,
    docsUrl: NEXTAUTH_PAGES_SIGN_IN_URL,
    summary: {
      en: 'The page needs a signed-in user.',
      ko: '이 페이지는 로그인한 사용자만 볼 수 있습니다.',
    },
    cause: {
      en: '`useSession({ required: true })` found no session and redirected to the sign-in page.',
      ko: '`useSession({ required: true })`가 세션을 찾지 못해 로그인 페이지로 리디렉션했습니다.',
    },
    fix: {
      en: 'Show a "please sign in" hint on the sign-in page, or pass `onUnauthenticated` to `useSession` to handle the case yourself.',
      ko: '로그인 페이지에 "로그인이 필요하다"는 안내를 보여 주거나, `useSession`에 `onUnauthenticated`를 넘겨 직접 처리하세요.',
    },
  },
} satisfies Record<NextAuthPageErrorCode, EntryData>;

export const nextAuthPagesFamily: FamilyDefinition = defineFamily(
  {
    id: 'nextauth-pages',
    title: { en: 'NextAuth.js v4 page error values', ko: 'NextAuth.js v4 페이지 오류 값' },
    description: {
      en: 'Values of the `error` query parameter that NextAuth.js v4 sends to its error page and sign-in page (built-in or set with `pages.error` / `pages.signIn`), and that `signIn(..., { redirect: false })` returns as `error`.',
      ko: 'NextAuth.js v4가 오류 페이지와 로그인 페이지(기본 페이지 또는 `pages.error` / `pages.signIn`으로 지정한 페이지)에 넘기는 `error` 쿼리 파라미터 값이며, `signIn(..., { redirect: false })`가 `error`로 돌려주는 값이기도 합니다.',
    },
    discriminantHints: ['error'],
    authMajor: 4,
    pages: NEXTAUTH_V4_PAGE_VALUES,
  },
  NEXTAUTH_PAGE_ERROR_CODES,
  entries,
);
