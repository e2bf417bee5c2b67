import { defineFamily, type EntryData } from './define';
import type { FamilyDefinition } from './types';

/** The per-API exception enums of `@aws-amplify/auth` (their members are Cognito exception names), as the package declares them. */
export const AMPLIFY_EXCEPTION_ENUMS = {
  AssociateSoftwareTokenException: ['ConcurrentModificationException', 'ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException', 'ResourceNotFoundException', 'SoftwareTokenMFANotFoundException'],
  ChangePasswordException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'InvalidPasswordException', 'LimitExceededException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  ConfirmDeviceException: ['ForbiddenException', 'InternalErrorException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidPasswordException', 'InvalidUserPoolConfigurationException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UsernameExistsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  ConfirmForgotPasswordException: ['CodeMismatchException', 'ExpiredCodeException', 'ForbiddenException', 'InternalErrorException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidPasswordException', 'LimitExceededException', 'NotAuthorizedException', 'ResourceNotFoundException', 'TooManyFailedAttemptsException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotConfirmedException', 'UserNotFoundException'],
  ConfirmSignUpException: ['AliasExistsException', 'CodeMismatchException', 'ExpiredCodeException', 'ForbiddenException', 'InternalErrorException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'LimitExceededException', 'NotAuthorizedException', 'ResourceNotFoundException', 'TooManyFailedAttemptsException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotFoundException'],
  DeleteUserAttributesException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  DeleteUserException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  ForgetDeviceException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'InvalidUserPoolConfigurationException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  ForgotPasswordException: ['CodeDeliveryFailureException', 'ForbiddenException', 'InternalErrorException', 'InvalidEmailRoleAccessPolicyException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'LimitExceededException', 'NotAuthorizedException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotFoundException'],
  GetUserException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  GetIdException: ['ExternalServiceException', 'InternalErrorException', 'InvalidParameterException', 'LimitExceededException', 'NotAuthorizedException', 'ResourceConflictException', 'ResourceNotFoundException', 'TooManyRequestsException'],
  GetCredentialsForIdentityException: ['ExternalServiceException', 'InternalErrorException', 'InvalidIdentityPoolConfigurationException', 'InvalidParameterException', 'NotAuthorizedException', 'ResourceConflictException', 'ResourceNotFoundException', 'TooManyRequestsException'],
  GetUserAttributeVerificationException: ['CodeDeliveryFailureException', 'ForbiddenException', 'InternalErrorException', 'InvalidEmailRoleAccessPolicyException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'LimitExceededException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotConfirmedException', 'UserNotFoundException'],
  GlobalSignOutException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException'],
  InitiateAuthException: ['PasswordResetRequiredException', 'ForbiddenException', 'InternalErrorException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'InvalidUserPoolConfigurationException', 'NotAuthorizedException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotConfirmedException', 'UserNotFoundException'],
  ResendConfirmationException: ['CodeDeliveryFailureException', 'ForbiddenException', 'InternalErrorException', 'InvalidEmailRoleAccessPolicyException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'LimitExceededException', 'NotAuthorizedException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotFoundException'],
  RespondToAuthChallengeException: ['AliasExistsException', 'CodeMismatchException', 'ExpiredCodeException', 'ForbiddenException', 'InternalErrorException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidPasswordException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'InvalidUserPoolConfigurationException', 'MFAMethodNotFoundException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'SoftwareTokenMFANotFoundException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotConfirmedException', 'UserNotFoundException'],
  SetUserMFAPreferenceException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'UserNotConfirmedException', 'UserNotFoundException'],
  SignUpException: ['CodeDeliveryFailureException', 'InternalErrorException', 'InvalidEmailRoleAccessPolicyException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidPasswordException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'NotAuthorizedException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UsernameExistsException'],
  UpdateUserAttributesException: ['AliasExistsException', 'CodeDeliveryFailureException', 'CodeMismatchException', 'ExpiredCodeException', 'ForbiddenException', 'InternalErrorException', 'InvalidEmailRoleAccessPolicyException', 'InvalidLambdaResponseException', 'InvalidParameterException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UnexpectedLambdaException', 'UserLambdaValidationException', 'UserNotConfirmedException', 'UserNotFoundException'],
  VerifySoftwareTokenException: ['CodeMismatchException', 'EnableSoftwareTokenMFAException', 'ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'InvalidUserPoolConfigurationException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'SoftwareTokenMFANotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  VerifyUserAttributeException: ['AliasExistsException', 'CodeMismatchException', 'ExpiredCodeException', 'ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'LimitExceededException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  UpdateDeviceStatusException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'InvalidUserPoolConfigurationException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  ListDevicesException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'InvalidUserPoolConfigurationException', 'NotAuthorizedException', 'PasswordResetRequiredException', 'ResourceNotFoundException', 'TooManyRequestsException', 'UserNotConfirmedException', 'UserNotFoundException'],
  StartWebAuthnRegistrationException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'LimitExceededException', 'NotAuthorizedException', 'TooManyRequestsException', 'WebAuthnNotEnabledException', 'WebAuthnConfigurationMissingException'],
  CompleteWebAuthnRegistrationException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'LimitExceededException', 'NotAuthorizedException', 'TooManyRequestsException', 'WebAuthnNotEnabledException', 'WebAuthnChallengeNotFoundException', 'WebAuthnRelyingPartyMismatchException', 'WebAuthnClientMismatchException', 'WebAuthnOriginNotAllowedException', 'WebAuthnCredentialNotSupportedException'],
  ListWebAuthnCredentialsException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException'],
  DeleteWebAuthnCredentialException: ['ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'NotAuthorizedException', 'ResourceNotFoundException'],
} as const;

/** The public APIs of `aws-amplify/auth` and the exception enums their `@throws` docs name. */
export const AMPLIFY_API_THROWS = {
  confirmResetPassword: ['ConfirmForgotPasswordException'],
  confirmSignIn: ['AssociateSoftwareTokenException', 'RespondToAuthChallengeException', 'VerifySoftwareTokenException'],
  confirmSignUp: ['ConfirmSignUpException'],
  confirmUserAttribute: ['VerifyUserAttributeException'],
  deleteUser: ['DeleteUserException'],
  deleteUserAttributes: ['DeleteUserAttributesException'],
  fetchDevices: ['ListDevicesException'],
  fetchMFAPreference: ['GetUserException'],
  fetchUserAttributes: ['GetUserException'],
  forgetDevice: ['ForgetDeviceException'],
  getCurrentUser: ['InitiateAuthException'],
  rememberDevice: ['UpdateDeviceStatusException'],
  resendSignUpCode: ['ResendConfirmationException'],
  resetPassword: ['ForgotPasswordException'],
  sendUserAttributeVerificationCode: ['GetUserAttributeVerificationException'],
  setUpTOTP: ['AssociateSoftwareTokenException'],
  signIn: ['InitiateAuthException', 'RespondToAuthChallengeException'],
  signUp: ['SignUpException'],
  updateMFAPreference: ['SetUserMFAPreferenceException'],
  updatePassword: ['ChangePasswordException'],
  updateUserAttribute: ['UpdateUserAttributesException'],
  updateUserAttributes: ['UpdateUserAttributesException'],
  verifyTOTPSetup: ['VerifySoftwareTokenException'],
  associateWebAuthnCredential: ['CompleteWebAuthnRegistrationException', 'StartWebAuthnRegistrationException'],
  deleteWebAuthnCredential: ['DeleteWebAuthnCredentialException'],
  listWebAuthnCredentials: ['ListWebAuthnCredentialsException'],
} as const satisfies Record<string, readonly (keyof typeof AMPLIFY_EXCEPTION_ENUMS)[]>;

/** Every Cognito exception name a per-API enum lists, in the order the enums first name them. */
export const AMPLIFY_SERVICE_EXCEPTIONS = [
  'ConcurrentModificationException',
  'ForbiddenException',
  'InternalErrorException',
  'InvalidParameterException',
  'NotAuthorizedException',
  'ResourceNotFoundException',
  'SoftwareTokenMFANotFoundException',
  'InvalidPasswordException',
  'LimitExceededException',
  'PasswordResetRequiredException',
  'TooManyRequestsException',
  'UserNotConfirmedException',
  'UserNotFoundException',
  'InvalidLambdaResponseException',
  'InvalidUserPoolConfigurationException',
  'UsernameExistsException',
  'CodeMismatchException',
  'ExpiredCodeException',
  'TooManyFailedAttemptsException',
  'UnexpectedLambdaException',
  'UserLambdaValidationException',
  'AliasExistsException',
  'CodeDeliveryFailureException',
  'InvalidEmailRoleAccessPolicyException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'ExternalServiceException',
  'ResourceConflictException',
  'InvalidIdentityPoolConfigurationException',
  'MFAMethodNotFoundException',
  'EnableSoftwareTokenMFAException',
  'WebAuthnNotEnabledException',
  'WebAuthnConfigurationMissingException',
  'WebAuthnChallengeNotFoundException',
  'WebAuthnRelyingPartyMismatchException',
  'WebAuthnClientMismatchException',
  'WebAuthnOriginNotAllowedException',
  'WebAuthnCredentialNotSupportedException',
] as const;

/**
 * The names Amplify gives its own `AuthError`s, declared as string constants of the package
 * (`USER_UNAUTHENTICATED_EXCEPTION`, `SETUP_TOTP_EXCEPTION`, …), in their order.
 */
export const AMPLIFY_SDK_EXCEPTIONS = {
  SETUP_TOTP_EXCEPTION: 'SetUpTOTPException',
  USER_UNAUTHENTICATED_EXCEPTION: 'UserUnAuthenticatedException',
  USER_ALREADY_AUTHENTICATED_EXCEPTION: 'UserAlreadyAuthenticatedException',
  DEVICE_METADATA_NOT_FOUND_EXCEPTION: 'DeviceMetadataNotFoundException',
  AUTO_SIGN_IN_EXCEPTION: 'AutoSignInException',
  INVALID_REDIRECT_EXCEPTION: 'InvalidRedirectException',
  INVALID_APP_SCHEME_EXCEPTION: 'InvalidAppSchemeException',
  INVALID_PREFERRED_REDIRECT_EXCEPTION: 'InvalidPreferredRedirectUrlException',
  INVALID_ORIGIN_EXCEPTION: 'InvalidOriginException',
  OAUTH_SIGNOUT_EXCEPTION: 'OAuthSignOutException',
  TOKEN_REFRESH_EXCEPTION: 'TokenRefreshException',
  UNEXPECTED_SIGN_IN_INTERRUPTION_EXCEPTION: 'UnexpectedSignInInterruptionException',
} as const;

/**
 * `AuthValidationErrorCode` of `@aws-amplify/auth`: key → the `name` of the error. One value is not spelled like its
 * key (`EmptyResendSignUpCodeUsername` is `'EmptyresendSignUpCodeUsername'`), and no call raises it:
 * `resendSignUpCode` asserts with `EmptySignUpUsername` (see {@link AMPLIFY_UNRAISED_VALIDATION_CODES}).
 */
export const AMPLIFY_VALIDATION_CODES = {
  EmptySignInUsername: 'EmptySignInUsername',
  EmptySignInPassword: 'EmptySignInPassword',
  CustomAuthSignInPassword: 'CustomAuthSignInPassword',
  EmptySignUpUsername: 'EmptySignUpUsername',
  EmptySignUpPassword: 'EmptySignUpPassword',
  EmptyConfirmSignUpUsername: 'EmptyConfirmSignUpUsername',
  EmptyConfirmSignUpCode: 'EmptyConfirmSignUpCode',
  EmptyResendSignUpCodeUsername: 'EmptyresendSignUpCodeUsername',
  EmptyChallengeResponse: 'EmptyChallengeResponse',
  EmptyConfirmResetPasswordUsername: 'EmptyConfirmResetPasswordUsername',
  EmptyConfirmResetPasswordNewPassword: 'EmptyConfirmResetPasswordNewPassword',
  EmptyConfirmResetPasswordConfirmationCode: 'EmptyConfirmResetPasswordConfirmationCode',
  EmptyResetPasswordUsername: 'EmptyResetPasswordUsername',
  EmptyVerifyTOTPSetupCode: 'EmptyVerifyTOTPSetupCode',
  EmptyConfirmUserAttributeCode: 'EmptyConfirmUserAttributeCode',
  IncorrectMFAMethod: 'IncorrectMFAMethod',
  EmptyUpdatePassword: 'EmptyUpdatePassword',
  InvalidPreferredChallenge: 'InvalidPreferredChallenge',
} as const;

/** Members of `AuthValidationErrorCode` that no `assertValidationError` call of the package raises. */
export const AMPLIFY_UNRAISED_VALIDATION_CODES = ['EmptyresendSignUpCodeUsername'] as const;

/** `AuthConfigurationErrorCode` of `@aws-amplify/core`: raised when `Amplify.configure` lacks what an Auth call needs. */
export const AMPLIFY_CONFIGURATION_CODES = [
  'AuthTokenConfigException',
  'AuthUserPoolAndIdentityPoolException',
  'AuthUserPoolException',
  'InvalidIdentityPoolIdException',
  'OAuthNotConfigureException',
] as const;

export const AMPLIFY_AUTH_ERROR_CODES = [
  ...AMPLIFY_SERVICE_EXCEPTIONS,
  'SetUpTOTPException',
  'UserUnAuthenticatedException',
  'UserAlreadyAuthenticatedException',
  'DeviceMetadataNotFoundException',
  'AutoSignInException',
  'InvalidRedirectException',
  'InvalidAppSchemeException',
  'InvalidPreferredRedirectUrlException',
  'InvalidOriginException',
  'OAuthSignOutException',
  'TokenRefreshException',
  'UnexpectedSignInInterruptionException',
  'EmptySignInUsername',
  'EmptySignInPassword',
  'CustomAuthSignInPassword',
  'EmptySignUpUsername',
  'EmptySignUpPassword',
  'EmptyConfirmSignUpUsername',
  'EmptyConfirmSignUpCode',
  'EmptyresendSignUpCodeUsername',
  'EmptyChallengeResponse',
  'EmptyConfirmResetPasswordUsername',
  'EmptyConfirmResetPasswordNewPassword',
  'EmptyConfirmResetPasswordConfirmationCode',
  'EmptyResetPasswordUsername',
  'EmptyVerifyTOTPSetupCode',
  'EmptyConfirmUserAttributeCode',
  'IncorrectMFAMethod',
  'EmptyUpdatePassword',
  'InvalidPreferredChallenge',
  ...AMPLIFY_CONFIGURATION_CODES,
] as const;

export type AmplifyAuthErrorCode = (typeof AMPLIFY_AUTH_ERROR_CODES)[number];

/** Amplify's guide to the Auth category (v6, React). */
export const AMPLIFY_AUTH_DOCS_URL = 'https://docs.amplify.aws/react/build-a-backend/auth/';

type ExceptionEnum = keyof typeof AMPLIFY_EXCEPTION_ENUMS;

/** The Cognito operation behind an exception enum, where its name is not the enum's name without `Exception`. */
const OPERATION_OF: Partial<Record<ExceptionEnum, string>> = {
  ResendConfirmationException: 'ResendConfirmationCode',
  GetUserAttributeVerificationException: 'GetUserAttributeVerificationCode',
};

/** Enums of the Cognito identity-pool service (the rest belong to the user-pool service). */
const IDENTITY_POOL_ENUMS: ReadonlySet<ExceptionEnum> = new Set(['GetIdException', 'GetCredentialsForIdentityException']);

const ENUM_NAMES = Object.keys(AMPLIFY_EXCEPTION_ENUMS) as ExceptionEnum[];

/** The Errors section of the Cognito API reference for the first operation whose enum lists the exception. */
function serviceDocsUrl(code: string): string | undefined {
  const first = ENUM_NAMES.find((name) => (AMPLIFY_EXCEPTION_ENUMS[name] as readonly string[]).includes(code));
  if (first === undefined) return undefined;
  const operation = OPERATION_OF[first] ?? first.replace(/Exception$/, '');
  const guide = IDENTITY_POOL_ENUMS.has(first) ? 'cognitoidentity' : 'cognito-user-identity-pools';
  return `https://docs.aws.amazon.com/${guide}/latest/APIReference/API_${operation}.html#API_${operation}_Errors`;
}

/** The public APIs whose `@throws` enums list the exception, in the order of {@link AMPLIFY_API_THROWS}. */
function raisingApis(code: string): string[] {
  return Object.entries(AMPLIFY_API_THROWS)
    .filter(([, enums]) => enums.some((name) => (AMPLIFY_EXCEPTION_ENUMS[name] as readonly string[]).includes(code)))
    .map(([api]) => api);
}

const entries = {
  ConcurrentModificationException: {
    generic: true,
    summary: { en: 'Cognito is already changing the same resource in another request.', ko: 'Cognito가 다른 요청에서 같은 리소스를 이미 변경하고 있습니다.' },
    cause: { en: 'Two calls that modify the user (for example two TOTP set-ups) ran at the same time.', ko: '사용자를 변경하는 호출 두 개(예: TOTP 설정 두 번)가 동시에 실행되었습니다.' },
    fix: { en: 'Wait for the first call to finish and retry once.', ko: '첫 호출이 끝나기를 기다린 뒤 한 번 다시 시도하세요.' },
  },
  ForbiddenException: {
    generic: true,
    summary: { en: 'AWS WAF blocked the request to the user pool.', ko: 'AWS WAF가 사용자 풀로 가는 요청을 차단했습니다.' },
    cause: { en: 'A web ACL attached to the user pool matched the request (rate rule, IP block list, bot control).', ko: '사용자 풀에 연결된 웹 ACL 규칙(속도 제한, IP 차단 목록, 봇 제어)에 요청이 걸렸습니다.' },
    fix: { en: 'Show a neutral error; check the WAF rules of the user pool if real users hit it.', ko: '중립적인 오류를 보여 주고, 실제 사용자가 걸린다면 사용자 풀의 WAF 규칙을 확인하세요.' },
  },
  InternalErrorException: {
    generic: true,
    summary: { en: 'Cognito failed internally.', ko: 'Cognito 내부에서 오류가 났습니다.' },
    cause: { en: 'A problem on the service side, not in the request.', ko: '요청이 아니라 서비스 쪽의 문제입니다.' },
    fix: { en: 'Show a "try again later" message and retry after a pause.', ko: '"잠시 후 다시 시도하라"는 안내를 보여 주고 잠시 뒤 재시도하세요.' },
  },
  InvalidParameterException: {
    generic: true,
    summary: { en: 'A parameter of the request is not valid for Cognito.', ko: '요청의 매개변수가 Cognito 기준으로 올바르지 않습니다.' },
    cause: { en: 'A malformed attribute, an unsupported auth flow for the app client, or a username format the pool does not accept.', ko: '형식이 잘못된 속성, 앱 클라이언트에서 허용하지 않는 인증 흐름, 사용자 풀이 받지 않는 사용자 이름 형식 등입니다.' },
    fix: { en: 'Read `err.message` (it names the parameter) and check the app client\'s allowed auth flows.', ko: '`err.message`(매개변수를 알려 줍니다)를 읽고 앱 클라이언트에 허용된 인증 흐름을 확인하세요.' },
  },
  NotAuthorizedException: {
    generic: true,
    summary: { en: 'Cognito refused the credentials or the token.', ko: 'Cognito가 자격 증명이나 토큰을 거부했습니다.' },
    cause: { en: 'A wrong username or password at sign-in, a disabled user, or an expired or revoked token on later calls.', ko: '로그인 시 틀린 사용자 이름·비밀번호, 비활성화된 사용자, 또는 이후 호출에서 만료·폐기된 토큰입니다.' },
    fix: { en: 'At sign-in show "incorrect username or password"; elsewhere sign the user in again.', ko: '로그인에서는 "사용자 이름 또는 비밀번호가 올바르지 않다"고 알리고, 그 밖의 경우에는 다시 로그인하게 하세요.' },
  },
  ResourceNotFoundException: {
    generic: true,
    summary: { en: 'Cognito cannot find the user pool, app client or resource named in the request.', ko: 'Cognito가 요청에 적힌 사용자 풀·앱 클라이언트·리소스를 찾지 못했습니다.' },
    cause: { en: 'The Amplify configuration points at a deleted pool or client, or at the wrong region.', ko: 'Amplify 설정이 삭제된 풀이나 클라이언트, 또는 다른 리전을 가리킵니다.' },
    fix: { en: 'Check the user pool id, client id and region passed to `Amplify.configure`.', ko: '`Amplify.configure`에 넘긴 사용자 풀 ID·클라이언트 ID·리전을 확인하세요.' },
  },
  SoftwareTokenMFANotFoundException: {
    summary: { en: 'The user has no authenticator app (TOTP) set up.', ko: '사용자에게 설정된 인증 앱(TOTP)이 없습니다.' },
    cause: { en: 'TOTP was verified or chosen before `setUpTOTP` and `verifyTOTPSetup` finished.', ko: '`setUpTOTP`와 `verifyTOTPSetup`을 마치기 전에 TOTP를 인증하거나 선택했습니다.' },
    fix: { en: 'Run the TOTP set-up first, then enable it with `updateMFAPreference`.', ko: '먼저 TOTP 설정을 마친 뒤 `updateMFAPreference`로 켜세요.' },
  },
  InvalidPasswordException: {
    summary: { en: 'The password does not meet the user pool\'s password policy.', ko: '비밀번호가 사용자 풀의 비밀번호 정책을 만족하지 않습니다.' },
    cause: { en: 'Too short, or missing a required kind of character, or reused when the pool forbids it.', ko: '너무 짧거나 필요한 종류의 문자가 없거나, 풀이 금지하는 이전 비밀번호를 다시 썼습니다.' },
    fix: { en: 'Show the policy next to the password field and check it before calling Amplify.', ko: '비밀번호 입력란 옆에 정책을 보여 주고 Amplify를 호출하기 전에 검사하세요.' },
  },
  LimitExceededException: {
    generic: true,
    summary: { en: 'A Cognito limit for this action was reached.', ko: '이 작업에 대한 Cognito 한도에 도달했습니다.' },
    cause: { en: 'Too many code requests or password changes for the same user in a short time.', ko: '짧은 시간에 같은 사용자에 대해 코드 요청이나 비밀번호 변경이 너무 많았습니다.' },
    fix: { en: 'Tell the user to wait a while before trying again.', ko: '잠시 기다렸다가 다시 시도하도록 안내하세요.' },
  },
  PasswordResetRequiredException: {
    summary: { en: 'The user must reset the password before signing in.', ko: '로그인하기 전에 비밀번호를 재설정해야 합니다.' },
    cause: { en: 'An administrator required a reset, or the user was imported without a password.', ko: '관리자가 재설정을 요구했거나, 비밀번호 없이 가져온 사용자입니다.' },
    fix: { en: 'Start `resetPassword` for the user and continue with `confirmResetPassword`.', ko: '사용자에 대해 `resetPassword`를 시작하고 `confirmResetPassword`로 이어 가세요.' },
  },
  TooManyRequestsException: {
    generic: true,
    summary: { en: 'Cognito throttled the request.', ko: 'Cognito가 요청을 제한했습니다.' },
    cause: { en: 'The user pool\'s request quota for this operation was exceeded.', ko: '이 작업에 대한 사용자 풀의 요청 할당량을 넘었습니다.' },
    fix: { en: 'Retry with back-off, and avoid calling Auth APIs in render loops.', ko: '간격을 늘려 가며 재시도하고, 렌더링 루프에서 Auth API를 호출하지 마세요.' },
  },
  UserNotConfirmedException: {
    summary: { en: 'The account exists but is not confirmed yet.', ko: '계정은 있지만 아직 확인되지 않았습니다.' },
    cause: { en: 'The user signed up and never entered the confirmation code.', ko: '가입한 뒤 확인 코드를 입력하지 않았습니다.' },
    fix: { en: 'Send the user to the confirmation step (`resendSignUpCode` if needed, then `confirmSignUp`).', ko: '확인 단계로 보내세요(필요하면 `resendSignUpCode` 뒤 `confirmSignUp`).' },
  },
  UserNotFoundException: {
    summary: { en: 'No user with this username exists in the pool.', ko: '이 사용자 이름을 가진 사용자가 풀에 없습니다.' },
    cause: { en: 'A typo, or a user of another pool; pools that hide user existence answer `NotAuthorizedException` instead.', ko: '오타이거나 다른 풀의 사용자입니다. 사용자 존재를 숨기는 풀은 대신 `NotAuthorizedException`으로 답합니다.' },
    fix: { en: 'Show the same message as for a wrong password, so the form does not reveal which accounts exist.', ko: '어떤 계정이 있는지 드러나지 않도록 틀린 비밀번호와 같은 메시지를 보여 주세요.' },
  },
  InvalidLambdaResponseException: {
    summary: { en: 'A Lambda trigger of the user pool returned a response Cognito cannot use.', ko: '사용자 풀의 Lambda 트리거가 Cognito가 쓸 수 없는 응답을 돌려주었습니다.' },
    cause: { en: 'The trigger did not return the event object, or returned it in the wrong shape.', ko: '트리거가 이벤트 객체를 돌려주지 않았거나 잘못된 형태로 돌려주었습니다.' },
    fix: { en: 'Fix the trigger so it returns the (modified) event; check its CloudWatch logs.', ko: '트리거가 (수정한) 이벤트를 돌려주도록 고치고 CloudWatch 로그를 확인하세요.' },
  },
  InvalidUserPoolConfigurationException: {
    summary: { en: 'The user pool is not set up for this operation.', ko: '사용자 풀이 이 작업을 하도록 설정되어 있지 않습니다.' },
    cause: { en: 'For example device tracking or an MFA method is used while it is off in the pool.', ko: '예를 들어 풀에서 꺼진 기기 추적이나 MFA 방식을 사용했습니다.' },
    fix: { en: 'Turn the feature on in the user pool, or stop calling the API that needs it.', ko: '사용자 풀에서 기능을 켜거나, 그 기능이 필요한 API를 호출하지 마세요.' },
  },
  UsernameExistsException: {
    summary: { en: 'An account with this username already exists.', ko: '이 사용자 이름의 계정이 이미 있습니다.' },
    cause: { en: 'A sign-up used a username (or email used as username) that is taken.', ko: '가입에 이미 쓰이는 사용자 이름(또는 사용자 이름으로 쓰는 이메일)을 사용했습니다.' },
    fix: { en: 'Offer to sign in or reset the password instead.', ko: '대신 로그인하거나 비밀번호를 재설정하도록 제안하세요.' },
  },
  CodeMismatchException: {
    summary: { en: 'The verification code is wrong.', ko: '인증 코드가 틀렸습니다.' },
    cause: { en: 'A mistyped confirmation, reset or MFA code.', ko: '확인·재설정·MFA 코드를 잘못 입력했습니다.' },
    fix: { en: 'Let the user retype the code and offer to send a new one.', ko: '코드를 다시 입력하게 하고 새 코드를 보내는 선택지를 주세요.' },
  },
  ExpiredCodeException: {
    summary: { en: 'The verification code has expired.', ko: '인증 코드가 만료되었습니다.' },
    cause: { en: 'The code was entered after its lifetime, or a newer code replaced it.', ko: '유효 기간이 지난 뒤에 코드를 입력했거나, 더 새 코드가 이를 대체했습니다.' },
    fix: { en: 'Send a new code (`resendSignUpCode`, `resetPassword`, …) and ask for it.', ko: '새 코드를 보내고(`resendSignUpCode`, `resetPassword` 등) 입력받으세요.' },
  },
  TooManyFailedAttemptsException: {
    summary: { en: 'Too many wrong codes were entered.', ko: '틀린 코드를 너무 많이 입력했습니다.' },
    cause: { en: 'Cognito locks the code check after repeated failures.', ko: 'Cognito는 실패가 반복되면 코드 확인을 잠급니다.' },
    fix: { en: 'Tell the user to wait, then request a new code.', ko: '기다린 뒤 새 코드를 요청하도록 안내하세요.' },
  },
  UnexpectedLambdaException: {
    summary: { en: 'A Lambda trigger of the user pool failed.', ko: '사용자 풀의 Lambda 트리거가 실패했습니다.' },
    cause: { en: 'The trigger threw, timed out, or Cognito may not invoke it.', ko: '트리거에서 오류가 났거나 시간이 초과되었거나, Cognito에 호출 권한이 없습니다.' },
    fix: { en: 'Check the trigger\'s CloudWatch logs and its invoke permission.', ko: '트리거의 CloudWatch 로그와 호출 권한을 확인하세요.' },
  },
  UserLambdaValidationException: {
    summary: { en: 'A Lambda trigger of the user pool rejected the request.', ko: '사용자 풀의 Lambda 트리거가 요청을 거부했습니다.' },
    cause: { en: 'A pre-sign-up or pre-authentication trigger threw on purpose; its message is in `err.message`.', ko: '가입 전·인증 전 트리거가 의도적으로 오류를 냈습니다. 메시지는 `err.message`에 있습니다.' },
    fix: { en: 'Show the trigger\'s message (strip Cognito\'s prefix) to the user.', ko: '트리거의 메시지를(Cognito 접두어를 떼고) 사용자에게 보여 주세요.' },
  },
  AliasExistsException: {
    summary: { en: 'Another account already uses this email address or phone number as an alias.', ko: '다른 계정이 이 이메일 주소나 전화번호를 별칭으로 이미 쓰고 있습니다.' },
    cause: { en: 'Confirming or changing an attribute that is a sign-in alias of another user.', ko: '다른 사용자의 로그인 별칭인 속성을 확인하거나 변경하려 했습니다.' },
    fix: { en: 'Ask for another address or number, or to sign in to the other account.', ko: '다른 주소나 번호를 입력받거나, 그 계정으로 로그인하도록 안내하세요.' },
  },
  CodeDeliveryFailureException: {
    summary: { en: 'Cognito could not deliver the verification code.', ko: 'Cognito가 인증 코드를 보내지 못했습니다.' },
    cause: { en: 'The email or SMS provider refused the message (bad address, SES sandbox, SMS spending limit).', ko: '이메일·SMS 제공자가 메시지를 거부했습니다(잘못된 주소, SES 샌드박스, SMS 지출 한도 등).' },
    fix: { en: 'Check the address, and the pool\'s SES and SNS settings and limits.', ko: '주소와 사용자 풀의 SES·SNS 설정 및 한도를 확인하세요.' },
  },
  InvalidEmailRoleAccessPolicyException: {
    summary: { en: 'Cognito may not send email with the configured identity.', ko: 'Cognito가 설정된 ID로 이메일을 보낼 권한이 없습니다.' },
    cause: { en: 'The SES identity or its policy does not allow Cognito to send from it.', ko: 'SES ID나 그 정책이 Cognito의 발송을 허용하지 않습니다.' },
    fix: { en: 'Fix the SES sending authorization for the user pool.', ko: '사용자 풀에 대한 SES 발송 권한을 바로잡으세요.' },
  },
  InvalidSmsRoleAccessPolicyException: {
    summary: { en: 'The SMS role of the user pool may not publish messages.', ko: '사용자 풀의 SMS 역할에 메시지 발송 권한이 없습니다.' },
    cause: { en: 'The IAM role Cognito uses for SMS lacks `sns:Publish`.', ko: 'Cognito가 SMS에 쓰는 IAM 역할에 `sns:Publish` 권한이 없습니다.' },
    fix: { en: 'Give the role permission to publish through SNS.', ko: '역할에 SNS 발송 권한을 주세요.' },
  },
  InvalidSmsRoleTrustRelationshipException: {
    summary: { en: 'Cognito cannot assume the SMS role of the user pool.', ko: 'Cognito가 사용자 풀의 SMS 역할을 맡을 수 없습니다.' },
    cause: { en: 'The role\'s trust policy does not name `cognito-idp.amazonaws.com` or the right external id.', ko: '역할의 신뢰 정책에 `cognito-idp.amazonaws.com`이나 올바른 외부 ID가 없습니다.' },
    fix: { en: 'Fix the trust relationship of the SMS role.', ko: 'SMS 역할의 신뢰 관계를 고치세요.' },
  },
  ExternalServiceException: {
    summary: { en: 'The external identity provider behind the identity pool failed.', ko: '자격 증명 풀 뒤의 외부 ID 제공자가 실패했습니다.' },
    cause: { en: 'A social or OIDC provider did not answer Cognito Identity properly while exchanging the token.', ko: '토큰을 교환하는 동안 소셜·OIDC 제공자가 Cognito Identity에 제대로 응답하지 않았습니다.' },
    fix: { en: 'Retry later; check the provider\'s status and configuration.', ko: '나중에 다시 시도하고, 제공자의 상태와 설정을 확인하세요.' },
  },
  ResourceConflictException: {
    generic: true,
    summary: { en: 'The identity is already linked in a way that conflicts with the request.', ko: 'ID가 요청과 충돌하는 방식으로 이미 연결되어 있습니다.' },
    cause: { en: 'A login is already linked to another identity of the identity pool.', ko: '로그인이 자격 증명 풀의 다른 ID에 이미 연결되어 있습니다.' },
    fix: { en: 'Clear the cached identity id (sign out) and request credentials again.', ko: '캐시된 ID를 지우고(로그아웃) 자격 증명을 다시 요청하세요.' },
  },
  InvalidIdentityPoolConfigurationException: {
    summary: { en: 'The identity pool\'s roles are not set up correctly.', ko: '자격 증명 풀의 역할이 올바르게 설정되지 않았습니다.' },
    cause: { en: 'A missing authenticated or guest role, or a role whose trust policy does not name the pool.', ko: '인증·게스트 역할이 없거나, 역할의 신뢰 정책에 이 풀이 없습니다.' },
    fix: { en: 'Fix the roles and trust policies of the identity pool.', ko: '자격 증명 풀의 역할과 신뢰 정책을 고치세요.' },
  },
  MFAMethodNotFoundException: {
    summary: { en: 'The user has no MFA method that could be used.', ko: '사용자에게 쓸 수 있는 MFA 방식이 없습니다.' },
    cause: { en: 'MFA is required but the user has neither a verified phone nor TOTP.', ko: 'MFA가 필수인데 사용자에게 인증된 전화번호도 TOTP도 없습니다.' },
    fix: { en: 'Guide the user through setting up an MFA method.', ko: '사용자가 MFA 방식을 설정하도록 안내하세요.' },
  },
  EnableSoftwareTokenMFAException: {
    summary: { en: 'The authenticator app code did not verify, so TOTP was not enabled.', ko: '인증 앱 코드가 확인되지 않아 TOTP가 켜지지 않았습니다.' },
    cause: { en: 'A wrong or expired TOTP code during `verifyTOTPSetup`.', ko: '`verifyTOTPSetup`에서 틀렸거나 만료된 TOTP 코드를 입력했습니다.' },
    fix: { en: 'Ask for a fresh code from the authenticator app.', ko: '인증 앱에서 새 코드를 입력받으세요.' },
  },
  WebAuthnNotEnabledException: {
    summary: { en: 'Passkeys are not enabled for the user pool.', ko: '사용자 풀에서 패스키가 켜져 있지 않습니다.' },
    cause: { en: 'A passkey was registered or listed while the pool does not allow WebAuthn.', ko: '풀에서 WebAuthn을 허용하지 않는데 패스키를 등록하거나 조회했습니다.' },
    fix: { en: 'Enable passkey sign-in in the user pool, or hide the option.', ko: '사용자 풀에서 패스키 로그인을 켜거나 선택지를 숨기세요.' },
  },
  WebAuthnConfigurationMissingException: {
    summary: { en: 'The user pool lacks its passkey settings.', ko: '사용자 풀에 패스키 설정이 없습니다.' },
    cause: { en: 'WebAuthn is on but the relying party id is not configured.', ko: 'WebAuthn은 켜져 있지만 신뢰 당사자 ID가 설정되지 않았습니다.' },
    fix: { en: 'Set the relying party id in the pool\'s passkey configuration.', ko: '풀의 패스키 설정에서 신뢰 당사자 ID를 지정하세요.' },
  },
  WebAuthnChallengeNotFoundException: {
    summary: { en: 'The passkey registration challenge is gone.', ko: '패스키 등록 챌린지가 사라졌습니다.' },
    cause: { en: 'The registration was completed too late or twice.', ko: '등록을 너무 늦게 또는 두 번 완료하려 했습니다.' },
    fix: { en: 'Start `associateWebAuthnCredential` again.', ko: '`associateWebAuthnCredential`을 다시 시작하세요.' },
  },
  WebAuthnRelyingPartyMismatchException: {
    summary: { en: 'The passkey was made for another relying party.', ko: '패스키가 다른 신뢰 당사자용으로 만들어졌습니다.' },
    cause: { en: 'The relying party id of the credential does not match the user pool\'s.', ko: '자격 증명의 신뢰 당사자 ID가 사용자 풀의 것과 맞지 않습니다.' },
    fix: { en: 'Align the pool\'s relying party id with the app\'s domain.', ko: '풀의 신뢰 당사자 ID를 앱의 도메인과 맞추세요.' },
  },
  WebAuthnClientMismatchException: {
    summary: { en: 'The passkey registration came from another app client.', ko: '패스키 등록이 다른 앱 클라이언트에서 왔습니다.' },
    cause: { en: 'Registration started and completed with different app clients.', ko: '등록을 시작한 앱 클라이언트와 완료한 앱 클라이언트가 다릅니다.' },
    fix: { en: 'Use one app client for the whole registration.', ko: '등록 전체에 하나의 앱 클라이언트를 쓰세요.' },
  },
  WebAuthnOriginNotAllowedException: {
    summary: { en: 'The page\'s origin may not register passkeys for the user pool.', ko: '이 페이지의 출처는 사용자 풀의 패스키를 등록할 수 없습니다.' },
    cause: { en: 'The origin of the browser page is not covered by the relying party id.', ko: '브라우저 페이지의 출처가 신뢰 당사자 ID에 포함되지 않습니다.' },
    fix: { en: 'Serve the app from the configured domain, or change the relying party id.', ko: '설정된 도메인에서 앱을 제공하거나 신뢰 당사자 ID를 바꾸세요.' },
  },
  WebAuthnCredentialNotSupportedException: {
    summary: { en: 'The authenticator made a passkey Cognito does not accept.', ko: '인증기가 Cognito가 받지 않는 패스키를 만들었습니다.' },
    cause: { en: 'An unsupported algorithm or attestation from the authenticator.', ko: '인증기가 지원되지 않는 알고리즘이나 증명 방식을 썼습니다.' },
    fix: { en: 'Ask the user to try another authenticator.', ko: '다른 인증기를 써 보도록 안내하세요.' },
  },
  SetUpTOTPException: {
    summary: { en: 'Amplify could not start the authenticator app set-up.', ko: 'Amplify가 인증 앱 설정을 시작하지 못했습니다.' },
    cause: { en: 'Cognito returned no secret for the TOTP set-up during sign-in.', ko: '로그인 중 TOTP 설정에 필요한 비밀 값을 Cognito가 돌려주지 않았습니다.' },
    fix: { en: 'Restart the sign-in; check that TOTP MFA is enabled in the pool.', ko: '로그인을 다시 시작하고, 풀에서 TOTP MFA가 켜져 있는지 확인하세요.' },
  },
  UserUnAuthenticatedException: {
    summary: { en: 'No user is signed in.', ko: '로그인한 사용자가 없습니다.' },
    cause: { en: 'An API that needs a session (`getCurrentUser`, `fetchUserAttributes`, …) ran without valid tokens.', ko: '세션이 필요한 API(`getCurrentUser`, `fetchUserAttributes` 등)를 유효한 토큰 없이 호출했습니다.' },
    fix: { en: 'Treat it as "signed out": show the sign-in page instead of an error.', ko: '"로그아웃 상태"로 처리해 오류 대신 로그인 페이지를 보여 주세요.' },
  },
  UserAlreadyAuthenticatedException: {
    summary: { en: 'A user is already signed in.', ko: '이미 로그인한 사용자가 있습니다.' },
    cause: { en: '`signIn` or `signInWithRedirect` ran while a session exists.', ko: '세션이 있는데 `signIn`이나 `signInWithRedirect`를 호출했습니다.' },
    fix: { en: 'Check `getCurrentUser` first, or call `signOut` before signing in as someone else.', ko: '먼저 `getCurrentUser`로 확인하거나, 다른 사용자로 로그인하기 전에 `signOut`을 호출하세요.' },
  },
  DeviceMetadataNotFoundException: {
    summary: { en: 'Amplify has no remembered-device data for this user.', ko: 'Amplify에 이 사용자의 기억된 기기 정보가 없습니다.' },
    cause: { en: '`rememberDevice` or `forgetDevice` ran on a device that was never tracked.', ko: '추적된 적 없는 기기에서 `rememberDevice`나 `forgetDevice`를 호출했습니다.' },
    fix: { en: 'Enable device tracking in the pool and sign in again before remembering the device.', ko: '풀에서 기기 추적을 켜고, 기기를 기억하기 전에 다시 로그인하세요.' },
  },
  AutoSignInException: {
    summary: { en: 'Automatic sign-in after sign-up is not possible.', ko: '가입 뒤 자동 로그인을 할 수 없습니다.' },
    cause: { en: '`autoSignIn` ran without a sign-up that asked for it, or after the flow expired.', ko: '자동 로그인을 요청한 가입 없이, 또는 흐름이 만료된 뒤에 `autoSignIn`을 호출했습니다.' },
    fix: { en: 'Pass `autoSignIn: true` in `signUp` options, or send the user to the sign-in form.', ko: '`signUp` 옵션에 `autoSignIn: true`를 넘기거나, 사용자를 로그인 폼으로 보내세요.' },
  },
  InvalidRedirectException: {
    summary: { en: 'The OAuth redirect URLs of the configuration do not fit this app.', ko: '설정의 OAuth 리디렉션 URL이 이 앱과 맞지 않습니다.' },
    cause: { en: 'None of the configured sign-in or sign-out redirect URLs matches the current origin.', ko: '설정된 로그인·로그아웃 리디렉션 URL 중 현재 출처와 맞는 것이 없습니다.' },
    fix: { en: 'Add the app\'s origin to `redirectSignIn` / `redirectSignOut` and to the app client.', ko: '앱의 출처를 `redirectSignIn`·`redirectSignOut`과 앱 클라이언트에 추가하세요.' },
  },
  InvalidAppSchemeException: {
    summary: { en: 'The redirect URL has no app scheme Amplify can use.', ko: '리디렉션 URL에 Amplify가 쓸 수 있는 앱 스킴이 없습니다.' },
    cause: { en: 'A native app configured an OAuth redirect without a custom scheme (`myapp://`).', ko: '네이티브 앱이 사용자 지정 스킴(`myapp://`) 없이 OAuth 리디렉션을 설정했습니다.' },
    fix: { en: 'Configure a redirect URL with the app\'s custom scheme.', ko: '앱의 사용자 지정 스킴으로 리디렉션 URL을 설정하세요.' },
  },
  InvalidPreferredRedirectUrlException: {
    summary: { en: 'The preferred redirect URL is not one of the configured ones.', ko: '선호 리디렉션 URL이 설정된 URL 중 하나가 아닙니다.' },
    cause: { en: 'The `redirectUrl` passed to the OAuth call is not listed in the configuration.', ko: 'OAuth 호출에 넘긴 `redirectUrl`이 설정 목록에 없습니다.' },
    fix: { en: 'Pass one of the configured redirect URLs, or add it to the configuration.', ko: '설정된 리디렉션 URL 중 하나를 넘기거나 설정에 추가하세요.' },
  },
  InvalidOriginException: {
    summary: { en: 'The page\'s origin is not allowed by the OAuth configuration.', ko: '페이지의 출처가 OAuth 설정에서 허용되지 않습니다.' },
    cause: { en: 'The redirect URLs use another origin than the page starting the OAuth flow.', ko: '리디렉션 URL이 OAuth 흐름을 시작한 페이지와 다른 출처를 씁니다.' },
    fix: { en: 'Use redirect URLs on the same origin as the app.', ko: '앱과 같은 출처의 리디렉션 URL을 쓰세요.' },
  },
  OAuthSignOutException: {
    summary: { en: 'The hosted UI sign-out did not complete.', ko: '호스팅 UI 로그아웃이 완료되지 않았습니다.' },
    cause: { en: 'The user closed the sign-out window, or the redirect back failed.', ko: '사용자가 로그아웃 창을 닫았거나 돌아오는 리디렉션이 실패했습니다.' },
    fix: { en: 'Call `signOut` again; local tokens are already cleared.', ko: '`signOut`을 다시 호출하세요. 로컬 토큰은 이미 지워졌습니다.' },
  },
  TokenRefreshException: {
    summary: { en: 'The session tokens could not be refreshed.', ko: '세션 토큰을 갱신하지 못했습니다.' },
    cause: { en: 'The refresh token expired or was revoked (global sign-out, password change).', ko: '리프레시 토큰이 만료되었거나 폐기되었습니다(전체 로그아웃, 비밀번호 변경 등).' },
    fix: { en: 'Sign the user in again.', ko: '다시 로그인하게 하세요.' },
  },
  UnexpectedSignInInterruptionException: {
    summary: { en: 'Sign-in succeeded but Amplify could not load the user afterwards.', ko: '로그인은 성공했지만 Amplify가 이후 사용자 정보를 불러오지 못했습니다.' },
    cause: { en: 'The tokens disappeared between sign-in and the signed-in event (storage cleared, another tab signed out).', ko: '로그인과 로그인 이벤트 사이에 토큰이 사라졌습니다(저장소 삭제, 다른 탭의 로그아웃 등).' },
    fix: { en: 'Ask the user to sign in again and check the token storage.', ko: '다시 로그인하게 하고 토큰 저장소를 확인하세요.' },
  },
  EmptySignInUsername: {
    summary: { en: '`signIn` was called without a username.', ko: '사용자 이름 없이 `signIn`을 호출했습니다.' },
    cause: { en: 'The form submitted an empty username field.', ko: '폼이 빈 사용자 이름 입력란을 제출했습니다.' },
    fix: { en: 'Require the field in the form before calling Amplify.', ko: 'Amplify를 호출하기 전에 폼에서 입력란을 필수로 하세요.' },
  },
  EmptySignInPassword: {
    summary: { en: '`signIn` was called without a password.', ko: '비밀번호 없이 `signIn`을 호출했습니다.' },
    cause: { en: 'The password field was empty for a password flow.', ko: '비밀번호 흐름인데 비밀번호 입력란이 비어 있었습니다.' },
    fix: { en: 'Require the password in the form.', ko: '폼에서 비밀번호를 필수로 하세요.' },
  },
  CustomAuthSignInPassword: {
    summary: { en: 'A password was passed to the custom auth flow without SRP.', ko: 'SRP 없는 사용자 지정 인증 흐름에 비밀번호를 넘겼습니다.' },
    cause: { en: '`signIn` with `authFlowType: \'CUSTOM_WITHOUT_SRP\'` does not take a password.', ko: '`authFlowType: \'CUSTOM_WITHOUT_SRP\'`인 `signIn`은 비밀번호를 받지 않습니다.' },
    fix: { en: 'Drop the password, or use `CUSTOM_WITH_SRP`.', ko: '비밀번호를 빼거나 `CUSTOM_WITH_SRP`를 쓰세요.' },
  },
  EmptySignUpUsername: {
    summary: { en: '`signUp` was called without a username.', ko: '사용자 이름 없이 `signUp`을 호출했습니다.' },
    cause: { en: 'The sign-up form submitted an empty username or email.', ko: '가입 폼이 빈 사용자 이름이나 이메일을 제출했습니다.' },
    fix: { en: 'Require the field in the form.', ko: '폼에서 입력란을 필수로 하세요.' },
  },
  EmptySignUpPassword: {
    summary: { en: '`signUp` was called without a password.', ko: '비밀번호 없이 `signUp`을 호출했습니다.' },
    cause: { en: 'The password field of the sign-up form was empty.', ko: '가입 폼의 비밀번호 입력란이 비어 있었습니다.' },
    fix: { en: 'Require the password in the form.', ko: '폼에서 비밀번호를 필수로 하세요.' },
  },
  EmptyConfirmSignUpUsername: {
    summary: { en: '`confirmSignUp` was called without a username.', ko: '사용자 이름 없이 `confirmSignUp`을 호출했습니다.' },
    cause: { en: 'The username from the sign-up step was lost (page reload, new tab).', ko: '가입 단계의 사용자 이름이 사라졌습니다(새로 고침, 새 탭 등).' },
    fix: { en: 'Keep the username between the steps, or ask for it again.', ko: '단계 사이에 사용자 이름을 보관하거나 다시 입력받으세요.' },
  },
  EmptyConfirmSignUpCode: {
    summary: { en: '`confirmSignUp` was called without a code.', ko: '코드 없이 `confirmSignUp`을 호출했습니다.' },
    cause: { en: 'The confirmation code field was empty.', ko: '확인 코드 입력란이 비어 있었습니다.' },
    fix: { en: 'Require the code in the form.', ko: '폼에서 코드를 필수로 하세요.' },
  },
  EmptyresendSignUpCodeUsername: {
    emitted: false,
    replacedBy: 'EmptySignUpUsername',
    summary: { en: 'A validation name for `resendSignUpCode` without a username that Amplify declares but never raises.', ko: 'Amplify가 선언만 하고 실제로는 내지 않는, 사용자 이름 없는 `resendSignUpCode`용 검증 이름입니다.' },
    cause: { en: '`resendSignUpCode` checks the username with `EmptySignUpUsername`; this value (spelled with a lower-case r) only has a message in the package.', ko: '`resendSignUpCode`는 사용자 이름을 `EmptySignUpUsername`으로 검사합니다. 이 값(r이 소문자)은 패키지에 메시지만 있습니다.' },
    fix: { en: 'Compare with `EmptySignUpUsername` after `resendSignUpCode`, and keep the username of the pending sign-up between the steps.', ko: '`resendSignUpCode` 뒤에는 `EmptySignUpUsername`과 비교하고, 대기 중인 가입의 사용자 이름을 단계 사이에 보관하세요.' },
  },
  EmptyChallengeResponse: {
    summary: { en: '`confirmSignIn` was called without a challenge response.', ko: '챌린지 응답 없이 `confirmSignIn`을 호출했습니다.' },
    cause: { en: 'The MFA code, new password or other answer to the sign-in step was empty.', ko: '로그인 단계에 대한 MFA 코드·새 비밀번호 등의 응답이 비어 있었습니다.' },
    fix: { en: 'Require the answer in the form of the current `nextStep`.', ko: '현재 `nextStep` 폼에서 응답을 필수로 하세요.' },
  },
  EmptyConfirmResetPasswordUsername: {
    summary: { en: '`confirmResetPassword` was called without a username.', ko: '사용자 이름 없이 `confirmResetPassword`를 호출했습니다.' },
    cause: { en: 'The username from `resetPassword` was not kept for the second step.', ko: '`resetPassword`의 사용자 이름을 두 번째 단계까지 보관하지 않았습니다.' },
    fix: { en: 'Keep the username between the two steps.', ko: '두 단계 사이에 사용자 이름을 보관하세요.' },
  },
  EmptyConfirmResetPasswordNewPassword: {
    summary: { en: '`confirmResetPassword` was called without a new password.', ko: '새 비밀번호 없이 `confirmResetPassword`를 호출했습니다.' },
    cause: { en: 'The new password field was empty.', ko: '새 비밀번호 입력란이 비어 있었습니다.' },
    fix: { en: 'Require the new password in the form.', ko: '폼에서 새 비밀번호를 필수로 하세요.' },
  },
  EmptyConfirmResetPasswordConfirmationCode: {
    summary: { en: '`confirmResetPassword` was called without the emailed code.', ko: '메일로 받은 코드 없이 `confirmResetPassword`를 호출했습니다.' },
    cause: { en: 'The confirmation code field was empty.', ko: '확인 코드 입력란이 비어 있었습니다.' },
    fix: { en: 'Require the code in the form.', ko: '폼에서 코드를 필수로 하세요.' },
  },
  EmptyResetPasswordUsername: {
    summary: { en: '`resetPassword` was called without a username.', ko: '사용자 이름 없이 `resetPassword`를 호출했습니다.' },
    cause: { en: 'The "forgot password" form submitted an empty field.', ko: '"비밀번호 찾기" 폼이 빈 입력란을 제출했습니다.' },
    fix: { en: 'Require the field in the form.', ko: '폼에서 입력란을 필수로 하세요.' },
  },
  EmptyVerifyTOTPSetupCode: {
    summary: { en: '`verifyTOTPSetup` was called without a code.', ko: '코드 없이 `verifyTOTPSetup`을 호출했습니다.' },
    cause: { en: 'The authenticator app code field was empty.', ko: '인증 앱 코드 입력란이 비어 있었습니다.' },
    fix: { en: 'Require the code in the form.', ko: '폼에서 코드를 필수로 하세요.' },
  },
  EmptyConfirmUserAttributeCode: {
    summary: { en: '`confirmUserAttribute` was called without a code.', ko: '코드 없이 `confirmUserAttribute`를 호출했습니다.' },
    cause: { en: 'The verification code for the changed attribute was empty.', ko: '변경한 속성의 인증 코드가 비어 있었습니다.' },
    fix: { en: 'Require the code in the form.', ko: '폼에서 코드를 필수로 하세요.' },
  },
  IncorrectMFAMethod: {
    summary: { en: 'The chosen MFA method is not one Amplify accepts here.', ko: '선택한 MFA 방식은 여기서 Amplify가 받지 않는 값입니다.' },
    cause: { en: 'The answer to a "select MFA type" step was not `SMS`, `TOTP` or `EMAIL`.', ko: '"MFA 종류 선택" 단계의 응답이 `SMS`, `TOTP`, `EMAIL` 중 하나가 아니었습니다.' },
    fix: { en: 'Offer only the methods listed in `nextStep.allowedMFATypes`.', ko: '`nextStep.allowedMFATypes`에 있는 방식만 제시하세요.' },
  },
  EmptyUpdatePassword: {
    summary: { en: '`updatePassword` was called without the old or the new password.', ko: '이전 또는 새 비밀번호 없이 `updatePassword`를 호출했습니다.' },
    cause: { en: 'One of the two password fields was empty.', ko: '두 비밀번호 입력란 중 하나가 비어 있었습니다.' },
    fix: { en: 'Require both fields in the form.', ko: '폼에서 두 입력란을 모두 필수로 하세요.' },
  },
  InvalidPreferredChallenge: {
    summary: { en: 'The preferred first-factor challenge cannot be used.', ko: '선호하는 1단계 챌린지를 쓸 수 없습니다.' },
    cause: { en: 'A `preferredChallenge` was passed with a flow or in a form that does not allow it (for example a password challenge without a password).', ko: '허용하지 않는 흐름이나 형태로 `preferredChallenge`를 넘겼습니다(예: 비밀번호 없이 비밀번호 챌린지).' },
    fix: { en: 'Pass `preferredChallenge` only with `USER_AUTH` and give what that challenge needs.', ko: '`preferredChallenge`는 `USER_AUTH`와 함께만 넘기고 그 챌린지에 필요한 값을 주세요.' },
  },
  AuthTokenConfigException: {
    summary: { en: 'Amplify is not configured with a user pool for token operations.', ko: '토큰 작업에 필요한 사용자 풀이 Amplify 설정에 없습니다.' },
    cause: { en: '`Amplify.configure` ran without Auth settings, or after the Auth call, or not at all on this side (server vs. client).', ko: '`Amplify.configure`를 Auth 설정 없이 호출했거나, Auth 호출보다 늦게 또는 이쪽(서버·클라이언트)에서는 아예 호출하지 않았습니다.' },
    fix: { en: 'Call `Amplify.configure(outputs)` once, before any Auth API, on every side that uses Auth.', ko: 'Auth를 쓰는 모든 쪽에서 Auth API보다 먼저 `Amplify.configure(outputs)`를 한 번 호출하세요.' },
  },
  AuthUserPoolAndIdentityPoolException: {
    summary: { en: 'The configuration has neither a user pool nor an identity pool.', ko: '설정에 사용자 풀도 자격 증명 풀도 없습니다.' },
    cause: { en: 'An Auth call needs at least one of them, and the Auth section is empty or missing.', ko: 'Auth 호출에는 둘 중 하나가 필요한데 Auth 설정이 비었거나 없습니다.' },
    fix: { en: 'Configure Amplify with the generated outputs that contain the Auth resources.', ko: 'Auth 리소스가 담긴 생성된 출력 파일로 Amplify를 설정하세요.' },
  },
  AuthUserPoolException: {
    summary: { en: 'The configuration has no user pool.', ko: '설정에 사용자 풀이 없습니다.' },
    cause: { en: 'A user-pool API ran without `userPoolId` and `userPoolClientId` in the Auth configuration.', ko: 'Auth 설정에 `userPoolId`와 `userPoolClientId` 없이 사용자 풀 API를 호출했습니다.' },
    fix: { en: 'Add the user pool settings to `Amplify.configure`.', ko: '`Amplify.configure`에 사용자 풀 설정을 추가하세요.' },
  },
  InvalidIdentityPoolIdException: {
    summary: { en: 'The identity pool id is missing or malformed.', ko: '자격 증명 풀 ID가 없거나 형식이 잘못되었습니다.' },
    cause: { en: 'AWS credentials were requested with an `identityPoolId` that is not `region:uuid`.', ko: '`region:uuid` 형식이 아닌 `identityPoolId`로 AWS 자격 증명을 요청했습니다.' },
    fix: { en: 'Configure the identity pool id exactly as the console shows it.', ko: '콘솔에 표시된 그대로 자격 증명 풀 ID를 설정하세요.' },
  },
  OAuthNotConfigureException: {
    summary: { en: 'OAuth is not configured for the user pool in Amplify.', ko: 'Amplify에 사용자 풀의 OAuth가 설정되어 있지 않습니다.' },
    cause: { en: '`signInWithRedirect` ran without `loginWith.oauth` (domain, scopes, redirect URLs) in the configuration.', ko: '설정에 `loginWith.oauth`(도메인, 범위, 리디렉션 URL) 없이 `signInWithRedirect`를 호출했습니다.' },
    fix: { en: 'Add the hosted UI domain, scopes and redirect URLs to the Auth configuration.', ko: 'Auth 설정에 호스팅 UI 도메인·범위·리디렉션 URL을 추가하세요.' },
  },
} satisfies Record<AmplifyAuthErrorCode, EntryData>;

const CONSTANT_OF = new Map<string, string>([
  ...Object.entries(AMPLIFY_SDK_EXCEPTIONS).map(([key, code]): [string, string] => [code, key]),
  ...Object.entries(AMPLIFY_VALIDATION_CODES).map(([key, code]): [string, string] => [code, `AuthValidationErrorCode.${key}`]),
  ...AMPLIFY_CONFIGURATION_CODES.map((code): [string, string] => [code, `AuthConfigurationErrorCode.${code}`]),
]);

function withPackageFacts(code: AmplifyAuthErrorCode): EntryData {
  const data: EntryData = entries[code];
  const raisedBy = raisingApis(code);
  const constant = CONSTANT_OF.get(code);
  const docsUrl = serviceDocsUrl(code);
  return {
    ...data,
    ...(raisedBy.length > 0 ? { raisedBy } : {}),
    ...(constant === undefined ? {} : { constants: [constant] }),
    ...(docsUrl === undefined ? {} : { docsUrl }),
  };
}

export const amplifyAuthFamily: FamilyDefinition = defineFamily(
  {
    id: 'amplify-auth',
    title: { en: 'Amplify Auth (Cognito) error names', ko: 'Amplify Auth(Cognito) 오류 이름' },
    description: {
      en: 'The `name` of an `AuthError` from `aws-amplify/auth` v6: the Cognito exceptions of the package\'s per-API enums (`InitiateAuthException`, `SignUpException`, …), the names Amplify gives its own errors, `AuthValidationErrorCode` and `AuthConfigurationErrorCode`.',
      ko: '`aws-amplify/auth` v6의 `AuthError`가 가진 `name` 값입니다. 패키지의 API별 열거형(`InitiateAuthException`, `SignUpException` 등)에 있는 Cognito 예외, Amplify가 자체 오류에 붙이는 이름, `AuthValidationErrorCode`와 `AuthConfigurationErrorCode`로 이루어집니다.',
    },
    discriminantHints: ['name'],
    // `NotAuthorizedException`, `ResourceNotFoundException` are names of every AWS SDK: only a file that uses Amplify
    // (an import from `aws-amplify` or any `@aws-amplify/` package) or its validation enum is read with this family.
    evidence: {
      discriminants: [],
      markers: [/\bAuthValidationErrorCode\b/, /\bAuthConfigurationErrorCode\b/],
      modules: ['aws-amplify', '@aws-amplify'],
    },
  },
  AMPLIFY_AUTH_ERROR_CODES,
  Object.fromEntries(AMPLIFY_AUTH_ERROR_CODES.map((code) => [code, withPackageFacts(code)])) as Record<AmplifyAuthErrorCode, EntryData>,
  { docsUrl: () => AMPLIFY_AUTH_DOCS_URL },
);
