import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import { isAnyCode, mayBeCode } from '../../src/catalog/code-like';
import { anyCandidateIn, codeTokensOf, isCodeShapedAt } from '../../src/util/code-tokens';
import { dedent } from '../dedent';

function tokensOf(text: string) {
  const program = tsParser.parse(text, { jsx: true, range: true, tokens: true });
  return codeTokensOf(program, text, defaultCatalog);
}

describe('codeTokensOf: the early exit of the error-code rules', () => {
  it('finds no code in an ordinary component, so exhaustive-error-codes listens to nothing there', () => {
    const text = dedent`
      "use client";

      import { useState } from "react";

      // The invoice's status badge; it's shown in the table and on the detail page.
      export function StatusBadge({ status }: { status: "draft" | "open" | "paid" }) {
        const [hover, setHover] = useState(false);
        const tone = status === "paid" ? "bg-green-100 text-green-800" : "bg-gray-100";
        return (
          <span className={tone} onMouseEnter={() => setHover(true)} title={hover ? \`Status: \${status}\` : undefined}>
            {status}
          </span>
        );
      }
    `;
    expect(tokensOf(text)).toMatchObject({ anyCode: false, constantObject: false });
  });

  it('finds nothing code-like where every string is a sentence or a class list', () => {
    const text = dedent`
      export function Notice() {
        return <p className="text-sm text-muted">We sent you an e-mail. Open the link in it to go on.</p>;
      }
    `;
    expect(tokensOf(text)).toEqual({ anyCode: false, codeLike: false, constantObject: false, codeFamilies: new Set(), codeLikeFamilies: new Set() });
  });

  it('sees a map whose keys are codes, written as names or as strings', () => {
    expect(tokensOf('const messages = { CredentialsSignin: "Wrong e-mail or password.", default: "Try again." };').anyCode).toBe(true);
    expect(tokensOf("const messages = { 'auth/user-not-found': 'No account with that e-mail.' };").anyCode).toBe(true);
  });

  it('sees a misspelled code that a comparison or a constant holds', () => {
    const compared = tokensOf('if (searchParams.get("error") === "CredentialSignin") showHint();');
    expect(compared).toMatchObject({ anyCode: false, codeLike: true, constantObject: false });
    // The families whose codes it is near: Auth.js's own (`CredentialsSignin`) among them.
    expect(compared.codeLikeFamilies.has('authjs')).toBe(true);
    expect(compared.codeLikeFamilies.has('firebase-auth')).toBe(false);
    const constant = tokensOf(dedent`
      const WRONG_PASSWORD = 'auth/wrong-pasword';
      export const isWrongPassword = (error: { code: string }) => error.code === WRONG_PASSWORD;
    `);
    expect(constant.codeLike).toBe(true);
    expect(constant.codeLikeFamilies.has('firebase-auth')).toBe(true);
  });

  it('names the families a written code belongs to, and none for a prefix no family uses', () => {
    const known = tokensOf('const known = "auth/user-not-found";');
    expect(known.anyCode).toBe(true);
    expect(known.codeFamilies).toEqual(new Set(defaultCatalog.lookupAll('auth/user-not-found').map((found) => found.family.id)));
    expect(known.codeFamilies.has('firebase-auth')).toBe(true);
    expect(known.codeFamilies.has('clerk')).toBe(false);
    const prefixed = tokensOf('const route = "blog/first-post";');
    expect(prefixed.codeLikeFamilies.has('firebase-auth')).toBe(false);
    expect(prefixed.codeLikeFamilies.has('firebase-admin-auth')).toBe(false);
  });

  it('lists each family a near miss could belong to, so a rule can ask whether the file has that family', () => {
    // Snake case of the right length is near Supabase's and Clerk's codes; neither needs no evidence.
    const snake = tokensOf('const column = "user_idx";');
    expect(snake.codeLikeFamilies.size).toBeGreaterThan(0);
    for (const id of snake.codeLikeFamilies) expect(defaultCatalog.family(id)?.evidence, id).toBeDefined();
  });

  it('names every family when a key cannot be read (a comment between it and its colon)', () => {
    const odd = tokensOf('const messages = { CredentialsSignin /* wrong password */ : "Check your password." };');
    expect(odd.codeFamilies.size).toBe(defaultCatalog.families.length);
    expect(odd.codeLikeFamilies.size).toBe(defaultCatalog.families.length);
  });

  it('reads a string with escapes as JavaScript does', () => {
    expect(tokensOf("const messages = { 'Credentials\\u0053ignin': 'Wrong password.', other: 'x' };").anyCode).toBe(true);
    expect(tokensOf("const line = 'first\\nsecond';").codeLike).toBe(false);
  });

  it('errs on the side of listening when a comment stands between a key and its colon', () => {
    expect(tokensOf('const labels = { CredentialsSignin /* v5 */: "Wrong password." };').anyCode).toBe(true);
  });

  it('notes a name under which a family exports its constant map', () => {
    const text = dedent`
      import { AuthErrorCodes } from "firebase/auth";

      export const tooManyAttempts = (code: string) => code === AuthErrorCodes.TOO_MANY_ATTEMPTS_TRY_LATER;
    `;
    expect(tokensOf(text).constantObject).toBe(true);
  });

  it('never says "nothing" for a string that mayBeCode passes (the early exit never hides a finding)', () => {
    // Codes of every family with one edit each, written in the places the rules read them.
    const samples = new Set<string>();
    for (const family of defaultCatalog.families) {
      for (const entry of family.entries.slice(0, 8)) {
        samples.add(entry.code);
        samples.add(entry.code.slice(1));
        samples.add(`${entry.code}s`);
      }
    }
    let judged = 0;
    for (const label of samples) {
      if (!/^[\w/-]+$/.test(label) || !mayBeCode(defaultCatalog, label)) continue;
      judged++;
      const quoted = JSON.stringify(label);
      const asCase = tokensOf(`switch (error) { case ${quoted}: break; }`);
      expect(asCase.codeLike || asCase.anyCode, label).toBe(true);
      // Every family that has it as a code, or would call it a near miss, is among the families named.
      for (const family of defaultCatalog.families) {
        if (family.byCode.has(label)) expect(asCase.codeFamilies.has(family.id), `${label} (${family.id})`).toBe(true);
        else if (defaultCatalog.suggest(label, family.id)) expect(asCase.codeLikeFamilies.has(family.id), `${label} (${family.id})`).toBe(true);
      }
      if (isAnyCode(defaultCatalog, label)) expect(tokensOf(`const m = { ${quoted}: 1, other: 2 };`).anyCode, label).toBe(true);
      if (/^[A-Za-z_]\w*$/.test(label)) expect(tokensOf(`const m = {\n  ${label}: 1,\n};`).codeLike, label).toBe(true);
    }
    expect(judged).toBeGreaterThan(50);
  });

  it('reads a code in a string with an escape (the slow way) and in a template', () => {
    // `auth/user-not-found` with its `/` escaped: the in-place shape test sees a backslash and leaves it to cook().
    expect(tokensOf("if (error.code === 'auth\\/user-not-found') retry();").codeFamilies.has('firebase-auth')).toBe(true);
    // A template without a value is read as a string.
    expect(tokensOf('const key = `auth/user-not-found`;').codeFamilies.has('firebase-auth')).toBe(true);
  });
});

