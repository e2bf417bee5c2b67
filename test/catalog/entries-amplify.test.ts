/**
 * Checks the Amplify Auth family's own data (bilingual texts, links, flags) and how the catalog treats it: evidence
 * from the file, and near misses that stay inside the PascalCase names of Cognito and Amplify.
 */
import { describe, expect, it } from 'vitest';

import { defaultCatalog, evidentFamilies } from '../../src/catalog';
import { amplifyAuthFamily } from '../../src/catalog/amplify-auth';

import { checkLocalized } from './localized';

describe('family amplify-auth', () => {
  it('writes title, description, summary, cause and fix in English and Korean, each different', () => {
    checkLocalized('amplify-auth.title', amplifyAuthFamily.title);
    checkLocalized('amplify-auth.description', amplifyAuthFamily.description);
    for (const entry of amplifyAuthFamily.entries) {
      checkLocalized(`${entry.code}.summary`, entry.summary);
      checkLocalized(`${entry.code}.cause`, entry.cause);
      checkLocalized(`${entry.code}.fix`, entry.fix);
      expect(entry.cause.en, entry.code).not.toBe(entry.summary.en);
      expect(entry.fix.en, entry.code).not.toBe(entry.cause.en);
    }
  });

  it('writes every code in PascalCase and links it to the Cognito API reference or the Amplify docs', () => {
    for (const entry of amplifyAuthFamily.entries) {
      expect(entry.code).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      const url = new URL(entry.docsUrl ?? '');
      expect(url.protocol, entry.code).toBe('https:');
      expect(['docs.aws.amazon.com', 'docs.amplify.aws'], entry.code).toContain(url.hostname);
      if (url.hostname === 'docs.aws.amazon.com') expect(url.hash, entry.code).toMatch(/^#API_\w+_Errors$/);
    }
  });

  it('names the raising calls as public functions of aws-amplify/auth', () => {
    const byCode = new Map(amplifyAuthFamily.entries.map((entry) => [entry.code, entry]));
    expect(byCode.get('UserNotConfirmedException')?.raisedBy).toContain('signIn');
    expect(byCode.get('UsernameExistsException')?.raisedBy).toEqual(['signUp']);
    expect(byCode.get('WebAuthnNotEnabledException')?.raisedBy).toEqual(['associateWebAuthnCredential']);
    for (const entry of amplifyAuthFamily.entries) {
      for (const call of entry.raisedBy ?? []) expect(call, entry.code).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });

  it('needs evidence from the file, and names no discriminant that is evidence on its own', () => {
    expect(amplifyAuthFamily.evidence?.discriminants).toEqual([]);
    expect(amplifyAuthFamily.evidence?.markers.length).toBeGreaterThan(0);
    expect(amplifyAuthFamily.evidence?.modules).toEqual(['aws-amplify', '@aws-amplify']);
  });

  it('points the deprecated code at the one that replaced it, and says so in the fix', () => {
    const replaced = amplifyAuthFamily.entries.filter((entry) => entry.replacedBy !== undefined);
    expect(replaced.map((entry) => entry.code)).toEqual(['EmptyresendSignUpCodeUsername']);
    for (const entry of replaced) {
      const target = amplifyAuthFamily.entries.find((other) => other.code === entry.replacedBy);
      expect(target?.emitted, entry.code).not.toBe(false);
      expect(entry.emitted, entry.code).toBe(false);
      expect(entry.fix.en, entry.code).toContain(entry.replacedBy);
    }
  });

  it('keeps the exception names every AWS service shares generic', () => {
    const byCode = new Map(amplifyAuthFamily.entries.map((entry) => [entry.code, entry]));
    for (const code of ['NotAuthorizedException', 'ResourceNotFoundException', 'InternalErrorException', 'InvalidParameterException', 'TooManyRequestsException', 'LimitExceededException']) {
      expect(byCode.get(code)?.generic, code).toBe(true);
    }
    expect(byCode.get('UserNotConfirmedException')?.generic).toBeUndefined();
  });
});

describe('evidence', () => {
  const evident = (text: string): boolean => evidentFamilies(defaultCatalog, text).has('amplify-auth');

  it('sees Amplify in an import from aws-amplify, its subpaths and the @aws-amplify scope, and in its enums', () => {
    expect(evident("import { signIn } from 'aws-amplify/auth';")).toBe(true);
    expect(evident("import { Amplify } from 'aws-amplify';")).toBe(true);
    expect(evident("import { fetchAuthSession } from '@aws-amplify/core';")).toBe(true);
    expect(evident("import { Authenticator } from '@aws-amplify/ui-react';")).toBe(true);
    expect(evident('if (err.name === AuthValidationErrorCode.EmptySignInUsername) focusUsername();')).toBe(true);
  });

  it('does not see Amplify in a file of another AWS SDK, nor in a next-auth file', () => {
    expect(evident("import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nif (err.name === 'ResourceNotFoundException') {}")).toBe(false);
    expect(evident("import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';")).toBe(false);
    expect(evident("import { AuthError } from 'next-auth';\nif (error instanceof AuthError) {}")).toBe(false);
  });
});

describe('near misses stay inside the PascalCase names', () => {
  it('suggests an exception name for a typo, never for a lower_snake spelling', () => {
    expect(defaultCatalog.suggest('UserNotConfirmedExeption', 'amplify-auth')?.entry.code).toBe('UserNotConfirmedException');
    expect(defaultCatalog.suggest('UsernameExistException', 'amplify-auth')?.entry.code).toBe('UsernameExistsException');
    expect(defaultCatalog.suggest('user_not_confirmed_exception', 'amplify-auth')).toBeUndefined();
  });

  it('does not call one real name a misspelling of another', () => {
    expect(defaultCatalog.suggest('CodeMismatchException', 'amplify-auth')).toBeUndefined();
    expect(defaultCatalog.suggest('EmptySignUpUsername', 'amplify-auth')).toBeUndefined();
  });
});
