'use client';

import { useState } from 'react';

import type { ApiError } from '../../lib/api-errors';

export function LoginForm() {
  const [error, setError] = useState<string | null>(null);

  function describe(apiError: ApiError): string {
    switch (apiError.errorCode) {
      case 'UNAUTHORIZED':
        window.location.href = '/login';
        return 'Please sign in.';
      case 'USER_ALREADY_EXISTS':
        return 'That account already exists.';
      case 'PASSWORD_TOO_SHORT':
        return 'Use at least 8 characters.';
      case 'VALIDATION_ERROR':
        return apiError.detail?.map((d) => d.reason).join(', ') ?? 'Check the form.';
      case 'RATE_LIMIT_EXCEEDED':
        return 'Too many requests. Try again later.';
      default:
        return apiError.message;
    }
  }

  async function onSubmit(form: FormData) {
    const response = await fetch('/api/login', { method: 'POST', body: form });
    if (!response.ok) {
      setError(describe((await response.json()) as ApiError));
    }
  }

  return (
    <form action={onSubmit}>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
