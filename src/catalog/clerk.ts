import { defineFamily, type EntryData } from './define';
import type { FamilyDefinition } from './types';

/**
 * The codes of Clerk's `ERROR_CODES` map (`@clerk/shared/internal/clerk-js/constants`), in its order: the API error
 * codes clerk-js itself branches on. Keys are the map's own names.
 */
export const CLERK_ERROR_CODE_CONSTANTS = {
  FORM_IDENTIFIER_NOT_FOUND: 'form_identifier_not_found',
  FORM_PASSWORD_INCORRECT: 'form_password_incorrect',
  FORM_PASSWORD_PWNED: 'form_password_pwned',
  INVALID_STRATEGY_FOR_USER: 'strategy_for_user_invalid',
  NOT_ALLOWED_TO_SIGN_UP: 'not_allowed_to_sign_up',
  OAUTH_ACCESS_DENIED: 'oauth_access_denied',
  OAUTH_EMAIL_DOMAIN_RESERVED_BY_SAML: 'oauth_email_domain_reserved_by_saml',
  NOT_ALLOWED_ACCESS: 'not_allowed_access',
  SAML_USER_ATTRIBUTE_MISSING: 'saml_user_attribute_missing',
  USER_LOCKED: 'user_locked',
  EXTERNAL_ACCOUNT_NOT_FOUND: 'external_account_not_found',
  EXTERNAL_ACCOUNT_EXISTS: 'external_account_exists',
  SESSION_EXISTS: 'session_exists',
  SIGN_UP_MODE_RESTRICTED: 'sign_up_mode_restricted',
  SIGN_UP_MODE_RESTRICTED_WAITLIST: 'sign_up_restricted_waitlist',
  ENTERPRISE_SSO_USER_ATTRIBUTE_MISSING: 'enterprise_sso_user_attribute_missing',
  ENTERPRISE_SSO_EMAIL_ADDRESS_DOMAIN_MISMATCH: 'enterprise_sso_email_address_domain_mismatch',
  ENTERPRISE_SSO_HOSTED_DOMAIN_MISMATCH: 'enterprise_sso_hosted_domain_mismatch',
  SAML_EMAIL_ADDRESS_DOMAIN_MISMATCH: 'saml_email_address_domain_mismatch',
  INVITATION_ACCOUNT_NOT_EXISTS: 'invitation_account_not_exists',
  ORGANIZATION_MEMBERSHIP_QUOTA_EXCEEDED_FOR_SSO: 'organization_membership_quota_exceeded_for_sso',
  CAPTCHA_INVALID: 'captcha_invalid',
  FRAUD_DEVICE_BLOCKED: 'device_blocked',
  FRAUD_ACTION_BLOCKED: 'action_blocked',
  PROTECT_CHECK_ALREADY_RESOLVED: 'protect_check_already_resolved',
  PROTECT_CHECK_REQUIRED: 'protect_check_required',
  PROTECT_CHECK_TIMED_OUT: 'protect_check_timed_out',
  PROTECT_CHECK_UNSUPPORTED_ENVIRONMENT: 'protect_check_unsupported_environment',
  SIGNUP_RATE_LIMIT_EXCEEDED: 'signup_rate_limit_exceeded',
  USER_BANNED: 'user_banned',
  USER_DEACTIVATED: 'user_deactivated',
} as const;

/**
 * The codes that have a localizable message under `unstable__errors` (`@clerk/shared/types`, `UnstableErrors`) and
 * are not in `ERROR_CODES`, in the type's order. The type's `code__field` keys (`form_identifier_exists__username`)
 * are field-specific texts of a code listed here, not codes: `error.code` never holds them. Its nested groups
 * (`passwordComplexity`, `zxcvbn`) are not codes either.
 */
export const CLERK_LOCALIZED_CODES = [
  'avatar_file_type_invalid',
  'avatar_file_size_exceeded',
  'identification_deletion_failed',
  'phone_number_exists',
  'protect_check_aborted',
  'protect_check_execution_failed',
  'protect_check_invalid_script',
  'protect_check_invalid_sdk_url',
  'protect_check_script_load_failed',
  'captcha_unavailable',
  'passkey_not_supported',
  'passkey_pa_not_supported',
  'passkey_retrieval_cancelled',
  'passkey_registration_cancelled',
  'passkey_already_exists',
  'too_many_unverified_identifications',
  'web3_missing_identifier',
  'web3_solana_signature_generation_failed',
  'web3_signature_request_rejected',
  'form_new_password_matches_current',
  'form_password_matches_identifier',
  'form_username_invalid_length',
  'form_username_needs_non_number_char',
  'form_username_invalid_character',
  'form_param_format_invalid',
  'form_param_type_invalid',
  'form_email_address_blocked',
  'form_password_length_too_short',
  'form_param_nil',
  'form_code_incorrect',
  'form_password_or_identifier_incorrect',
  'form_password_validation_failed',
  'form_identifier_exists',
  'form_password_not_strong_enough',
  'form_password_size_in_bytes_exceeded',
  'form_param_value_invalid',
  'sso_bypass_domain_not_served',
  'ticket_expired_code',
  'ticket_invalid_code',
  'form_param_max_length_exceeded',
  'organization_minimum_permissions_needed',
  'already_a_member_in_organization',
  'organization_domain_common',
  'organization_domain_blocked',
  'organization_domain_exists_for_enterprise_connection',
  'api_key_name_already_exists',
  'api_key_usage_exceeded',
  'organization_membership_quota_exceeded',
  'organization_not_found_or_unauthorized',
  'organization_not_found_or_unauthorized_with_create_organization_disabled',
  'insufficient_seats_contact_support',
  'insufficient_seats_change_plan',
] as const;

/**
 * Codes that the error guards and classes of `@clerk/shared/error` test or set (`isPasswordCompromisedError`,
 * `isCaptchaError`, `ClerkOfflineError.ERROR_CODE`, the `code` of `ClerkAPIResponseError` itself, …) and that are in
 * neither list above.
 */
export const CLERK_GUARD_CODES = [
  'authentication_invalid',
  'captcha_not_enabled',
  'captcha_missing_token',
  'reverification_cancelled',
  'form_password_compromised',
  'clerk_offline',
  'missing_expired_token',
  'api_response_error',
] as const;

/**
 * Codes only named by a deprecated `unstable__errors` key (`form_password_untrusted__sign_in`, "use
 * `form_password_compromised__sign_in` instead"): the package no longer tests or sets them.
 */
export const CLERK_DEPRECATED_CODES = ['form_password_untrusted'] as const;

export const CLERK_ERROR_CODES = [
  'form_identifier_not_found',
  'form_password_incorrect',
  'form_password_pwned',
  'strategy_for_user_invalid',
  'not_allowed_to_sign_up',
  'oauth_access_denied',
  'oauth_email_domain_reserved_by_saml',
  'not_allowed_access',
  'saml_user_attribute_missing',
  'user_locked',
  'external_account_not_found',
  'external_account_exists',
  'session_exists',
  'sign_up_mode_restricted',
  'sign_up_restricted_waitlist',
  'enterprise_sso_user_attribute_missing',
  'enterprise_sso_email_address_domain_mismatch',
  'enterprise_sso_hosted_domain_mismatch',
  'saml_email_address_domain_mismatch',
  'invitation_account_not_exists',
  'organization_membership_quota_exceeded_for_sso',
  'captcha_invalid',
  'device_blocked',
  'action_blocked',
  'protect_check_already_resolved',
  'protect_check_required',
  'protect_check_timed_out',
  'protect_check_unsupported_environment',
  'signup_rate_limit_exceeded',
  'user_banned',
  'user_deactivated',
  ...CLERK_LOCALIZED_CODES,
  ...CLERK_GUARD_CODES,
  ...CLERK_DEPRECATED_CODES,
] as const;

export type ClerkErrorCode = (typeof CLERK_ERROR_CODES)[number];

/** Clerk's guide to reading `err.errors[n].code` in custom flows. */
export const CLERK_ERROR_HANDLING_URL = 'https://clerk.com/docs/guides/development/custom-flows/error-handling';

