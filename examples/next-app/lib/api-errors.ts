/** The error body the BaaS API answers with when a request fails. */
export interface ApiError {
  result: 'FAIL';
  errorCode: string;
  message: string;
  detail?: { field: string; reason: string }[];
}

/** Texts shown to the user, by error code. */
export const friendlyMessages: Record<string, string> = {
  INVALID_USER: 'Check your email and password.',
  // The API sends USER_ALREADY_EXISTS: this misspelled key is never looked up (auth-errors/no-unknown-error-code).
  USER_ALREADY_EXIST: 'This email is already registered. Sign in instead.',
  TOKEN_EXPIRED: 'Your session has ended. Please sign in again.',
  RATE_LIMIT_EXCEEDED: 'Too many attempts. Wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again shortly.',
};
