// Figure 3: `no-auth-on-error-page`, the cross-file rule, on a generated Next.js app-router project of 5,000 files:
// how many times the rule reads each project file per lint run (target: at most once), counted on a whole-project
// run of the ESLint class as the CLI does it and on every timed round; and the time against the same files
// without the rule, the two taking turns file by file. Every round is a fresh lint run: the plugin's per-process
// caches are emptied before it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import { repoRoot } from '../scripts/lib/corpus.mjs';
import { interleaved, median, round2 } from './lib/measure.mjs';

const require = createRequire(import.meta.url);
const RULE = 'auth-errors/no-auth-on-error-page';
export const PROJECT_FILES = 5_000;

const AUTH = `import type { NextAuthOptions } from "next-auth";
import GitHubProvider from "next-auth/providers/github";

export const authOptions: NextAuthOptions = {
  providers: [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
  pages: { signIn: "/login", error: "/auth/error" },
};
`;
const ROUTE = `import NextAuth from "next-auth";

import { authOptions } from "@/lib/auth";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
`;
const MIDDLEWARE = `export { default } from "next-auth/middleware";

export const config = { matcher: ["/dashboard/:path*"] };
`;
/** The one mistake in the project: the error page requires a session. */
const ERROR_PAGE = `import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";

import { authOptions } from "@/lib/auth";

export default async function AuthErrorPage() {
  const session = await getServerSession(authOptions);
  if (!session) redirect("/api/auth/signin");
  return <p>Something went wrong.</p>;
}
`;
const LOGIN = `"use client";

import { signIn } from "next-auth/react";

export default function LoginPage() {
  return <button onClick={() => signIn("github")}>Sign in</button>;
}
`;
const dashboardPage = (a, b) => `import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";

import { authOptions } from "@/lib/auth";
import { Widget${b % 50} } from "@/components/widget-${b % 50}";
import { format${a} } from "@/lib/util-${a}";

export default async function Page${a}x${b}() {
  const session = await getServerSession(authOptions);
  if (!session) redirect("/login");
  return <Widget${b % 50} title={format${a}(${b})} user={session.user?.name ?? ""} />;
}
`;
const widget = (i) => `export function Widget${i % 50}({ title, user }: { title: string; user: string }) {
  return (
    <section className="widget-${i}">
      <h2>{title}</h2>
      <p>{user}</p>
    </section>
  );
}
`;
const util = (i) => `export function format${i}(value: number): string {
  return new Intl.NumberFormat("en-US").format(value * ${i});
}

export const LIMIT_${i} = ${i * 7};
`;

/** Writes the project once (reused while its marker says it has PROJECT_FILES files); returns its folder. */
export function generateProject(dir) {
  const marker = path.join(dir, '.generated');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === String(PROJECT_FILES)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const files = new Map([
    ['package.json', '{ "name": "bench-error-page-project", "private": true, "dependencies": { "next": "^15.0.0", "next-auth": "^4.24.0", "react": "^19.0.0" } }\n'],
    ['tsconfig.json', '{ "compilerOptions": { "jsx": "preserve", "strict": true, "paths": { "@/*": ["./*"] } } }\n'],
    ['lib/auth.ts', AUTH],
    ['app/api/auth/[...nextauth]/route.ts', ROUTE],
    ['middleware.ts', MIDDLEWARE],
    ['app/auth/error/page.tsx', ERROR_PAGE],
    ['app/login/page.tsx', LOGIN],
  ]);
  const utils = 1_000;
  const widgets = 1_000;
  for (let i = 0; i < utils; i++) files.set(`lib/util-${i}.ts`, util(i));
  for (let i = 0; i < widgets; i++) files.set(`components/widget-${i}.tsx`, widget(i));
  const pages = PROJECT_FILES - [...files.keys()].filter((f) => /\.tsx?$/.test(f)).length;
  for (let page = 0; page < pages; page++) {
    files.set(`app/dashboard/area-${Math.floor(page / 100)}/item-${page % 100}/page.tsx`, dashboardPage(page % utils, page));
  }
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.writeFileSync(marker, String(PROJECT_FILES));
  return dir;
}