describe('isCodeShapedAt: the shape test read in place', () => {
  const CODE_SHAPE = /^(?:[^/]+\/)?[A-Za-z0-9_-]+$/;
  it('agrees with the code-shape pattern on strings an app writes', () => {
    const samples = [
      'CredentialsSignin', 'auth/user-not-found', 'email_not_confirmed', 'form_identifier_not_found', 'a', '',
      'flex items-center gap-2', '/api/auth/signin', 'auth/', '/code', 'a/b/c', 'https://example.com', 'v4/', 'x/y',
      'hello world', 'über/code', 'prefix with space/CODE_1', '-', 'a//b', '@/components/ui/button', 'A\nB', '$ref',
    ];
    for (const sample of samples) {
      const text = `x = "${sample}";`;
      expect(isCodeShapedAt(text, 5, 5 + sample.length), JSON.stringify(sample)).toBe(CODE_SHAPE.test(sample));
    }
  });
});

describe('anyCandidateIn: asked by several rules of one file', () => {
  it('answers for the file it is asked about, not the one before', () => {
    const firebase = 'import { getAuth } from "firebase/auth";\nconst known = error.code === "auth/user-not-found";';
    const other = 'const known = status === "paid";';
    expect(anyCandidateIn(defaultCatalog, ['firebase-auth'], firebase, {})).toBe(true);
    expect(anyCandidateIn(defaultCatalog, ['firebase-auth'], other, {})).toBe(false);
    // The same text with other evidence sources (another config) is asked afresh.
    expect(anyCandidateIn(defaultCatalog, ['firebase-auth'], other, { enabled: ['firebase-auth'] })).toBe(true);
    expect(anyCandidateIn(defaultCatalog, ['firebase-auth'], other, { enabled: ['firebase-auth'] }, ['supabase-auth'])).toBe(false);
  });
});