const entries = {
  form_identifier_not_found: {
    summary: { en: 'No account matches the email address, phone number or username that was entered.', ko: '입력한 이메일 주소·전화번호·사용자 이름과 일치하는 계정이 없습니다.' },
    cause: { en: 'A typo in the identifier, or the person never signed up in this Clerk instance (development and production are separate).', ko: '식별자에 오타가 있거나, 이 Clerk 인스턴스에 가입한 적이 없습니다(개발과 프로덕션 인스턴스는 서로 다릅니다).' },
    fix: { en: 'Point the user at the identifier field and offer the sign-up page.', ko: '식별자 입력란을 짚어 주고 회원 가입 페이지로 안내하세요.' },
  },
  form_password_incorrect: {
    summary: { en: 'The password does not match the account.', ko: '비밀번호가 계정과 일치하지 않습니다.' },
    cause: { en: 'A mistyped or outdated password on a password sign-in attempt.', ko: '비밀번호 로그인에서 잘못 입력했거나 예전 비밀번호를 입력했습니다.' },
    fix: { en: 'Show the error under the password field and link to the reset-password flow.', ko: '비밀번호 입력란 아래에 오류를 보여 주고 비밀번호 재설정으로 연결하세요.' },
  },
  form_password_pwned: {
    summary: { en: 'The password appears in a known data breach and is refused.', ko: '알려진 유출 사고에 포함된 비밀번호라서 거부되었습니다.' },
    cause: { en: 'Clerk checks passwords against breach lists at sign-up, password change and, when enabled, sign-in.', ko: 'Clerk는 가입·비밀번호 변경 시, 설정에 따라 로그인 시에도 비밀번호를 유출 목록과 대조합니다.' },
    fix: { en: 'Ask for a different password; at sign-in, send the user through a password reset.', ko: '다른 비밀번호를 입력받고, 로그인 중이라면 비밀번호 재설정을 거치게 하세요.' },
  },
  strategy_for_user_invalid: {
    summary: { en: 'The chosen sign-in strategy is not available for this account.', ko: '선택한 로그인 방식을 이 계정에서는 쓸 수 없습니다.' },
    cause: { en: 'For example a password attempt on an account that only has OAuth or email-code sign-in.', ko: '예를 들어 OAuth나 이메일 코드로만 로그인하는 계정에 비밀번호로 로그인하려 한 경우입니다.' },
    fix: { en: 'Offer the strategies listed in `signIn.supportedFirstFactors` instead.', ko: '`signIn.supportedFirstFactors`에 있는 방식을 대신 제시하세요.' },
  },
  not_allowed_to_sign_up: {
    summary: { en: 'This person may not create an account.', ko: '이 사람은 계정을 만들 수 없습니다.' },
    cause: { en: 'The instance restricts sign-ups (allowlist, blocklist or invitations only) and the identifier is not allowed.', ko: '인스턴스가 가입을 제한하며(허용 목록·차단 목록·초대 전용) 이 식별자는 허용되지 않습니다.' },
    fix: { en: 'Explain that sign-up is restricted and how to get an invitation.', ko: '가입이 제한되어 있다는 점과 초대를 받는 방법을 안내하세요.' },
  },
  oauth_access_denied: {
    summary: { en: 'The OAuth provider did not grant access.', ko: 'OAuth 제공자가 접근을 허용하지 않았습니다.' },
    cause: { en: 'The user cancelled or declined the consent screen of the social provider.', ko: '사용자가 소셜 제공자의 동의 화면에서 취소하거나 거절했습니다.' },
    fix: { en: 'Return to the sign-in page quietly and let the user pick another way in.', ko: '조용히 로그인 페이지로 돌아가 다른 방법을 고르게 하세요.' },
  },
  oauth_email_domain_reserved_by_saml: {
    summary: { en: 'The email domain must sign in through its SAML connection, not OAuth.', ko: '이 이메일 도메인은 OAuth가 아니라 SAML 연결로 로그인해야 합니다.' },
    cause: { en: 'An enterprise connection claims the domain of the OAuth account\'s email address.', ko: '엔터프라이즈 연결이 OAuth 계정 이메일의 도메인을 점유하고 있습니다.' },
    fix: { en: 'Send the user to the enterprise SSO sign-in for that domain.', ko: '해당 도메인의 엔터프라이즈 SSO 로그인으로 안내하세요.' },
  },
  not_allowed_access: {
    summary: { en: 'Access is refused for this identifier.', ko: '이 식별자로는 접근이 거부됩니다.' },
    cause: { en: 'The instance\'s allowlist or blocklist excludes the email address, phone number or its domain.', ko: '인스턴스의 허용 목록·차단 목록이 이 이메일·전화번호 또는 그 도메인을 제외합니다.' },
    fix: { en: 'Say that the account is not allowed and who to contact; adjust the restrictions in the Clerk dashboard if it is a mistake.', ko: '허용되지 않은 계정이라는 점과 문의처를 알리고, 실수라면 Clerk 대시보드에서 제한 설정을 고치세요.' },
  },
  saml_user_attribute_missing: {
    summary: { en: 'The SAML response lacks an attribute Clerk needs.', ko: 'SAML 응답에 Clerk가 필요로 하는 속성이 없습니다.' },
    cause: { en: 'The identity provider does not map the email address (or another required attribute) into the assertion.', ko: 'ID 제공자가 이메일 주소(또는 다른 필수 속성)를 어설션에 매핑하지 않습니다.' },
    fix: { en: 'Fix the attribute mapping of the SAML connection at the identity provider.', ko: 'ID 제공자 쪽 SAML 연결의 속성 매핑을 고치세요.' },
  },
  user_locked: {
    generic: true,
    summary: { en: 'The account is locked after too many failed attempts.', ko: '실패가 너무 많아 계정이 잠겼습니다.' },
    cause: { en: 'Clerk\'s brute-force protection locks an account for a while after repeated wrong passwords or codes.', ko: 'Clerk의 무차별 대입 방지 기능이 비밀번호나 코드를 여러 번 틀린 계정을 한동안 잠급니다.' },
    fix: { en: 'Tell the user when to try again (the error\'s `meta` carries the lock time) instead of letting them retry now.', ko: '지금 재시도하게 하지 말고 언제 다시 시도할 수 있는지 알려 주세요(오류의 `meta`에 잠금 시간이 있습니다).' },
  },
  external_account_not_found: {
    summary: { en: 'No account is linked to this social login.', ko: '이 소셜 로그인에 연결된 계정이 없습니다.' },
    cause: { en: 'The OAuth account signed in, but no Clerk user has it connected yet.', ko: 'OAuth 계정으로 로그인했지만 아직 이 계정을 연결한 Clerk 사용자가 없습니다.' },
    fix: { en: 'Turn the attempt into a sign-up (transfer flow) or ask the user to sign up first.', ko: '시도를 회원 가입으로 전환(transfer 흐름)하거나 먼저 가입하도록 안내하세요.' },
  },
  external_account_exists: {
    summary: { en: 'This social account is already connected to a user.', ko: '이 소셜 계정은 이미 다른 사용자에게 연결되어 있습니다.' },
    cause: { en: 'A sign-up or account connection used an OAuth account that belongs to an existing user.', ko: '가입이나 계정 연결에 기존 사용자의 OAuth 계정을 사용했습니다.' },
    fix: { en: 'Offer to sign in with that account instead (transfer the sign-up to a sign-in).', ko: '대신 그 계정으로 로그인하도록 제안하세요(가입을 로그인으로 전환).' },
  },
  session_exists: {
    generic: true,
    summary: { en: 'A session is already active, so a new sign-in is refused.', ko: '이미 활성 세션이 있어 새 로그인이 거부되었습니다.' },
    cause: { en: 'The sign-in form ran for a user who is signed in, in an instance that allows one session at a time.', ko: '한 번에 세션 하나만 허용하는 인스턴스에서 이미 로그인한 사용자에게 로그인 폼을 보여 주었습니다.' },
    fix: { en: 'Redirect signed-in users away from the sign-in page, or sign them out first.', ko: '로그인한 사용자는 로그인 페이지에서 다른 곳으로 보내거나 먼저 로그아웃시키세요.' },
  },
  sign_up_mode_restricted: {
    summary: { en: 'Sign-up is restricted: only invited people may join.', ko: '가입이 제한되어 초대받은 사람만 가입할 수 있습니다.' },
    cause: { en: 'The instance\'s sign-up mode is "restricted" and the attempt came without an invitation ticket.', ko: '인스턴스의 가입 모드가 "restricted"인데 초대 티켓 없이 가입을 시도했습니다.' },
    fix: { en: 'Tell the user that an invitation is needed.', ko: '초대가 필요하다는 점을 안내하세요.' },
  },
  sign_up_restricted_waitlist: {
    summary: { en: 'Sign-up is closed while the waitlist is on.', ko: '대기자 명단 모드라서 가입이 닫혀 있습니다.' },
    cause: { en: 'The instance\'s sign-up mode is "waitlist" and the person has not been let in.', ko: '인스턴스의 가입 모드가 "waitlist"이고 이 사람은 아직 승인되지 않았습니다.' },
    fix: { en: 'Send the user to the waitlist form instead of the sign-up form.', ko: '가입 폼 대신 대기자 명단 폼으로 안내하세요.' },
  },
  enterprise_sso_user_attribute_missing: {
    summary: { en: 'The enterprise SSO response lacks an attribute Clerk needs.', ko: '엔터프라이즈 SSO 응답에 Clerk가 필요로 하는 속성이 없습니다.' },
    cause: { en: 'The identity provider of the enterprise connection does not send the email address or another required attribute.', ko: '엔터프라이즈 연결의 ID 제공자가 이메일 주소나 다른 필수 속성을 보내지 않습니다.' },
    fix: { en: 'Fix the attribute mapping at the identity provider.', ko: 'ID 제공자에서 속성 매핑을 고치세요.' },
  },
  enterprise_sso_email_address_domain_mismatch: {
    summary: { en: 'The email address from enterprise SSO is not in the connection\'s domain.', ko: '엔터프라이즈 SSO에서 받은 이메일 주소가 연결의 도메인에 속하지 않습니다.' },
    cause: { en: 'The identity provider returned an address whose domain differs from the one the connection is set up for.', ko: 'ID 제공자가 연결에 설정된 도메인과 다른 도메인의 주소를 돌려주었습니다.' },
    fix: { en: 'Align the connection\'s domains with the addresses the identity provider issues.', ko: '연결의 도메인을 ID 제공자가 발급하는 주소와 맞추세요.' },
  },
  enterprise_sso_hosted_domain_mismatch: {
    summary: { en: 'The account\'s hosted domain does not match the enterprise connection.', ko: '계정의 호스팅 도메인이 엔터프라이즈 연결과 맞지 않습니다.' },
    cause: { en: 'For example a Google Workspace account of another organisation signed in through the connection.', ko: '예를 들어 다른 조직의 Google Workspace 계정으로 연결을 통해 로그인했습니다.' },
    fix: { en: 'Ask the user to sign in with the work account of the right organisation.', ko: '올바른 조직의 업무용 계정으로 로그인하도록 안내하세요.' },
  },
  saml_email_address_domain_mismatch: {
    summary: { en: 'The email address from the SAML response is not in the connection\'s domain.', ko: 'SAML 응답의 이메일 주소가 연결의 도메인에 속하지 않습니다.' },
    cause: { en: 'The SAML identity provider returned an address of a domain the connection does not cover.', ko: 'SAML ID 제공자가 연결이 다루지 않는 도메인의 주소를 돌려주었습니다.' },
    fix: { en: 'Add the domain to the SAML connection or correct the identity provider\'s email mapping.', ko: 'SAML 연결에 도메인을 추가하거나 ID 제공자의 이메일 매핑을 바로잡으세요.' },
  },
  invitation_account_not_exists: {
    summary: { en: 'The invitation points at an account that no longer exists.', ko: '초대가 더 이상 존재하지 않는 계정을 가리킵니다.' },
    cause: { en: 'An invitation ticket was used after the invited account was removed.', ko: '초대받은 계정이 삭제된 뒤에 초대 티켓을 사용했습니다.' },
    fix: { en: 'Ask for a new invitation.', ko: '새 초대를 요청하도록 안내하세요.' },
  },
  organization_membership_quota_exceeded_for_sso: {
    summary: { en: 'The organisation has no seat left for a new member joining through SSO.', ko: '조직에 SSO로 들어올 새 구성원을 위한 자리가 남아 있지 않습니다.' },
    cause: { en: 'Enterprise SSO would add the user to an organisation that has reached its membership limit.', ko: '엔터프라이즈 SSO가 구성원 한도에 도달한 조직에 사용자를 추가하려 했습니다.' },
    fix: { en: 'Ask an organisation admin to free a seat or raise the limit.', ko: '조직 관리자에게 자리를 비우거나 한도를 늘려 달라고 요청하세요.' },
  },
  captcha_invalid: {
    generic: true,
    summary: { en: 'The bot-protection challenge failed.', ko: '봇 방지 검사를 통과하지 못했습니다.' },
    cause: { en: 'The CAPTCHA token was missing, expired or rejected, often because a browser extension blocked the widget.', ko: 'CAPTCHA 토큰이 없거나 만료되었거나 거부되었습니다. 브라우저 확장 프로그램이 위젯을 막은 경우가 많습니다.' },
    fix: { en: 'Render the `clerk-captcha` element in custom flows, and ask the user to disable blockers and retry.', ko: '사용자 지정 흐름에는 `clerk-captcha` 요소를 두고, 차단 프로그램을 끈 뒤 다시 시도하도록 안내하세요.' },
  },
  device_blocked: {
    generic: true,
    summary: { en: 'Fraud protection blocked this device.', ko: '사기 방지 기능이 이 기기를 차단했습니다.' },
    cause: { en: 'Clerk\'s fraud checks flagged the device or browser the request came from.', ko: 'Clerk의 사기 방지 검사가 요청을 보낸 기기나 브라우저를 위험하다고 판단했습니다.' },
    fix: { en: 'Show a neutral message with a support contact; do not retry automatically.', ko: '문의처가 담긴 중립적인 안내를 보여 주고 자동으로 재시도하지 마세요.' },
  },
  action_blocked: {
    generic: true,
    summary: { en: 'Fraud protection blocked this action.', ko: '사기 방지 기능이 이 작업을 차단했습니다.' },
    cause: { en: 'Clerk\'s fraud checks judged the sign-in or sign-up attempt as abusive.', ko: 'Clerk의 사기 방지 검사가 로그인이나 가입 시도를 악용으로 판단했습니다.' },
    fix: { en: 'Show a neutral message with a support contact; do not retry automatically.', ko: '문의처가 담긴 중립적인 안내를 보여 주고 자동으로 재시도하지 마세요.' },
  },
  protect_check_already_resolved: {
    summary: { en: 'The protection check was already completed.', ko: '보호 검사가 이미 완료되었습니다.' },
    cause: { en: 'The same Clerk Protect check was submitted twice, for example from a double click or a retried request.', ko: '같은 Clerk Protect 검사를 두 번 제출했습니다(두 번 클릭, 재시도된 요청 등).' },
    fix: { en: 'Continue with the attempt\'s current status instead of submitting the check again.', ko: '검사를 다시 제출하지 말고 시도의 현재 상태로 이어 가세요.' },
  },
  protect_check_required: {
    summary: { en: 'A protection check must be passed before the attempt can go on.', ko: '시도를 이어 가려면 먼저 보호 검사를 통과해야 합니다.' },
    cause: { en: 'Clerk Protect asked for an extra check on this sign-in or sign-up.', ko: 'Clerk Protect가 이 로그인이나 가입에 추가 검사를 요구했습니다.' },
    fix: { en: 'Run the check Clerk asks for and resubmit; prebuilt components do it for you.', ko: 'Clerk가 요구한 검사를 실행한 뒤 다시 제출하세요. 기본 제공 컴포넌트는 이를 대신 처리합니다.' },
  },
  protect_check_timed_out: {
    summary: { en: 'The protection check took too long.', ko: '보호 검사가 너무 오래 걸렸습니다.' },
    cause: { en: 'The check script did not finish in time, often on a slow network or a throttled tab.', ko: '검사 스크립트가 제때 끝나지 않았습니다. 느린 네트워크나 제한된 탭에서 자주 생깁니다.' },
    fix: { en: 'Let the user retry.', ko: '사용자가 다시 시도하게 하세요.' },
  },
  protect_check_unsupported_environment: {
    summary: { en: 'The protection check cannot run in this environment.', ko: '이 환경에서는 보호 검사를 실행할 수 없습니다.' },
    cause: { en: 'The browser or runtime lacks what the check script needs (a native app, an embedded web view, a locked-down browser).', ko: '브라우저나 런타임에 검사 스크립트가 필요로 하는 기능이 없습니다(네이티브 앱, 내장 웹뷰, 제한된 브라우저 등).' },
    fix: { en: 'Ask the user to continue in a regular, up-to-date browser.', ko: '일반적인 최신 브라우저에서 계속하도록 안내하세요.' },
  },
  signup_rate_limit_exceeded: {
    summary: { en: 'Too many sign-ups were attempted in a short time.', ko: '짧은 시간에 가입 시도가 너무 많았습니다.' },
    cause: { en: 'Clerk limits the rate of new sign-ups, per client or per instance.', ko: 'Clerk는 클라이언트나 인스턴스 단위로 새 가입의 속도를 제한합니다.' },
    fix: { en: 'Ask the user to wait a moment before trying again.', ko: '잠시 기다린 뒤 다시 시도하도록 안내하세요.' },
  },
  user_banned: {
    generic: true,
    summary: { en: 'The account is banned.', ko: '계정이 이용 정지되었습니다.' },
    cause: { en: 'An administrator banned the user in the Clerk dashboard or through the Backend API.', ko: '관리자가 Clerk 대시보드나 Backend API로 사용자를 이용 정지했습니다.' },
    fix: { en: 'Show that the account is suspended and who to contact.', ko: '계정이 정지되었다는 점과 문의처를 알려 주세요.' },
  },
  user_deactivated: {
    generic: true,
    summary: { en: 'The account is deactivated.', ko: '계정이 비활성화되었습니다.' },
    cause: { en: 'The user was deactivated, for example because the instance is over its plan\'s user limit.', ko: '사용자가 비활성화되었습니다. 예를 들어 인스턴스가 요금제의 사용자 한도를 넘은 경우입니다.' },
    fix: { en: 'Tell the user that the account is inactive; check the instance\'s plan and user status in the dashboard.', ko: '계정이 비활성 상태라고 알리고, 대시보드에서 인스턴스 요금제와 사용자 상태를 확인하세요.' },
  },
  avatar_file_type_invalid: {
    summary: { en: 'The uploaded profile image is not an accepted file type.', ko: '업로드한 프로필 이미지가 허용되지 않는 파일 형식입니다.' },
    cause: { en: 'A file that is not a supported image format was passed to `user.setProfileImage` or an organisation logo upload.', ko: '지원하지 않는 형식의 파일을 `user.setProfileImage`나 조직 로고 업로드에 넘겼습니다.' },
    fix: { en: 'Limit the file input to image types (`accept="image/*"`) and say which formats work.', ko: '파일 입력을 이미지 형식으로 제한하고(`accept="image/*"`) 가능한 형식을 알려 주세요.' },
  },
  avatar_file_size_exceeded: {
    summary: { en: 'The uploaded profile image is too large.', ko: '업로드한 프로필 이미지가 너무 큽니다.' },
    cause: { en: 'The image is over Clerk\'s size limit for profile images and logos.', ko: '이미지가 Clerk의 프로필 이미지·로고 크기 제한을 넘었습니다.' },
    fix: { en: 'Check the size before uploading, or shrink the image on the client.', ko: '업로드 전에 크기를 검사하거나 클라이언트에서 이미지를 줄이세요.' },
  },
  identification_deletion_failed: {
    summary: { en: 'The email address or phone number cannot be removed.', ko: '이 이메일 주소나 전화번호를 삭제할 수 없습니다.' },
    cause: { en: 'It is the user\'s last identification, or the primary one the account signs in with.', ko: '사용자의 마지막 식별 수단이거나 로그인에 쓰는 기본 식별 수단입니다.' },
    fix: { en: 'Ask the user to add and verify another identification, make it primary, then delete this one.', ko: '다른 식별 수단을 추가해 인증하고 기본으로 지정한 뒤 이것을 삭제하도록 안내하세요.' },
  },
  phone_number_exists: {
    summary: { en: 'This phone number is already in use by another account.', ko: '이 전화번호는 이미 다른 계정에서 쓰고 있습니다.' },
    cause: { en: 'A sign-up or a new phone number used a number another user has verified.', ko: '가입이나 전화번호 추가에 다른 사용자가 인증한 번호를 사용했습니다.' },
    fix: { en: 'Offer to sign in with that number, or ask for another one.', ko: '그 번호로 로그인하도록 제안하거나 다른 번호를 입력받으세요.' },
  },
  protect_check_aborted: {
    summary: { en: 'The protection check was interrupted.', ko: '보호 검사가 중단되었습니다.' },
    cause: { en: 'The page navigated away or the check was cancelled before it finished.', ko: '검사가 끝나기 전에 페이지를 떠났거나 검사가 취소되었습니다.' },
    fix: { en: 'Let the user retry.', ko: '사용자가 다시 시도하게 하세요.' },
  },
  protect_check_execution_failed: {
    summary: { en: 'The protection check script failed while running.', ko: '보호 검사 스크립트가 실행 중에 실패했습니다.' },
    cause: { en: 'The check script threw, often because an extension or a strict page policy interfered with it.', ko: '검사 스크립트에서 오류가 났습니다. 확장 프로그램이나 엄격한 페이지 정책이 방해한 경우가 많습니다.' },
    fix: { en: 'Let the user retry, and check that the page\'s Content Security Policy allows Clerk\'s scripts.', ko: '다시 시도하게 하고, 페이지의 콘텐츠 보안 정책이 Clerk 스크립트를 허용하는지 확인하세요.' },
  },
  protect_check_invalid_script: {
    summary: { en: 'The protection check script is not valid.', ko: '보호 검사 스크립트가 올바르지 않습니다.' },
    cause: { en: 'What was loaded as the check script is not what Clerk expects (a proxy or cache rewrote it).', ko: '검사 스크립트로 불러온 내용이 Clerk가 기대하는 것이 아닙니다(프록시나 캐시가 바꾼 경우).' },
    fix: { en: 'Make sure proxies and caches pass Clerk\'s scripts through untouched.', ko: '프록시와 캐시가 Clerk 스크립트를 바꾸지 않고 통과시키는지 확인하세요.' },
  },
  protect_check_invalid_sdk_url: {
    summary: { en: 'The protection check was given an unusable script address.', ko: '보호 검사에 쓸 수 없는 스크립트 주소가 주어졌습니다.' },
    cause: { en: 'The address of the check script is malformed or not allowed.', ko: '검사 스크립트의 주소 형식이 잘못되었거나 허용되지 않습니다.' },
    fix: { en: 'Check the Clerk proxy and domain settings that build script addresses.', ko: '스크립트 주소를 만드는 Clerk 프록시·도메인 설정을 확인하세요.' },
  },
  protect_check_script_load_failed: {
    summary: { en: 'The protection check script could not be loaded.', ko: '보호 검사 스크립트를 불러오지 못했습니다.' },
    cause: { en: 'A network error, an ad blocker or the Content Security Policy stopped the script.', ko: '네트워크 오류, 광고 차단기 또는 콘텐츠 보안 정책이 스크립트를 막았습니다.' },
    fix: { en: 'Allow Clerk\'s script hosts in the Content Security Policy and ask the user to retry without blockers.', ko: '콘텐츠 보안 정책에 Clerk 스크립트 호스트를 허용하고, 차단 프로그램 없이 다시 시도하도록 안내하세요.' },
  },
  captcha_unavailable: {
    summary: { en: 'The bot-protection challenge could not be loaded.', ko: '봇 방지 검사를 불러오지 못했습니다.' },
    cause: { en: 'The CAPTCHA script was blocked or failed to load, so no token could be sent.', ko: 'CAPTCHA 스크립트가 차단되었거나 불러오지 못해 토큰을 보낼 수 없었습니다.' },
    fix: { en: 'Ask the user to disable blockers or switch browsers, and allow the CAPTCHA hosts in the Content Security Policy.', ko: '차단 프로그램을 끄거나 다른 브라우저를 쓰도록 안내하고, 콘텐츠 보안 정책에 CAPTCHA 호스트를 허용하세요.' },
  },
  passkey_not_supported: {
    summary: { en: 'This browser or device does not support passkeys.', ko: '이 브라우저나 기기는 패스키를 지원하지 않습니다.' },
    cause: { en: 'WebAuthn is missing, or the page is not served from a secure context.', ko: 'WebAuthn이 없거나 페이지가 보안 컨텍스트(HTTPS)에서 열리지 않았습니다.' },
    fix: { en: 'Hide the passkey option where it is unsupported and offer another strategy.', ko: '지원되지 않는 곳에서는 패스키 선택지를 숨기고 다른 방식을 제시하세요.' },
  },
  passkey_pa_not_supported: {
    summary: { en: 'This device has no built-in authenticator for passkeys.', ko: '이 기기에는 패스키용 내장 인증기가 없습니다.' },
    cause: { en: 'Passkey registration needs a platform authenticator (Touch ID, Windows Hello, a phone\'s screen lock) that the device lacks.', ko: '패스키 등록에는 플랫폼 인증기(Touch ID, Windows Hello, 휴대폰 화면 잠금 등)가 필요한데 기기에 없습니다.' },
    fix: { en: 'Offer to register the passkey on another device, or another strategy.', ko: '다른 기기에서 패스키를 등록하거나 다른 방식을 쓰도록 제안하세요.' },
  },
  passkey_retrieval_cancelled: {
    summary: { en: 'The passkey sign-in was cancelled.', ko: '패스키 로그인이 취소되었습니다.' },
    cause: { en: 'The user closed the browser\'s passkey prompt or it timed out.', ko: '사용자가 브라우저의 패스키 창을 닫았거나 시간이 초과되었습니다.' },
    fix: { en: 'Stay on the form without an alarming message and let the user try again.', ko: '놀라게 하는 메시지 없이 폼에 머물고 다시 시도하게 하세요.' },
  },
  passkey_registration_cancelled: {
    summary: { en: 'Creating the passkey was cancelled.', ko: '패스키 생성이 취소되었습니다.' },
    cause: { en: 'The user closed the browser\'s prompt during `user.createPasskey()` or it timed out.', ko: '`user.createPasskey()` 중에 사용자가 브라우저 창을 닫았거나 시간이 초과되었습니다.' },
    fix: { en: 'Leave the account as it was and let the user start again.', ko: '계정을 그대로 두고 사용자가 다시 시작하게 하세요.' },
  },
  passkey_already_exists: {
    summary: { en: 'This authenticator already holds a passkey for the account.', ko: '이 인증기에는 이미 이 계정의 패스키가 있습니다.' },
    cause: { en: 'The user tried to register a second passkey on the same device or password manager.', ko: '같은 기기나 비밀번호 관리자에 두 번째 패스키를 등록하려 했습니다.' },
    fix: { en: 'Tell the user the passkey is already set up on this device.', ko: '이 기기에는 이미 패스키가 설정되어 있다고 알려 주세요.' },
  },
  too_many_unverified_identifications: {
    summary: { en: 'The account has too many unverified email addresses or phone numbers.', ko: '계정에 인증되지 않은 이메일 주소나 전화번호가 너무 많습니다.' },
    cause: { en: 'New identifications were added without finishing their verification.', ko: '인증을 마치지 않은 채 식별 수단을 계속 추가했습니다.' },
    fix: { en: 'Ask the user to verify or remove the pending ones before adding another.', ko: '새로 추가하기 전에 대기 중인 식별 수단을 인증하거나 삭제하도록 안내하세요.' },
  },
  web3_missing_identifier: {
    summary: { en: 'No wallet address was found for the Web3 sign-in.', ko: 'Web3 로그인에 쓸 지갑 주소를 찾지 못했습니다.' },
    cause: { en: 'The wallet extension is missing, locked, or returned no account.', ko: '지갑 확장 프로그램이 없거나 잠겨 있거나 계정을 돌려주지 않았습니다.' },
    fix: { en: 'Ask the user to install or unlock the wallet and connect an account.', ko: '지갑을 설치하거나 잠금을 풀고 계정을 연결하도록 안내하세요.' },
  },
  web3_solana_signature_generation_failed: {
    summary: { en: 'The Solana wallet could not sign the sign-in message.', ko: 'Solana 지갑이 로그인 메시지에 서명하지 못했습니다.' },
    cause: { en: 'The wallet failed or does not support message signing.', ko: '지갑에서 오류가 났거나 메시지 서명을 지원하지 않습니다.' },
    fix: { en: 'Let the user retry or pick a wallet that supports message signing.', ko: '다시 시도하거나 메시지 서명을 지원하는 지갑을 고르게 하세요.' },
  },
  web3_signature_request_rejected: {
    summary: { en: 'The wallet\'s signature request was rejected.', ko: '지갑의 서명 요청이 거절되었습니다.' },
    cause: { en: 'The user declined to sign the message in the wallet.', ko: '사용자가 지갑에서 메시지 서명을 거절했습니다.' },
    fix: { en: 'Stay on the form and let the user try again or choose another strategy.', ko: '폼에 머물며 다시 시도하거나 다른 방식을 고르게 하세요.' },
  },
  form_new_password_matches_current: {
    summary: { en: 'The new password is the same as the current one.', ko: '새 비밀번호가 현재 비밀번호와 같습니다.' },
    cause: { en: 'A password change or reset submitted the password the account already has.', ko: '비밀번호 변경이나 재설정에 계정의 현재 비밀번호를 그대로 제출했습니다.' },
    fix: { en: 'Ask for a password the account has not used.', ko: '계정에서 쓰지 않은 비밀번호를 입력받으세요.' },
  },
  form_password_matches_identifier: {
    summary: { en: 'The password is the same as the email address or username.', ko: '비밀번호가 이메일 주소나 사용자 이름과 같습니다.' },
    cause: { en: 'Clerk refuses passwords equal to one of the account\'s identifiers.', ko: 'Clerk는 계정 식별자와 같은 비밀번호를 거부합니다.' },
    fix: { en: 'Ask for a password that differs from the identifier.', ko: '식별자와 다른 비밀번호를 입력받으세요.' },
  },
  form_username_invalid_length: {
    summary: { en: 'The username is too short or too long.', ko: '사용자 이름이 너무 짧거나 깁니다.' },
    cause: { en: 'Its length is outside the limits set for usernames in the Clerk dashboard.', ko: '길이가 Clerk 대시보드에 설정된 사용자 이름 제한을 벗어났습니다.' },
    fix: { en: 'Show the allowed length (the error\'s `meta` names the limits) and validate it in the form.', ko: '허용 길이를 보여 주고(오류의 `meta`에 한도가 있습니다) 폼에서 미리 검사하세요.' },
  },
  form_username_needs_non_number_char: {
    summary: { en: 'The username cannot consist of digits only.', ko: '사용자 이름은 숫자로만 이루어질 수 없습니다.' },
    cause: { en: 'Clerk needs at least one character that is not a number, so usernames are not confused with phone numbers.', ko: '전화번호와 헷갈리지 않도록 Clerk는 숫자가 아닌 문자를 하나 이상 요구합니다.' },
    fix: { en: 'Ask for a username with at least one letter.', ko: '문자를 하나 이상 넣은 사용자 이름을 입력받으세요.' },
  },
  form_username_invalid_character: {
    summary: { en: 'The username contains a character that is not allowed.', ko: '사용자 이름에 허용되지 않는 문자가 있습니다.' },
    cause: { en: 'Usernames accept letters, numbers and a few symbols such as `_` and `-`.', ko: '사용자 이름에는 문자, 숫자, `_`·`-` 같은 일부 기호만 쓸 수 있습니다.' },
    fix: { en: 'Say which characters are allowed and check them in the form.', ko: '허용되는 문자를 알려 주고 폼에서 검사하세요.' },
  },
  form_param_format_invalid: {
    summary: { en: 'A field\'s value is not in the expected format.', ko: '입력란의 값이 기대하는 형식이 아닙니다.' },
    cause: { en: 'For example a malformed email address or phone number; the error\'s `meta.paramName` names the field.', ko: '예를 들어 형식이 잘못된 이메일 주소나 전화번호입니다. 오류의 `meta.paramName`이 입력란을 알려 줍니다.' },
    fix: { en: 'Show the message next to the field named by `meta.paramName`.', ko: '`meta.paramName`이 가리키는 입력란 옆에 메시지를 보여 주세요.' },
  },
  form_param_type_invalid: {
    summary: { en: 'A field\'s value is of the wrong type.', ko: '입력란의 값 타입이 잘못되었습니다.' },
    cause: { en: 'A value of another kind was sent, such as a number where a string is expected or an email address in the phone field.', ko: '다른 종류의 값을 보냈습니다. 문자열 자리에 숫자를 보내거나 전화번호 입력란에 이메일 주소를 넣은 경우입니다.' },
    fix: { en: 'Send each field as the type Clerk expects and show the message next to `meta.paramName`.', ko: '각 입력란을 Clerk가 기대하는 타입으로 보내고 `meta.paramName` 옆에 메시지를 보여 주세요.' },
  },
  form_email_address_blocked: {
    summary: { en: 'This email address or its provider is blocked.', ko: '이 이메일 주소나 그 메일 서비스가 차단되어 있습니다.' },
    cause: { en: 'The instance blocks disposable addresses, email subaddresses or certain domains.', ko: '인스턴스가 일회용 주소, 하위 주소(`+` 주소) 또는 특정 도메인을 차단합니다.' },
    fix: { en: 'Ask for a permanent address from another provider.', ko: '다른 메일 서비스의 영구 주소를 입력받으세요.' },
  },
  form_password_length_too_short: {
    summary: { en: 'The password is too short.', ko: '비밀번호가 너무 짧습니다.' },
    cause: { en: 'It has fewer characters than the minimum set in the Clerk dashboard.', ko: 'Clerk 대시보드에 설정된 최소 길이보다 짧습니다.' },
    fix: { en: 'Show the minimum length and check it in the form before submitting.', ko: '최소 길이를 보여 주고 제출 전에 폼에서 검사하세요.' },
  },
  form_param_nil: {
    summary: { en: 'A required field is empty.', ko: '필수 입력란이 비어 있습니다.' },
    cause: { en: 'The request left out a value Clerk needs; `meta.paramName` names it.', ko: '요청에 Clerk가 필요로 하는 값이 빠졌습니다. `meta.paramName`이 그 값을 알려 줍니다.' },
    fix: { en: 'Mark the field as required in the form and highlight it.', ko: '폼에서 그 입력란을 필수로 표시하고 강조하세요.' },
  },
  form_code_incorrect: {
    summary: { en: 'The verification code is wrong.', ko: '인증 코드가 틀렸습니다.' },
    cause: { en: 'A mistyped or old one-time code was sent to `attemptFirstFactor`, `attemptVerification` or a second-factor attempt.', ko: '잘못 입력했거나 예전의 일회용 코드를 `attemptFirstFactor`, `attemptVerification` 또는 2단계 인증에 보냈습니다.' },
    fix: { en: 'Let the user retype the code and offer to send a new one.', ko: '코드를 다시 입력하게 하고 새 코드를 보내는 선택지를 주세요.' },
  },
  form_password_or_identifier_incorrect: {
    summary: { en: 'The identifier or the password is wrong.', ko: '식별자나 비밀번호가 틀렸습니다.' },
    cause: { en: 'Instances that hide whether an account exists answer a failed password sign-in with this one code.', ko: '계정 존재 여부를 숨기는 인스턴스는 비밀번호 로그인 실패에 이 코드 하나로 답합니다.' },
    fix: { en: 'Show one neutral "email or password is incorrect" message and keep the user on the form.', ko: '"이메일 또는 비밀번호가 올바르지 않다"는 중립적인 안내 하나를 보여 주고 폼에 머물게 하세요.' },
  },
  form_password_validation_failed: {
    summary: { en: 'The password could not be verified.', ko: '비밀번호를 확인하지 못했습니다.' },
    cause: { en: 'The current password entered to confirm a sensitive change is wrong.', ko: '민감한 변경을 확인하려고 입력한 현재 비밀번호가 틀렸습니다.' },
    fix: { en: 'Ask the user to enter the current password again.', ko: '현재 비밀번호를 다시 입력하도록 안내하세요.' },
  },
  form_identifier_exists: {
    summary: { en: 'The email address, phone number or username is already taken.', ko: '이메일 주소·전화번호·사용자 이름이 이미 사용 중입니다.' },
    cause: { en: 'A sign-up or profile update used an identifier another account has; `meta.paramName` says which one.', ko: '가입이나 프로필 수정에 다른 계정이 가진 식별자를 사용했습니다. `meta.paramName`이 어느 것인지 알려 줍니다.' },
    fix: { en: 'Offer to sign in instead, or ask for another identifier.', ko: '대신 로그인하도록 제안하거나 다른 식별자를 입력받으세요.' },
  },
  form_password_not_strong_enough: {
    summary: { en: 'The password is too weak.', ko: '비밀번호가 너무 약합니다.' },
    cause: { en: 'It fails the strength check the instance enforces; `meta.zxcvbn` carries the suggestions.', ko: '인스턴스가 요구하는 강도 검사를 통과하지 못했습니다. `meta.zxcvbn`에 개선 제안이 있습니다.' },
    fix: { en: 'Show the suggestions from `meta.zxcvbn` and ask for a stronger password.', ko: '`meta.zxcvbn`의 제안을 보여 주고 더 강한 비밀번호를 입력받으세요.' },
  },
  form_password_size_in_bytes_exceeded: {
    summary: { en: 'The password is too long.', ko: '비밀번호가 너무 깁니다.' },
    cause: { en: 'It exceeds the byte limit of the password hash (many non-Latin characters count as several bytes).', ko: '비밀번호 해시의 바이트 한도를 넘었습니다(라틴 문자가 아닌 글자는 여러 바이트로 셉니다).' },
    fix: { en: 'Ask for a shorter password.', ko: '더 짧은 비밀번호를 입력받으세요.' },
  },
  form_param_value_invalid: {
    summary: { en: 'A field has a value Clerk does not accept.', ko: '입력란에 Clerk가 받아들이지 않는 값이 있습니다.' },
    cause: { en: 'The value is well-formed but not one of the allowed ones (an unknown strategy, a redirect URL that is not allowed); `meta.paramName` names the field.', ko: '형식은 맞지만 허용된 값이 아닙니다(알 수 없는 방식, 허용되지 않은 리디렉션 URL 등). `meta.paramName`이 입력란을 알려 줍니다.' },
    fix: { en: 'Check the value named by `meta.paramName` against the instance\'s settings.', ko: '`meta.paramName`이 가리키는 값을 인스턴스 설정과 대조하세요.' },
  },
  sso_bypass_domain_not_served: {
    summary: { en: 'The domain is not served by the SSO connection that was bypassed.', ko: '우회한 SSO 연결이 이 도메인을 다루지 않습니다.' },
    cause: { en: 'A sign-in tried to skip enterprise SSO for an address whose domain the connection does not cover.', ko: '연결이 다루지 않는 도메인의 주소로 엔터프라이즈 SSO를 건너뛰고 로그인하려 했습니다.' },
    fix: { en: 'Check the enterprise connection\'s domains and bypass settings in the Clerk dashboard.', ko: 'Clerk 대시보드에서 엔터프라이즈 연결의 도메인과 우회 설정을 확인하세요.' },
  },
  ticket_expired_code: {
    summary: { en: 'The invitation or sign-in ticket has expired.', ko: '초대 또는 로그인 티켓이 만료되었습니다.' },
    cause: { en: 'The `__clerk_ticket` from an invitation or a sign-in token was used after its lifetime.', ko: '초대나 로그인 토큰의 `__clerk_ticket`을 유효 기간이 지난 뒤에 사용했습니다.' },
    fix: { en: 'Ask for a new invitation or link.', ko: '새 초대나 링크를 요청하도록 안내하세요.' },
  },
  ticket_invalid_code: {
    summary: { en: 'The invitation or sign-in ticket is not valid.', ko: '초대 또는 로그인 티켓이 올바르지 않습니다.' },
    cause: { en: 'The ticket was already used, revoked, or mangled when the link was copied.', ko: '티켓을 이미 사용했거나 취소되었거나, 링크를 복사하면서 손상되었습니다.' },
    fix: { en: 'Ask for a new invitation or link.', ko: '새 초대나 링크를 요청하도록 안내하세요.' },
  },
  form_param_max_length_exceeded: {
    summary: { en: 'A field\'s value is longer than Clerk allows.', ko: '입력란의 값이 Clerk가 허용하는 길이보다 깁니다.' },
    cause: { en: 'A name, slug, metadata value or other parameter is over its length limit; `meta.paramName` names it.', ko: '이름·슬러그·메타데이터 등의 매개변수가 길이 제한을 넘었습니다. `meta.paramName`이 그 값을 알려 줍니다.' },
    fix: { en: 'Set `maxLength` on the input and show the limit next to the field.', ko: '입력란에 `maxLength`를 두고 한도를 입력란 옆에 보여 주세요.' },
  },
  organization_minimum_permissions_needed: {
    summary: { en: 'The organisation must keep at least one member who can manage it.', ko: '조직에는 조직을 관리할 수 있는 구성원이 최소 한 명 남아 있어야 합니다.' },
    cause: { en: 'Removing this member or changing their role would leave nobody with the admin permissions.', ko: '이 구성원을 제거하거나 역할을 바꾸면 관리자 권한을 가진 사람이 아무도 남지 않습니다.' },
    fix: { en: 'Give another member the admin role first.', ko: '먼저 다른 구성원에게 관리자 역할을 주세요.' },
  },
  already_a_member_in_organization: {
    summary: { en: 'The invited person is already a member of the organisation.', ko: '초대한 사람은 이미 조직의 구성원입니다.' },
    cause: { en: 'An invitation was sent to an email address that belongs to a current member.', ko: '현재 구성원의 이메일 주소로 초대를 보냈습니다.' },
    fix: { en: 'Say that the person is already a member; change their role instead if that was the aim.', ko: '이미 구성원이라고 알리고, 목적이 그것이라면 대신 역할을 바꾸세요.' },
  },
  organization_domain_common: {
    summary: { en: 'A public email domain cannot be an organisation\'s verified domain.', ko: '공용 이메일 도메인은 조직의 인증 도메인이 될 수 없습니다.' },
    cause: { en: 'The domain belongs to a common email provider such as gmail.com.', ko: 'gmail.com 같은 일반 이메일 서비스의 도메인입니다.' },
    fix: { en: 'Ask for the organisation\'s own domain.', ko: '조직 고유의 도메인을 입력받으세요.' },
  },
  organization_domain_blocked: {
    summary: { en: 'This domain may not be added to an organisation.', ko: '이 도메인은 조직에 추가할 수 없습니다.' },
    cause: { en: 'The domain is on Clerk\'s or the instance\'s block list.', ko: '도메인이 Clerk 또는 인스턴스의 차단 목록에 있습니다.' },
    fix: { en: 'Use another domain the organisation owns.', ko: '조직이 소유한 다른 도메인을 쓰세요.' },
  },
  organization_domain_exists_for_enterprise_connection: {
    summary: { en: 'The domain is already used by an enterprise connection.', ko: '이 도메인은 이미 엔터프라이즈 연결에서 쓰고 있습니다.' },
    cause: { en: 'An SSO connection claims the domain, so it cannot also be an organisation domain.', ko: 'SSO 연결이 이 도메인을 점유하고 있어 조직 도메인으로 함께 쓸 수 없습니다.' },
    fix: { en: 'Manage the domain through the enterprise connection, or remove it there first.', ko: '엔터프라이즈 연결에서 도메인을 관리하거나, 먼저 그곳에서 제거하세요.' },
  },
  api_key_name_already_exists: {
    summary: { en: 'An API key with this name already exists.', ko: '같은 이름의 API 키가 이미 있습니다.' },
    cause: { en: 'API key names must be unique for their owner (user or organisation).', ko: 'API 키 이름은 소유자(사용자 또는 조직)마다 고유해야 합니다.' },
    fix: { en: 'Ask for another name.', ko: '다른 이름을 입력받으세요.' },
  },
  api_key_usage_exceeded: {
    summary: { en: 'The limit on API keys has been reached.', ko: 'API 키 한도에 도달했습니다.' },
    cause: { en: 'The plan allows no more API keys for this owner.', ko: '요금제상 이 소유자는 더 이상 API 키를 만들 수 없습니다.' },
    fix: { en: 'Revoke unused keys or upgrade the plan.', ko: '쓰지 않는 키를 폐기하거나 요금제를 올리세요.' },
  },
  organization_membership_quota_exceeded: {
    summary: { en: 'The organisation has reached its member limit.', ko: '조직이 구성원 한도에 도달했습니다.' },
    cause: { en: 'An invitation or a new membership would exceed the number of members the instance allows per organisation.', ko: '초대나 새 구성원 추가가 인스턴스의 조직당 구성원 수 한도를 넘깁니다.' },
    fix: { en: 'Remove members or pending invitations, or raise the limit in the Clerk dashboard.', ko: '구성원이나 대기 중인 초대를 정리하거나 Clerk 대시보드에서 한도를 늘리세요.' },
  },
  organization_not_found_or_unauthorized: {
    summary: { en: 'The organisation does not exist or the user is not a member of it.', ko: '조직이 없거나 사용자가 그 조직의 구성원이 아닙니다.' },
    cause: { en: 'A stale organisation id (from a link, the URL or local state) or a membership that was removed.', ko: '링크·URL·로컬 상태에 남은 오래된 조직 ID이거나, 구성원 자격이 제거되었습니다.' },
    fix: { en: 'Fall back to the user\'s personal account or organisation list instead of retrying.', ko: '재시도하지 말고 사용자의 개인 계정이나 조직 목록으로 돌아가세요.' },
  },
  organization_not_found_or_unauthorized_with_create_organization_disabled: {
    summary: { en: 'The organisation is not available, and the user may not create one.', ko: '조직을 사용할 수 없고, 사용자가 새 조직을 만들 수도 없습니다.' },
    cause: { en: 'As with `organization_not_found_or_unauthorized`, in an instance where users cannot create organisations.', ko: '`organization_not_found_or_unauthorized`와 같은 상황인데, 사용자가 조직을 만들 수 없는 인스턴스입니다.' },
    fix: { en: 'Tell the user to ask for an invitation; do not offer to create an organisation.', ko: '초대를 요청하도록 안내하고, 조직 만들기를 제안하지 마세요.' },
  },
  insufficient_seats_contact_support: {
    summary: { en: 'The organisation\'s plan has no free seat, and support must change it.', ko: '조직 요금제에 남은 자리가 없으며, 변경하려면 지원팀에 문의해야 합니다.' },
    cause: { en: 'A new member needs a seat the subscription does not have, and the plan cannot be changed in the app.', ko: '새 구성원에게 필요한 자리가 구독에 없고, 앱 안에서 요금제를 바꿀 수 없습니다.' },
    fix: { en: 'Show the support contact, or free a seat by removing a member.', ko: '지원팀 연락처를 보여 주거나, 구성원을 제거해 자리를 비우세요.' },
  },
  insufficient_seats_change_plan: {
    summary: { en: 'The organisation\'s plan has no free seat.', ko: '조직 요금제에 남은 자리가 없습니다.' },
    cause: { en: 'A new member needs a seat the current subscription does not include.', ko: '새 구성원에게 필요한 자리가 현재 구독에 없습니다.' },
    fix: { en: 'Offer a plan with more seats, or free a seat by removing a member.', ko: '자리가 더 많은 요금제를 제안하거나, 구성원을 제거해 자리를 비우세요.' },
  },
  authentication_invalid: {
    summary: { en: 'The request carried no valid session.', ko: '요청에 유효한 세션이 없습니다.' },
    cause: { en: 'The session token is missing, expired or signed for another instance, so Clerk answers 401.', ko: '세션 토큰이 없거나 만료되었거나 다른 인스턴스용이라 Clerk가 401로 답합니다.' },
    fix: { en: 'Send the user to sign in again; check that the publishable and secret keys belong to the same instance.', ko: '다시 로그인하게 하고, 게시 가능 키와 비밀 키가 같은 인스턴스의 것인지 확인하세요.' },
  },
  captcha_not_enabled: {
    summary: { en: 'A CAPTCHA token was sent, but bot protection is off for the instance.', ko: 'CAPTCHA 토큰을 보냈지만 인스턴스의 봇 방지 기능이 꺼져 있습니다.' },
    cause: { en: 'The client and the instance disagree about bot protection, often after it was switched off in the dashboard.', ko: '클라이언트와 인스턴스의 봇 방지 설정이 어긋났습니다. 대시보드에서 기능을 끈 뒤에 자주 생깁니다.' },
    fix: { en: 'Reload so the client picks up the instance settings, or turn bot protection back on.', ko: '클라이언트가 인스턴스 설정을 다시 읽도록 새로 고치거나 봇 방지 기능을 다시 켜세요.' },
  },
  captcha_missing_token: {
    summary: { en: 'Bot protection is on, but the request had no CAPTCHA token.', ko: '봇 방지 기능이 켜져 있는데 요청에 CAPTCHA 토큰이 없습니다.' },
    cause: { en: 'A custom flow sent the sign-up without rendering the `clerk-captcha` element, or the widget was blocked.', ko: '사용자 지정 흐름이 `clerk-captcha` 요소 없이 가입을 보냈거나 위젯이 차단되었습니다.' },
    fix: { en: 'Render `<div id="clerk-captcha" />` in custom sign-up flows and let the user retry.', ko: '사용자 지정 가입 흐름에 `<div id="clerk-captcha" />`를 두고 다시 시도하게 하세요.' },
  },
  reverification_cancelled: {
    summary: { en: 'The user closed the re-verification prompt.', ko: '사용자가 재인증 창을 닫았습니다.' },
    cause: { en: 'An action wrapped in `useReverification` needed a fresh check of the user, and the user cancelled it.', ko: '`useReverification`으로 감싼 작업이 사용자의 재확인을 요구했는데 사용자가 취소했습니다.' },
    fix: { en: 'Drop the action quietly (test with `isReverificationCancelledError`); do not show it as a failure.', ko: '작업을 조용히 취소하고(`isReverificationCancelledError`로 확인) 실패로 보여 주지 마세요.' },
  },
  form_password_compromised: {
    summary: { en: 'The password was found in a breach, so signing in with it is refused until it is reset.', ko: '유출된 비밀번호로 확인되어 재설정 전까지 이 비밀번호로 로그인할 수 없습니다.' },
    cause: { en: 'Clerk flagged the account\'s password as compromised after it was set.', ko: '비밀번호를 설정한 뒤에 Clerk가 그 비밀번호를 유출된 것으로 표시했습니다.' },
    fix: { en: 'Send the user through a password reset (test with `isPasswordCompromisedError`).', ko: '비밀번호 재설정을 거치게 하세요(`isPasswordCompromisedError`로 확인).' },
  },
  clerk_offline: {
    summary: { en: 'clerk-js could not reach Clerk because the browser is offline.', ko: '브라우저가 오프라인이라 clerk-js가 Clerk에 연결하지 못했습니다.' },
    cause: { en: 'A token or resource was requested while the network was down; this is a `ClerkOfflineError`.', ko: '네트워크가 끊긴 동안 토큰이나 리소스를 요청했습니다. `ClerkOfflineError`입니다.' },
    fix: { en: 'Show an offline state and retry when the browser is back online (test with `ClerkOfflineError.is`).', ko: '오프라인 상태를 보여 주고 다시 연결되면 재시도하세요(`ClerkOfflineError.is`로 확인).' },
  },
  missing_expired_token: {
    summary: { en: 'The session could not be refreshed because the expired token was not sent.', ko: '만료된 토큰이 전달되지 않아 세션을 갱신하지 못했습니다.' },
    cause: { en: 'A refresh reached Clerk without the expired session token it needs (cookies lost or blocked).', ko: '갱신 요청이 필요한 만료 세션 토큰 없이 Clerk에 도착했습니다(쿠키가 사라졌거나 차단됨).' },
    fix: { en: 'Sign the user in again, and check that Clerk\'s cookies are not blocked on the app\'s domain.', ko: '다시 로그인하게 하고, 앱 도메인에서 Clerk 쿠키가 차단되지 않았는지 확인하세요.' },
  },
  api_response_error: {
    summary: { en: 'The `code` of a `ClerkAPIResponseError` itself: the API answered with errors.', ko: '`ClerkAPIResponseError` 자체의 `code`로, API가 오류로 응답했다는 뜻입니다.' },
    cause: { en: 'Any failed Frontend or Backend API call; the specific reasons are in `err.errors[n].code`.', ko: 'Frontend·Backend API 호출이 실패하면 붙습니다. 구체적인 이유는 `err.errors[n].code`에 있습니다.' },
    fix: { en: 'Use `isClerkAPIResponseError(err)` and branch on `err.errors[0].code` rather than on this value.', ko: '이 값 대신 `isClerkAPIResponseError(err)`로 확인한 뒤 `err.errors[0].code`로 분기하세요.' },
  },
  form_password_untrusted: {
    emitted: false,
    replacedBy: 'form_password_compromised',
    summary: { en: 'An older name of the code for a breached password at sign-in.', ko: '로그인 시 유출된 비밀번호를 뜻하던 예전 코드 이름입니다.' },
    cause: { en: '@clerk/shared keeps only a deprecated message key for it and neither tests nor sets the code any more.', ko: '@clerk/shared에는 이 코드의 폐기된 메시지 키만 남아 있고, 코드를 검사하거나 붙이는 곳은 더 이상 없습니다.' },
    fix: { en: 'Compare with `form_password_compromised` (or call `isPasswordCompromisedError`).', ko: '`form_password_compromised`와 비교하세요(또는 `isPasswordCompromisedError`를 호출하세요).' },
  },
} satisfies Record<ClerkErrorCode, EntryData>;