export async function errorPageProject({ plugin, rounds, dir }) {
  generateProject(dir);
  const project = require(path.join(repoRoot, 'dist', 'src', 'nextauth', 'project', 'files.js'));
  const projectConfig = require(path.join(repoRoot, 'dist', 'src', 'nextauth', 'project', 'model.js'));

  // Count the plugin's synchronous disk reads per file (ESLint reads the linted files itself, asynchronously).
  const nodeFs = require('node:fs');
  const originalReadFileSync = nodeFs.readFileSync;
  let reads = new Map();
  nodeFs.readFileSync = function countingReadFileSync(file, ...rest) {
    if (typeof file === 'string' && file.startsWith(dir)) reads.set(file, (reads.get(file) ?? 0) + 1);
    return originalReadFileSync.call(this, file, ...rest);
  };

  const base = { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } };
  const eslintFor = (withRule) =>
    new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: withRule ? [base, { files: ['**/*.{ts,tsx}'], plugins: { 'auth-errors': plugin }, rules: { [RULE]: 'error' } }] : [base],
    });
  const freshRun = () => {
    project.clearProjectCaches();
    projectConfig.clearNextAuthProjects();
    reads = new Map();
  };
  const readsNow = () => ({
    reads: [...reads.values()].reduce((a, b) => a + b, 0),
    files: reads.size,
    maxPerFile: Math.max(0, ...reads.values()),
    parses: project.projectFileStats.parses,
    list: [...reads.keys()].map((f) => path.relative(dir, f)).sort(),
  });
  try {
    // Reads: one lint run of the whole project as the CLI does it (`eslint .`).
    freshRun();
    const results = await eslintFor(true).lintFiles(['.']);
    const cliRun = readsNow();
    const findings = results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath)}:${m.line} ${m.ruleId ?? 'fatal'} ${m.messageId ?? m.message}`));
    const files = results.map((r) => r.filePath).sort();
    const texts = files.map((file) => originalReadFileSync(file, 'utf8'));

    // Time: the same files with and without the rule, taking turns file by file; each round is a fresh run
    // (the plugin's caches emptied) and its reads are counted too.
    const eslints = { 'with the rule': eslintFor(true), 'without the rule': eslintFor(false) };
    const perRound = [];
    const times = await interleaved(
      Object.fromEntries(Object.entries(eslints).map(([name, eslint]) => [name, (i) => eslint.lintText(texts[i], { filePath: files[i] })])),
      files.length,
      {
        rounds,
        before: (round) => {
          if (round > 0) perRound.push(readsNow());
          freshRun();
        },
      },
    );
    perRound.push(readsNow());
    const measured = perRound.slice(1);
    return {
      projectFiles: files.length,
      rounds,
      medianMs: { withRule: Math.round(median(times['with the rule'])), withoutRule: Math.round(median(times['without the rule'])) },
      roundsMs: { withRule: times['with the rule'].map(Math.round), withoutRule: times['without the rule'].map(Math.round) },
      timeRatio: round2(median(times['with the rule']) / median(times['without the rule'])),
      cliRun: { reads: cliRun.reads, filesRead: cliRun.files, maxReadsOfOneFile: cliRun.maxPerFile, parses: cliRun.parses },
      readsPerRound: measured.map((r) => r.reads),
      filesReadPerRun: cliRun.files,
      maxReadsOfOneFile: Math.max(cliRun.maxPerFile, ...measured.map((r) => r.maxPerFile)),
      parsesPerRun: [cliRun.parses, ...measured.map((r) => r.parses)],
      filesRead: cliRun.list,
      findings,
    };
  } finally {
    nodeFs.readFileSync = originalReadFileSync;
  }
}
