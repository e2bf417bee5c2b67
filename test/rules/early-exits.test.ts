import * as path from 'node:path';

import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import plugin from '../../src';
import { dedent } from '../dedent';
import { neutralProjectDir } from '../rule-tester';

/**
 * The early exits of the rules that look at every file: on the ordinary files of an app, `create()` returns no
 * listener at all (so ESLint calls nothing of the rule while it walks the tree), and on the files that do hold
 * something to judge, the rule still listens and reports. Each side is checked through a real `Linter` run of
 * the whole `strict` preset, with every rule's `create()` wrapped to record whether it listened.
 */
function lint(text: string, file: string): { listening: string[]; messages: Linter.LintMessage[] } {
  const listening = new Set<string>();
  const rules = Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => [
      name,
      {
        ...rule,
        create(context: Parameters<typeof rule.create>[0]) {
          const listeners = rule.create(context);
          if (Object.keys(listeners).length > 0) listening.add(name);
          return listeners;
        },
      },
    ]),
  );
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    text,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { 'auth-errors': { ...plugin, rules } as never },
        rules: plugin.configs.strict.rules,
      },
    ],
    { filename: path.join(neutralProjectDir, file) },
  );
  return { listening: [...listening].sort(), messages };
}

describe('early exits of the strict preset', () => {
  it('listens to nothing in a form whose field names look like snake-case codes', () => {
    // `user_name` and `display_name` have the shape and length of Supabase's and Clerk's codes, but nothing in
    // the file touches either library, so no group of it could be judged against their codes.
    const { listening, messages } = lint(
      dedent`
        "use client";

        import { useForm } from "react-hook-form";

        type Profile = { user_name: string; display_name: string };

        export function ProfileForm({ onSave }: { onSave: (profile: Profile) => void }) {
          const { register, handleSubmit } = useForm<Profile>();
          const labels = { user_name: "Username", display_name: "Shown as" };
          return (
            <form onSubmit={handleSubmit(onSave)}>
              <input {...register("user_name")} aria-label={labels.user_name} />
              <input {...register("display_name")} aria-label={labels.display_name} />
            </form>
          );
        }
      `,
      'components/profile-form.tsx',
    );
    expect(messages).toEqual([]);
    expect(listening).toEqual([]);
  });

  it('still judges the same kind of string in a file that uses Supabase', () => {
    const { listening, messages } = lint(
      dedent`
        import { createClient } from "@supabase/supabase-js";

        const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

        export async function signIn(email: string, password: string) {
          const { error } = await supabase.auth.signInWithPassword({ email, password });
          if (error?.code === "invalid_credential") return "Wrong e-mail or password.";
          return error ? "Something went wrong." : null;
        }
      `,
      'lib/sign-in.ts',
    );
    expect(listening).toContain('no-unknown-error-code');
    expect(messages.map((message) => message.ruleId)).toContain('auth-errors/no-unknown-error-code');
  });

  it('listens to nothing in an API route that compares its own status strings and answers "unauthorized"', () => {
    // `unauthorized` is one of Auth0's codes; nothing in the route touches Auth0, so no group here is Auth0's.
    const { listening, messages } = lint(
      dedent`
        import { NextResponse } from "next/server";

        export async function GET(request: Request) {
          const status = new URL(request.url).searchParams.get("status");
          if (!request.headers.get("authorization")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
          if (status === "archived" || status === "draft") return NextResponse.json({ items: [] });
          return NextResponse.json({ error: "unsupported status" }, { status: 400 });
        }
      `,
      'app/api/items/route.ts',
    );
    expect(messages).toEqual([]);
    expect(listening).toEqual([]);
  });

  it('still judges a near miss of the same family in a file that uses Auth0', () => {
    const { listening, messages } = lint(
      dedent`
        import { useAuth0 } from "@auth0/auth0-react";

        export function useLoginError() {
          const { error } = useAuth0();
          const code = (error as { error?: string } | undefined)?.error;
          if (code === "unauthorized") return "You are not allowed to sign in here.";
          if (code === "consent_required") return "Please allow the app to read your profile.";
          if (code === "login_requird") return "Please sign in again.";
          return null;
        }
      `,
      'hooks/use-login-error.ts',
    );
    expect(listening).toContain('no-unknown-error-code');
    expect(messages.map((message) => message.ruleId)).toContain('auth-errors/no-unknown-error-code');
  });

  it('keeps no-unreachable-error-code listening where a signIn() result can be compared', () => {
    const { listening } = lint(
      dedent`
        "use client";

        import { signIn } from "next-auth/react";

        export async function submit(email: string, password: string) {
          const result = await signIn("credentials", { email, password, redirect: false });
          return result?.error === "Invalid password" ? "Check your password." : null;
        }
      `,
      'components/login.tsx',
    );
    expect(listening).toContain('no-unreachable-error-code');
  });
});