const CONSTANT_OF = new Map<string, string>(Object.entries(CLERK_ERROR_CODE_CONSTANTS).map(([key, code]) => [code, key]));

export const clerkFamily: FamilyDefinition = defineFamily(
  {
    id: 'clerk',
    title: { en: 'Clerk error codes', ko: 'Clerk 오류 코드' },
    description: {
      en: 'The `code` of each item of a Clerk API error (`err.errors[0].code` after `isClerkAPIResponseError(err)`), and of a `ClerkRuntimeError`: the codes of `ERROR_CODES` and those with a localizable message under `unstable__errors` in `@clerk/shared`.',
      ko: 'Clerk API 오류의 각 항목이 가진 `code` 값(`isClerkAPIResponseError(err)` 뒤의 `err.errors[0].code`)과 `ClerkRuntimeError`의 코드입니다. `@clerk/shared`의 `ERROR_CODES`에 있는 코드와 `unstable__errors`에 현지화 메시지가 있는 코드로 이루어집니다.',
    },
    discriminantHints: ['code'],
    // `user_banned`, `session_exists`, `captcha_invalid` are every app's words: only a file that uses Clerk (an
    // import from any `@clerk/` package, or Clerk's own error guards) is read with this family.
    evidence: {
      discriminants: [],
      markers: [/\bisClerkAPIResponseError\s*\(/, /\bisClerkRuntimeError\s*\(/, /\bClerkAPIResponseError\b/],
      // `@clerk` matches every package of the scope (`@clerk/nextjs`, `@clerk/clerk-react`, `@clerk/shared/error`, …).
      modules: ['@clerk'],
    },
  },
  CLERK_ERROR_CODES,
  Object.fromEntries(
    CLERK_ERROR_CODES.map((code) => {
      const constant = CONSTANT_OF.get(code);
      return [code, constant === undefined ? entries[code] : { ...entries[code], constants: [constant] }];
    }),
  ) as Record<ClerkErrorCode, EntryData>,
  { docsUrl: () => CLERK_ERROR_HANDLING_URL },
);
