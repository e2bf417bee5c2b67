// An app-shaped bench corpus: a generated Next.js (app router) project of an invoicing SaaS that signs in with
// Auth.js v5, shaped like the real apps of docs/real-world.md: one auth config (and an edge-safe part of it), a
// middleware, the route handler, a login form and an error page that read the error codes, and then thousands of
// ordinary files (pages, API routes, forms, tables, hooks, helpers) of which only some touch auth. Deterministic:
// the same generator writes the same bytes. Written under bench/.tmp/ (git-ignored) and reused while its marker
// names the same version.
import fs from 'node:fs';
import path from 'node:path';

/** Bump when a template changes, so that an old corpus is written anew. */
const VERSION = 'app-corpus-1';

const DOMAINS = [
  'invoices', 'customers', 'payments', 'subscriptions', 'products', 'quotes', 'credit-notes', 'expenses',
  'vendors', 'projects', 'timesheets', 'reports', 'taxes', 'accounts', 'ledgers', 'budgets',
  'contracts', 'documents', 'notifications', 'webhooks', 'integrations', 'teams', 'members', 'roles',
  'audit-log', 'exports', 'imports', 'currencies', 'bank-feeds', 'reconciliations', 'payouts', 'refunds',
  'disputes', 'coupons', 'price-lists', 'warehouses', 'shipments', 'returns', 'tickets', 'feedback',
];
const AREAS = ['overview', 'history', 'settings', 'archive', 'insights'];
const STATUSES = ['draft', 'open', 'paid', 'void', 'overdue'];

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase());
const camel = (name) => pascal(name).replace(/^./, (c) => c.toLowerCase());

