import { defineFamily, type EntryData } from './define';
import type { FamilyDefinition } from './types';

/**
 * `errorCode` values of the BaaS auth API's `ServiceException` body
 * (`{ result: 'FAIL', errorCode, message, detail?: [{ field, reason }] }`), in the order of the API guide's
 * HTTP-status groups.
 */
export const BAAS_ERROR_CODES = [
  // 400
  'INVALID_USER',
  'INVALID_REQUEST',
  'MISSING_REQUIRED_FIELD',
  // 401
  'UNAUTHORIZED',
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'MISSING_AUTHORIZATION',
  // 403
  'ACCESS_DENIED',
  'INSUFFICIENT_PERMISSIONS',
  // 404
  'USER_NOT_FOUND',
  'RESOURCE_NOT_FOUND',
  // 409
  'USER_ALREADY_EXISTS',
  'DUPLICATE_ENTRY',
  // 422
  'VALIDATION_ERROR',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'PASSWORD_TOO_SHORT',
  'INVALID_PROJECT_ID',
  // 429
  'RATE_LIMIT_EXCEEDED',
  'TOO_MANY_LOGIN_ATTEMPTS',
  // 500
  'INTERNAL_SERVER_ERROR',
  'DATABASE_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type BaasErrorCode = (typeof BAAS_ERROR_CODES)[number];

const entries = {
  INVALID_USER: {
    httpStatus: 400,
    apiMessage: '사용자 정보가 올바르지 않습니다',
    summary: {
      en: 'The account details sent with the request do not match a valid user.',
      ko: '요청에 담긴 계정 정보로는 유효한 사용자를 확인할 수 없습니다.',
    },
    cause: {
      en: 'Typically a login with an unknown email address or a wrong password; the API deliberately does not say which of the two was wrong.',
      ko: '대부분 존재하지 않는 이메일이나 틀린 비밀번호로 로그인을 시도한 경우입니다. API는 둘 중 무엇이 틀렸는지 일부러 알려주지 않습니다.',
    },
    fix: {
      en: 'Keep the user on the form, show one neutral "check your email or password" message and move focus back to the email field.',
      ko: '사용자를 폼에 그대로 두고 "이메일 또는 비밀번호를 확인하라"는 중립적인 안내 하나만 보여 준 뒤, 이메일 입력란으로 포커스를 옮기세요.',
    },
  },
  INVALID_REQUEST: {
    httpStatus: 400,
    apiMessage: '요청 형식이 올바르지 않습니다',
    summary: {
      en: 'The API could not make sense of the request.',
      ko: 'API가 요청 자체를 해석하지 못했습니다.',
    },
    cause: {
      en: 'The body is not the JSON the endpoint expects (wrong shape, wrong types, missing `Content-Type: application/json`), or the method or URL is wrong.',
      ko: '본문이 엔드포인트가 기대하는 JSON이 아니거나(구조·타입이 다르거나 `Content-Type: application/json` 헤더가 빠진 경우), HTTP 메서드나 URL이 잘못되었습니다.',
    },
    fix: {
      en: 'Treat it as a client bug: log the request, compare it with the endpoint contract and fix the code that builds it; retrying unchanged will fail again.',
      ko: '클라이언트 버그로 보고 요청 내용을 기록한 뒤, 엔드포인트 명세와 비교해 요청을 만드는 코드를 고치세요. 그대로 다시 보내면 같은 오류가 납니다.',
    },
  },
  MISSING_REQUIRED_FIELD: {
    httpStatus: 400,
    apiMessage: '필수 필드가 누락되었습니다',
    summary: {
      en: 'A field the endpoint requires was not sent.',
      ko: '엔드포인트가 요구하는 필드가 요청에 없습니다.',
    },
    cause: {
      en: 'The client left out a mandatory property, or sent it under another name or as an empty value.',
      ko: '클라이언트가 필수 속성을 빠뜨렸거나, 다른 이름으로 보냈거나, 빈 값으로 보냈습니다.',
    },
    fix: {
      en: 'Mark the field as required in the form and validate before submitting; use `detail[].field`, when present, to highlight the input.',
      ko: '폼에서 해당 항목을 필수로 표시하고 전송 전에 검사하세요. `detail[].field`가 있으면 그 값으로 해당 입력란을 강조하면 됩니다.',
    },
  },
  UNAUTHORIZED: {
    httpStatus: 401,
    apiMessage: '인증이 필요합니다',
    summary: {
      en: 'The endpoint needs a signed-in user and the request carried no valid session.',
      ko: '로그인한 사용자만 쓸 수 있는 엔드포인트인데 요청에 유효한 세션이 없습니다.',
    },
    cause: {
      en: 'The user never signed in, signed out in another tab, or the auth cookie was not sent (for example `credentials: "include"` is missing on a cross-origin `fetch`).',
      ko: '로그인한 적이 없거나, 다른 탭에서 로그아웃했거나, 인증 쿠키가 전송되지 않았습니다(예: 다른 출처로 보내는 `fetch`에 `credentials: "include"`가 빠진 경우).',
    },
    fix: {
      en: 'Send the user to the login page (remember where they were so you can return them afterwards); do not retry the request as is.',
      ko: '사용자를 로그인 페이지로 보내세요(로그인 후 돌아올 수 있도록 현재 위치를 기억해 두면 좋습니다). 같은 요청을 그대로 재시도하지 마세요.',
    },
  },
  INVALID_TOKEN: {
    httpStatus: 401,
    apiMessage: '유효하지 않은 토큰입니다',
    summary: {
      en: 'The access token sent with the request is not valid.',
      ko: '요청과 함께 보낸 액세스 토큰이 유효하지 않습니다.',
    },
    cause: {
      en: 'The token is malformed, was signed by another project or key, was revoked, or got truncated or altered on the way.',
      ko: '토큰 형식이 깨졌거나, 다른 프로젝트·키로 서명되었거나, 폐기되었거나, 전달 과정에서 잘리거나 바뀌었습니다.',
    },
    fix: {
      en: 'Discard the stored token and send the user to log in again; check that the client attaches the token unchanged.',
      ko: '저장된 토큰을 지우고 사용자를 다시 로그인하도록 안내하세요. 클라이언트가 토큰을 변형 없이 붙여 보내는지도 확인하세요.',
    },
  },
  TOKEN_EXPIRED: {
    httpStatus: 401,
    apiMessage: '토큰이 만료되었습니다. 다시 로그인해주세요.',
    summary: {
      en: "The user's access token has expired.",
      ko: '사용자의 액세스 토큰 유효 기간이 지났습니다.',
    },
    cause: {
      en: 'The session outlived the token lifetime; the API signs the user out automatically when it detects this.',
      ko: '세션이 토큰 수명보다 오래 이어졌습니다. API는 이를 감지하면 사용자를 자동으로 로그아웃시킵니다.',
    },
    fix: {
      en: 'Clear local auth state and send the user to the login page with a "your session has expired" notice, then return them to where they were.',
      ko: '로컬 인증 상태를 정리하고 "로그인 시간이 만료되었다"는 안내와 함께 로그인 페이지로 보낸 뒤, 로그인 후 원래 화면으로 돌려보내세요.',
    },
  },
  MISSING_AUTHORIZATION: {
    httpStatus: 401,
    apiMessage: '인증 헤더가 누락되었습니다',
    summary: {
      en: 'The request has no authorization header.',
      ko: '요청에 인증 헤더가 없습니다.',
    },
    cause: {
      en: 'The client did not attach its credentials: the `Authorization` header was never set, or a proxy, CORS preflight or fetch wrapper dropped it.',
      ko: '클라이언트가 자격 증명을 붙이지 않았습니다. `Authorization` 헤더를 설정하지 않았거나, 프록시·CORS 사전 요청·fetch 래퍼가 헤더를 떨어뜨렸습니다.',
    },
    fix: {
      en: 'Attach the credentials in the shared request helper; if the user has none, send them to the login page.',
      ko: '공용 요청 헬퍼에서 자격 증명을 항상 붙이도록 하고, 사용자에게 자격 증명이 없다면 로그인 페이지로 보내세요.',
    },
  },
  ACCESS_DENIED: {
    httpStatus: 403,
    apiMessage: '접근이 거부되었습니다',
    summary: {
      en: 'The user is signed in but may not access this resource.',
      ko: '로그인은 되어 있지만 이 리소스에 접근할 수 없습니다.',
    },
    cause: {
      en: 'The resource belongs to another user or project, or a rule on the server blocks this account.',
      ko: '리소스가 다른 사용자나 다른 프로젝트에 속해 있거나, 서버 측 규칙이 이 계정을 막고 있습니다.',
    },
    fix: {
      en: 'Show a "you do not have access" message instead of sending the user to log in again, and hide actions they cannot perform.',
      ko: '다시 로그인시키지 말고 "접근 권한이 없다"는 안내를 보여 주세요. 사용할 수 없는 기능은 화면에서 숨기는 편이 좋습니다.',
    },
  },
  INSUFFICIENT_PERMISSIONS: {
    httpStatus: 403,
    apiMessage: '권한이 부족합니다',
    summary: {
      en: "The user's role does not include the permission this action needs.",
      ko: '사용자의 역할에 이 작업에 필요한 권한이 없습니다.',
    },
    cause: {
      en: 'The account is valid but lacks a role or scope (for example an admin-only operation called by a regular member).',
      ko: '계정은 정상이지만 필요한 역할이나 범위가 없습니다(예: 일반 회원이 관리자 전용 작업을 호출한 경우).',
    },
    fix: {
      en: 'Tell the user which permission is missing or whom to ask for it, and disable the action for roles that cannot use it.',
      ko: '어떤 권한이 없는지, 누구에게 요청해야 하는지 알려 주고, 해당 역할에서는 그 기능을 비활성화하세요.',
    },
  },
  USER_NOT_FOUND: {
    httpStatus: 404,
    apiMessage: '사용자를 찾을 수 없습니다',
    summary: {
      en: 'No user exists for the given identifier.',
      ko: '주어진 식별자에 해당하는 사용자가 없습니다.',
    },
    cause: {
      en: 'The account was deleted, the identifier is mistyped, or it belongs to another project.',
      ko: '계정이 삭제되었거나, 식별자를 잘못 입력했거나, 다른 프로젝트의 사용자입니다.',
    },
    fix: {
      en: 'Show a "not found" state; on login or password-reset screens prefer a neutral message so the form does not reveal which accounts exist.',
      ko: '"찾을 수 없음" 화면을 보여 주세요. 로그인이나 비밀번호 재설정 화면에서는 어떤 계정이 존재하는지 드러나지 않도록 중립적인 문구를 쓰는 편이 안전합니다.',
    },
  },
  RESOURCE_NOT_FOUND: {
    httpStatus: 404,
    apiMessage: '요청한 리소스를 찾을 수 없습니다',
    summary: {
      en: 'The requested resource does not exist.',
      ko: '요청한 리소스가 존재하지 않습니다.',
    },
    cause: {
      en: 'The ID or path is wrong, or the item was removed after the client loaded its link.',
      ko: 'ID나 경로가 잘못되었거나, 클라이언트가 링크를 불러온 뒤에 항목이 삭제되었습니다.',
    },
    fix: {
      en: 'Render a not-found view, drop the item from any cached list and check how the client builds the URL.',
      ko: '"찾을 수 없음" 화면을 보여 주고, 캐시된 목록에서 해당 항목을 지우고, 클라이언트가 URL을 만드는 방식을 점검하세요.',
    },
  },
  USER_ALREADY_EXISTS: {
    httpStatus: 409,
    apiMessage: '이미 사용 중인 아이디입니다',
    summary: {
      en: 'Sign-up failed because the ID or email is already registered.',
      ko: '이미 등록된 아이디나 이메일이라서 회원가입에 실패했습니다.',
    },
    cause: {
      en: 'The user (or someone else) already created an account with this identifier.',
      ko: '사용자 본인이나 다른 누군가가 이 식별자로 이미 계정을 만들었습니다.',
    },
    fix: {
      en: 'Say the address is taken and offer to log in or reset the password instead of signing up.',
      ko: '이미 사용 중이라고 알리고, 회원가입 대신 로그인이나 비밀번호 재설정으로 안내하세요.',
    },
  },
  DUPLICATE_ENTRY: {
    httpStatus: 409,
    apiMessage: '중복된 데이터입니다',
    summary: {
      en: 'The data conflicts with a record that already exists.',
      ko: '이미 존재하는 데이터와 충돌합니다.',
    },
    cause: {
      en: 'A value that must be unique was sent twice — often the same form submitted twice or a create request retried after a timeout.',
      ko: '고유해야 하는 값이 두 번 전송되었습니다. 같은 폼을 두 번 제출했거나, 시간 초과 뒤 생성 요청을 다시 보낸 경우가 흔합니다.',
    },
    fix: {
      en: 'Disable the submit button while a request is in flight, and on this error reload the existing record instead of creating a new one.',
      ko: '요청이 진행 중일 때는 제출 버튼을 비활성화하고, 이 오류가 나면 새로 만들지 말고 기존 데이터를 다시 불러오세요.',
    },
  },
  VALIDATION_ERROR: {
    httpStatus: 422,
    apiMessage: '요청 값이 올바른지 않습니다.',
    summary: {
      en: 'One or more submitted values failed validation; the details are listed per field.',
      ko: '전송한 값 가운데 하나 이상이 검증을 통과하지 못했으며, 자세한 내용은 필드별로 제공됩니다.',
    },
    cause: {
      en: 'Server-side rules rejected the input; `detail` holds one `{ field, reason }` item for every rejected field.',
      ko: '서버 측 규칙이 입력값을 거부했습니다. `detail`에는 거부된 필드마다 `{ field, reason }` 항목이 하나씩 들어 있습니다.',
    },
    fix: {
      en: 'Show each `detail[].reason` next to the input named by `detail[].field` (or join them into one message) and mirror the rules in client-side validation.',
      ko: '각 `detail[].reason`을 `detail[].field`가 가리키는 입력란 옆에 표시하거나 하나의 메시지로 합쳐 보여 주고, 같은 규칙을 클라이언트 검증에도 반영하세요.',
    },
  },
  INVALID_EMAIL: {
    httpStatus: 422,
    apiMessage: '이메일 형식이 올바르지 않습니다',
    summary: {
      en: 'The email address is not in a valid format.',
      ko: '이메일 주소 형식이 올바르지 않습니다.',
    },
    cause: {
      en: 'The value is missing an `@`, a domain or has stray characters; `detail` points at the `email` field.',
      ko: '값에 `@`나 도메인이 없거나 허용되지 않는 문자가 섞여 있습니다. `detail`이 `email` 필드를 가리킵니다.',
    },
    fix: {
      en: 'Validate the address in the form before sending and show the message under the email input.',
      ko: '전송 전에 폼에서 주소 형식을 검사하고, 이메일 입력란 아래에 메시지를 보여 주세요.',
    },
  },
  INVALID_PHONE: {
    httpStatus: 422,
    apiMessage: '전화번호 형식이 올바르지 않습니다',
    summary: {
      en: 'The phone number is not in the expected format.',
      ko: '전화번호가 기대하는 형식이 아닙니다.',
    },
    cause: {
      en: 'The API expects a mobile number written as `010-1234-5678`; other layouts are rejected and `detail` points at the `phone` field.',
      ko: 'API는 `010-1234-5678`처럼 하이픈으로 구분된 휴대폰 번호를 기대하며, 다른 형태는 거부하고 `detail`로 `phone` 필드를 가리킵니다.',
    },
    fix: {
      en: 'Format or mask the input as `010-0000-0000` and check it before submitting.',
      ko: '입력란에 `010-0000-0000` 형식의 마스크를 적용하거나 자동으로 변환하고, 전송 전에 검사하세요.',
    },
  },
  PASSWORD_TOO_SHORT: {
    httpStatus: 422,
    apiMessage: '비밀번호는 최소 8자 이상이어야 합니다',
    summary: {
      en: 'The password is shorter than the minimum length.',
      ko: '비밀번호가 최소 길이보다 짧습니다.',
    },
    cause: {
      en: 'The password has fewer than 8 characters.',
      ko: '비밀번호가 8자 미만입니다.',
    },
    fix: {
      en: 'State the 8-character minimum next to the password field and block submission until it is met.',
      ko: '비밀번호 입력란 옆에 최소 8자 조건을 안내하고, 조건을 채울 때까지 제출을 막으세요.',
    },
  },
  INVALID_PROJECT_ID: {
    httpStatus: 422,
    apiMessage: '프로젝트 ID가 올바르지 않습니다',
    summary: {
      en: 'The project ID sent with the request is not valid.',
      ko: '요청에 담긴 프로젝트 ID가 유효하지 않습니다.',
    },
    cause: {
      en: 'The client is configured with a wrong, mistyped or deleted project ID, often a value from another environment.',
      ko: '클라이언트 설정의 프로젝트 ID가 틀렸거나 오타가 있거나 삭제된 프로젝트의 것입니다. 다른 환경의 값을 그대로 쓴 경우가 많습니다.',
    },
    fix: {
      en: 'Fix the project ID in the app configuration or environment variables; this is a developer error, so show users a generic message.',
      ko: '앱 설정이나 환경 변수의 프로젝트 ID를 바로잡으세요. 개발자 쪽 오류이므로 사용자에게는 일반적인 안내만 보여 주면 됩니다.',
    },
  },
  RATE_LIMIT_EXCEEDED: {
    httpStatus: 429,
    apiMessage: '요청 한도를 초과했습니다. 잠시 후 다시 시도해주세요.',
    summary: {
      en: 'The client sent more requests than the API allows in the current window.',
      ko: '클라이언트가 현재 시간 구간에 허용된 것보다 많은 요청을 보냈습니다.',
    },
    cause: {
      en: 'Bursts of calls from a loop, repeated clicks, or many clients behind one address hit the rate limit.',
      ko: '반복문에서 호출이 몰렸거나, 버튼을 여러 번 눌렀거나, 하나의 주소 뒤에 있는 여러 클라이언트가 한도에 걸렸습니다.',
    },
    fix: {
      en: 'Ask the user to wait a moment, throttle or debounce the calls, and do not retry automatically in a tight loop.',
      ko: '사용자에게 잠시 기다려 달라고 안내하고, 호출에 스로틀이나 디바운스를 적용하세요. 짧은 간격으로 자동 재시도해서는 안 됩니다.',
    },
  },
  TOO_MANY_LOGIN_ATTEMPTS: {
    httpStatus: 429,
    apiMessage: '로그인 시도 횟수를 초과했습니다',
    summary: {
      en: 'Login is temporarily blocked after too many failed attempts.',
      ko: '실패한 로그인 시도가 너무 많아 로그인이 잠시 막혔습니다.',
    },
    cause: {
      en: 'Repeated wrong passwords for the account or from the client tripped the brute-force protection.',
      ko: '같은 계정이나 같은 클라이언트에서 틀린 비밀번호가 반복되어 무차별 대입 방지 장치가 작동했습니다.',
    },
    fix: {
      en: 'Tell the user to try again later and offer a password reset; do not retry the login automatically.',
      ko: '나중에 다시 시도하라고 안내하고 비밀번호 재설정을 제안하세요. 로그인을 자동으로 재시도하지 마세요.',
    },
  },
  INTERNAL_SERVER_ERROR: {
    httpStatus: 500,
    apiMessage: '예기치 못한 오류가 발생했습니다',
    retryable: true,
    summary: {
      en: 'The API failed unexpectedly while handling the request.',
      ko: 'API가 요청을 처리하다 예기치 않게 실패했습니다.',
    },
    cause: {
      en: 'An unhandled fault on the server side; the request itself may be fine.',
      ko: '서버 쪽에서 처리되지 않은 문제가 생겼습니다. 요청 자체에는 문제가 없을 수 있습니다.',
    },
    fix: {
      en: 'Retry a few times with growing delays, then show a "temporary problem, try again shortly" message and report the error to monitoring.',
      ko: '간격을 늘려 가며 몇 번 재시도한 뒤에도 실패하면 "일시적인 문제이니 잠시 후 다시 시도해 달라"는 안내를 보여 주고, 모니터링에 오류를 보고하세요.',
    },
  },
  DATABASE_ERROR: {
    httpStatus: 500,
    apiMessage: '데이터베이스 오류가 발생했습니다',
    summary: {
      en: "The API's database failed while handling the request.",
      ko: '요청을 처리하는 중 API의 데이터베이스에서 오류가 났습니다.',
    },
    cause: {
      en: 'A query or connection failed on the server side; the guide does not list this code as safe to retry.',
      ko: '서버 측에서 쿼리나 연결이 실패했습니다. 안내서는 이 코드를 재시도해도 되는 코드로 분류하지 않습니다.',
    },
    fix: {
      en: 'Show a generic server-error message without retrying automatically, and alert the operators: the guide counts it as a critical error.',
      ko: '자동으로 재시도하지 말고 일반적인 서버 오류 안내를 보여 주세요. 안내서가 치명적 오류로 분류하므로 운영자에게도 알려야 합니다.',
    },
  },
  SERVICE_UNAVAILABLE: {
    httpStatus: 500,
    apiMessage: '서비스를 사용할 수 없습니다',
    retryable: true,
    summary: {
      en: 'The service is temporarily unavailable.',
      ko: '서비스를 일시적으로 사용할 수 없습니다.',
    },
    cause: {
      en: 'The API or one of its dependencies is down, overloaded or under maintenance. The guide lists it under HTTP 500, not 503.',
      ko: 'API나 그 의존 서비스가 중단되었거나, 과부하 상태이거나, 점검 중입니다. 안내서는 이 코드를 503이 아닌 HTTP 500 그룹에 넣고 있습니다.',
    },
    fix: {
      en: 'Retry with growing delays; if it persists, show a "service unavailable, try again later" notice and alert the operators.',
      ko: '간격을 늘려 가며 재시도하고, 계속 실패하면 "서비스를 잠시 사용할 수 없다"는 안내를 보여 주고 운영자에게 알리세요.',
    },
  },
} satisfies Record<BaasErrorCode, EntryData>;

export const baasFamily: FamilyDefinition = defineFamily(
  {
    id: 'baas',
    title: { en: 'BaaS auth API error codes', ko: 'BaaS 인증 API 오류 코드' },
    description: {
      en: 'The `errorCode` of the BaaS auth API\'s `ServiceException` body (`{ result: "FAIL", errorCode, message, detail }`), grouped by the HTTP status the API answers with.',
      ko: 'BaaS 인증 API가 돌려주는 `ServiceException` 본문(`{ result: "FAIL", errorCode, message, detail }`)의 `errorCode` 값으로, API가 함께 보내는 HTTP 상태별로 묶여 있습니다.',
    },
    discriminantHints: ['errorCode', 'code'],
    // `UNAUTHORIZED`, `INVALID_TOKEN`, `NOT_FOUND` are every API's words: only the API's own field name or its
    // response body shows that a file talks to this one.
    evidence: {
      discriminants: ['errorCode'],
      markers: [/\bresult\b["']?\s*(?:===?|!==?|:)\s*["']FAIL["']/, /\bServiceException\b/],
    },
  },
  BAAS_ERROR_CODES,
  entries,
);
