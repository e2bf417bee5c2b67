import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import { fileRole, mayDemandSession } from '../../src/nextauth/pages/error-page';
import { dedent } from '../dedent';

const parse = (text: string) => tsParser.parse(text, { jsx: true, range: true });

describe('fileRole and mayDemandSession: the pages no-auth-on-error-page can skip before the project model', () => {
  it('tells a middleware from a page by the path', () => {
    expect(fileRole('/shop/middleware.ts')).toBe('middleware');
    expect(fileRole('/shop/src/edge/guard.ts', ['src/edge/guard.ts'])).toBe('middleware');
    expect(fileRole('/shop/app/auth/error/page.tsx')).toBe('page');
    expect(fileRole('/shop/lib/db.ts')).toBeUndefined();
  });

  it('keeps a page that reads the session through an import', () => {
    const appRouter = dedent`
      import { redirect } from "next/navigation";
      import { auth } from "@/auth";

      export default async function ErrorPage() {
        const session = await auth();
        if (!session) redirect("/login");
        return <p>Something went wrong.</p>;
      }
    `;
    const pagesRouter = dedent`
      import { getServerSession } from "next-auth/next";
      import { authOptions } from "../api/auth/[...nextauth]";

      export async function getServerSideProps(context) {
        const session = await getServerSession(context.req, context.res, authOptions);
        return session ? { props: {} } : { redirect: { destination: "/login", permanent: false } };
      }
    `;
    const client = 'import { useSession as useAuthSession } from "next-auth/react";\nexport default function Page() { useAuthSession({ required: true }); return null; }';
    for (const text of [appRouter, pagesRouter, client]) expect(mayDemandSession(parse(text))).toBe(true);
  });

  it('keeps a page that binds auth from a call in the file', () => {
    const text = dedent`
      import NextAuth from "next-auth";
      import { config } from "./config";

      const { auth } = NextAuth(config);

      export default async function Page() {
        return (await auth()) ? <p>Welcome back.</p> : <p>Please sign in.</p>;
      }
    `;
    expect(mayDemandSession(parse(text))).toBe(true);
  });

  it('skips a page that imports nothing that reads the session', () => {
    const text = dedent`
      import { signIn } from "@/auth";
      import { Button } from "@/components/ui/button";

      export default function LoginPage() {
        return (
          <form action={async () => { "use server"; await signIn("github"); }}>
            <Button type="submit">Sign in with GitHub</Button>
          </form>
        );
      }
    `;
    expect(mayDemandSession(parse(text))).toBe(false);
  });
});