const FIXED = {
  'package.json': `{
  "name": "acme-ledger",
  "private": true,
  "scripts": { "dev": "next dev", "build": "next build", "lint": "eslint ." },
  "dependencies": {
    "@auth/prisma-adapter": "^2.7.0",
    "@prisma/client": "^6.0.0",
    "next": "^15.1.0",
    "next-auth": "5.0.0-beta.25",
    "react": "^19.0.0",
    "zod": "^3.24.0"
  }
}
`,
  'tsconfig.json': `{
  "compilerOptions": { "target": "ES2022", "jsx": "preserve", "strict": true, "moduleResolution": "bundler", "paths": { "@/*": ["./*"] } }
}
`,
  '.env.example': 'AUTH_SECRET=\nAUTH_GITHUB_ID=\nAUTH_GITHUB_SECRET=\nDATABASE_URL=\n',
  'auth.config.ts': `import type { NextAuthConfig } from "next-auth";

// The part of the config the middleware can run on the edge: no database, no Node APIs.
export const authConfig = {
  pages: { signIn: "/login", error: "/auth/error" },
  providers: [],
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      const signedIn = Boolean(auth?.user);
      if (nextUrl.pathname.startsWith("/app")) return signedIn;
      return true;
    },
  },
} satisfies NextAuthConfig;
`,
  'auth.ts': `import NextAuth from "next-auth";
import { PrismaAdapter } from "@auth/prisma-adapter";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";

import { authConfig } from "./auth.config";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  adapter: PrismaAdapter(db),
  session: { strategy: "jwt" },
  providers: [
    GitHub,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = String(credentials?.email ?? "");
        const user = await db.user.findUnique({ where: { email } });
        if (!user?.passwordHash) return null;
        return (await verifyPassword(String(credentials?.password ?? ""), user.passwordHash)) ? user : null;
      },
    }),
  ],
});
`,
  'middleware.ts': `import NextAuth from "next-auth";

import { authConfig } from "./auth.config";

export default NextAuth(authConfig).auth;

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
`,
  'app/api/auth/[...nextauth]/route.ts': `import { handlers } from "@/auth";

export const { GET, POST } = handlers;
`,
  'lib/db.ts': `import { PrismaClient } from "@prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? new PrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
`,
  'lib/passwords.ts': `import { scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const derive = promisify(scrypt);

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(":");
  if (!salt || !hash) return false;
  const derived = (await derive(password, salt, 64)) as Buffer;
  return timingSafeEqual(derived, Buffer.from(hash, "hex"));
}
`,
  'app/(auth)/login/page.tsx': `import { LoginForm } from "@/components/auth/login-form";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return <LoginForm error={error} />;
}
`,
  'components/auth/login-form.tsx': `"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

function describe(error: string | undefined): string | undefined {
  switch (error) {
    case undefined:
      return undefined;
    case "CredentialsSignin":
      return "That e-mail and password do not match.";
    case "OAuthAccountNotLinked":
      return "This e-mail already signs in another way.";
    default:
      return "Sign-in failed. Please try again.";
  }
}

export function LoginForm({ error }: { error?: string }) {
  const [pending, setPending] = useState(false);
  const message = describe(error);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const data = new FormData(event.currentTarget);
        await signIn("credentials", { email: data.get("email"), password: data.get("password"), redirectTo: "/app" });
        setPending(false);
      }}
    >
      {message ? <p role="alert">{message}</p> : null}
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      <button disabled={pending}>Sign in</button>
      <button type="button" onClick={() => signIn("github", { redirectTo: "/app" })}>GitHub</button>
    </form>
  );
}
`,
  'app/auth/error/page.tsx': `const explanations: Record<string, string> = {
  Configuration: "The sign-in service is misconfigured. Please tell us.",
  AccessDenied: "You do not have access to this workspace.",
  Verification: "The sign-in link has expired or was already used.",
  Default: "Something went wrong while signing you in.",
};

export default async function AuthErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return <p>{(error && explanations[error]) || explanations.Default}</p>;
}
`,
  'components/auth/user-menu.tsx': `"use client";

import { signOut, useSession } from "next-auth/react";

export function UserMenu() {
  const { data: session, status } = useSession();
  if (status === "loading") return <span aria-busy="true" />;
  if (status === "unauthenticated") return <a href="/login">Sign in</a>;
  return (
    <div>
      <span>{session?.user?.name}</span>
      <button onClick={() => signOut({ redirectTo: "/" })}>Sign out</button>
    </div>
  );
}
`,
  'app/layout.tsx': `import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SessionProvider>{children}</SessionProvider>
      </body>
    </html>
  );
}
`,
};

/** A server page of one area of a domain: reads the session and the rows, renders the table. */
const page = (domain, area, i) => `import { redirect } from "next/navigation";

import { auth } from "@/auth";
import { ${pascal(domain)}Table } from "@/components/${domain}/${domain}-table";
import { list${pascal(domain)} } from "@/lib/${domain}/queries";

export const metadata = { title: "${pascal(domain)} · ${area}" };

export default async function ${pascal(domain)}${pascal(area)}Page({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  const session = await auth();
  if (!session?.user) redirect("/login");
  const { page = "1", status } = await searchParams;
  const rows = await list${pascal(domain)}({ owner: session.user.id ?? "", page: Number(page) || 1, status, view: "${area}" });
  return (
    <main data-area="${area}-${i}">
      <h1>${pascal(domain)}</h1>
      <${pascal(domain)}Table rows={rows} />
    </main>
  );
}
`;

/** An API route: checks the session, validates the body, maps the outcome to a status. */
const apiRoute = (domain) => `import { NextResponse } from "next/server";

import { auth } from "@/auth";
import { ${camel(domain)}Schema } from "@/lib/${domain}/schema";
import { create${pascal(domain)}, list${pascal(domain)} } from "@/lib/${domain}/queries";

export async function GET(request: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const url = new URL(request.url);
  const rows = await list${pascal(domain)}({ owner: session.user.id ?? "", page: Number(url.searchParams.get("page")) || 1 });
  return NextResponse.json({ rows });
}

export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = ${camel(domain)}Schema.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid", issues: parsed.error.issues }, { status: 422 });
  const result = await create${pascal(domain)}(session.user.id ?? "", parsed.data);
  if (result.kind === "conflict") return NextResponse.json({ error: "conflict" }, { status: 409 });
  return NextResponse.json(result.row, { status: 201 });
}
`;

/** A client form with field errors keyed by the validation issue codes. */
const form = (domain, area) => `"use client";

import { useState } from "react";

const fieldMessages = {
  too_small: "Too short.",
  too_big: "Too long.",
  invalid_type: "Please enter a value.",
  invalid_string: "This does not look right.",
};

type Issue = { path: string[]; code: keyof typeof fieldMessages };

export function ${pascal(domain)}${pascal(area)}Form({ onSaved }: { onSaved: () => void }) {
  const [issues, setIssues] = useState<Issue[]>([]);
  const [state, setState] = useState<"idle" | "saving" | "failed">("idle");
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setState("saving");
        const response = await fetch("/api/${domain}", { method: "POST", body: JSON.stringify(Object.fromEntries(new FormData(event.currentTarget))) });
        if (response.status === 422) {
          setIssues((await response.json()).issues);
          setState("failed");
        } else if (response.ok) {
          setState("idle");
          onSaved();
        } else {
          setState("failed");
        }
      }}
    >
      <input name="name" aria-invalid={issues.some((issue) => issue.path[0] === "name")} />
      {issues.map((issue) => (
        <p key={issue.path.join(".")}>{fieldMessages[issue.code]}</p>
      ))}
      <button disabled={state === "saving"}>Save</button>
    </form>
  );
}
`;

const table = (domain) => `import type { ${pascal(domain)}Row } from "@/lib/${domain}/schema";
import { formatAmount, statusLabel } from "@/lib/${domain}/format";

export function ${pascal(domain)}Table({ rows }: { rows: ${pascal(domain)}Row[] }) {
  if (rows.length === 0) return <p>Nothing here yet.</p>;
  return (
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={row.status === "overdue" ? "text-red-600" : undefined}>
            <td>{row.name}</td>
            <td>{statusLabel(row.status)}</td>
            <td>{formatAmount(row.amount, row.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
`;

const schema = (domain) => `import { z } from "zod";

export const ${camel(domain)}Schema = z.object({
  name: z.string().min(2).max(120),
  amount: z.number().int().nonnegative(),
  currency: z.enum(["EUR", "USD", "GBP"]),
  status: z.enum(${JSON.stringify(STATUSES)}).default("draft"),
});

export type ${pascal(domain)}Input = z.infer<typeof ${camel(domain)}Schema>;
export type ${pascal(domain)}Row = ${pascal(domain)}Input & { id: string; owner: string; createdAt: Date };
`;

const queries = (domain) => `import { db } from "@/lib/db";
import type { ${pascal(domain)}Input, ${pascal(domain)}Row } from "./schema";

const PAGE_SIZE = 25;

export async function list${pascal(domain)}(query: { owner: string; page: number; status?: string; view?: string }): Promise<${pascal(domain)}Row[]> {
  const where = { owner: query.owner, ...(query.status ? { status: query.status } : {}) };
  const orderBy = query.view === "history" ? { createdAt: "asc" as const } : { createdAt: "desc" as const };
  return db.$queryRawUnsafe<${pascal(domain)}Row[]>("select * from ${domain.replace(/-/g, '_')}", { where, orderBy, take: PAGE_SIZE, skip: (query.page - 1) * PAGE_SIZE });
}

export async function create${pascal(domain)}(owner: string, input: ${pascal(domain)}Input): Promise<{ kind: "created"; row: ${pascal(domain)}Row } | { kind: "conflict" }> {
  const existing = await list${pascal(domain)}({ owner, page: 1 });
  if (existing.some((row) => row.name === input.name)) return { kind: "conflict" };
  const row = { ...input, id: crypto.randomUUID(), owner, createdAt: new Date() };
  return { kind: "created", row };
}
`;

const format = (domain) => `const labels = {
  draft: "Draft",
  open: "Open",
  paid: "Paid",
  void: "Void",
  overdue: "Overdue",
} as const;

export function statusLabel(status: string): string {
  return status in labels ? labels[status as keyof typeof labels] : status;
}

export function formatAmount(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

export const ${camel(domain).toUpperCase()}_COLUMNS = ["name", "status", "amount"] as const;
`;

const hook = (domain) => `"use client";

import { useEffect, useState } from "react";

import type { ${pascal(domain)}Row } from "@/lib/${domain}/schema";

export function use${pascal(domain)}(page: number) {
  const [rows, setRows] = useState<${pascal(domain)}Row[]>([]);
  const [error, setError] = useState<"unauthorized" | "network" | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(\`/api/${domain}?page=\${page}\`)
      .then(async (response) => {
        if (response.status === 401) return setError("unauthorized");
        const body = await response.json();
        if (!cancelled) setRows(body.rows);
      })
      .catch(() => setError("network"));
    return () => {
      cancelled = true;
    };
  }, [page]);
  return { rows, error };
}
`;

const uiComponent = (name, i) => `import type { ReactNode } from "react";

const variants = {
  primary: "bg-slate-900 text-white",
  secondary: "bg-white text-slate-900 border",
  ghost: "bg-transparent",
};

export function ${pascal(name)}${i}({ children, variant = "primary" }: { children: ReactNode; variant?: keyof typeof variants }) {
  return <div className={\`rounded-md px-3 py-2 \${variants[variant]}\`}>{children}</div>;
}
`;

/** A page of a domain that shows the signed-in user in a client component. */
const sessionBadge = (domain) => `"use client";

import { useSession } from "next-auth/react";

export function ${pascal(domain)}Owner() {
  const { data: session } = useSession();
  return <span title="${domain}">{session?.user?.email ?? "—"}</span>;
}
`;

/** The files of the project, path → text, in a fixed order. */
export function appCorpusFiles() {
  const files = new Map(Object.entries(FIXED));
  for (const domain of DOMAINS) {
    for (const [i, area] of AREAS.entries()) {
      files.set(`app/(app)/app/${domain}/${area}/page.tsx`, page(domain, area, i));
      files.set(`app/(app)/app/${domain}/${area}/[id]/page.tsx`, page(domain, `${area}-detail`, i));
      files.set(`app/(app)/app/${domain}/${area}/[id]/edit/page.tsx`, page(domain, `${area}-edit`, i));
      files.set(`components/${domain}/${area}-form.tsx`, form(domain, area));
      for (let n = 0; n < 10; n++) files.set(`components/${domain}/ui/${area}-${n}.tsx`, uiComponent(`${domain}-${area}`, n));
    }
    files.set(`app/api/${domain}/route.ts`, apiRoute(domain));
    files.set(`components/${domain}/${domain}-table.tsx`, table(domain));
    files.set(`components/${domain}/${domain}-owner.tsx`, sessionBadge(domain));
    files.set(`lib/${domain}/schema.ts`, schema(domain));
    files.set(`lib/${domain}/queries.ts`, queries(domain));
    files.set(`lib/${domain}/format.ts`, format(domain));
    files.set(`hooks/use-${domain}.ts`, hook(domain));
  }
  return files;
}

/** Writes the corpus into `dir` (unless it is already there); returns its folder and file count. */
export function generateAppCorpus(dir) {
  const files = appCorpusFiles();
  const marker = path.join(dir, '.generated');
  const stamp = `${VERSION} ${files.size}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) return { dir, files: files.size };
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.writeFileSync(marker, stamp);
  return { dir, files: files.size };
}
