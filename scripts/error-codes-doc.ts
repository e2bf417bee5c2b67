/**
 * Renders `docs/error-codes.md` from the built-in catalog families. `test/catalog/error-codes-doc.test.ts` checks
 * that the committed file matches; run it with `UPDATE_DOCS=1` to rewrite the file.
 */
import { amplifyAuthFamily } from '../src/catalog/amplify-auth';
import { auth0Family } from '../src/catalog/auth0';
import { authJsFamily } from '../src/catalog/authjs';
import { baasFamily } from '../src/catalog/baas';
import { betterAuthFamily } from '../src/catalog/better-auth';
import { clerkFamily } from '../src/catalog/clerk';
import { firebaseAdminAuthFamily } from '../src/catalog/firebase-admin-auth';
import { firebaseAuthFamily } from '../src/catalog/firebase-auth';
import { NEXTAUTH_LOG_LEVELS, nextAuthFamily, type NextAuthErrorCode } from '../src/catalog/nextauth';
import { nextAuthPagesFamily } from '../src/catalog/nextauth-pages';
import { supabaseAuthFamily } from '../src/catalog/supabase-auth';
import type { CodeEntry, FamilyDefinition } from '../src/catalog/types';

interface FamilyLayout {
  readonly family: FamilyDefinition;
  /** Header of the second column. */
  readonly secondHeader: string;
  /** Content of the second column. */
  readonly second: (entry: CodeEntry) => string;
  /** Short notes shown under the code. */
  readonly notes: (entry: CodeEntry) => readonly string[];
}

const REVISION_NAMES = { 'ko-newer': 'newer page', 'en-older': 'older page' } as const;

const LAYOUTS: readonly FamilyLayout[] = [
  {
    family: nextAuthFamily,
    secondHeader: 'Where',
    second: (entry) => (entry.where ?? []).join(', '),
    notes: (entry) => {
      const notes: string[] = [];
      const levels = NEXTAUTH_LOG_LEVELS[entry.code as NextAuthErrorCode];
      if (levels.includes('warn')) notes.push(levels.includes('error') ? 'warning and error' : 'warning');
      if (entry.emitted === false) notes.push('not emitted by next-auth 4.24');
      if (entry.replacedBy !== undefined) notes.push(`use \`${entry.replacedBy}\``);
      const revisions = entry.documentedIn ?? [];
      notes.push(
        revisions.length === 0
          ? 'package only'
          : `documented: ${revisions.map((revision) => REVISION_NAMES[revision]).join(', ')}`,
      );
      return notes;
    },
  },
  {
    family: nextAuthPagesFamily,
    secondHeader: 'Page',
    second: (entry) => (entry.docsUrl?.endsWith('#sign-in-page') ? 'sign-in' : 'error'),
    notes: (entry) => [
      ...(entry.generic ? ['generic word'] : []),
      ...(entry.emitted === false ? ['not sent by next-auth 4.24'] : []),
    ],
  },
  {
    family: authJsFamily,
    secondHeader: 'Kind',
    second: (entry) => (entry.signInError ? 'sign-in error' : 'error'),
    notes: (entry) => [
      ...(entry.generic ? ['generic word'] : []),
      ...(entry.emitted === false ? ['not thrown by @auth/core 0.41.3'] : []),
    ],
  },
  {
    family: baasFamily,
    secondHeader: 'HTTP status',
    second: (entry) => String(entry.httpStatus ?? ''),
    notes: (entry) => (entry.retryable ? ['retryable'] : []),
  },
  {
    family: firebaseAuthFamily,
    secondHeader: '`AuthErrorCodes` key',
    second: (entry) => (entry.constants ?? []).map((key) => `\`${key}\``).join(', '),
    notes: (entry) => [
      ...(entry.constants === undefined ? ['not in `AuthErrorCodes`'] : []),
      ...(entry.deprecated ? ['deprecated feature'] : []),
    ],
  },
  {
    family: firebaseAdminAuthFamily,
    secondHeader: 'Raised by',
    second: (entry) => (entry.serverOnly ? 'Admin SDK only' : 'Admin and web SDK'),
    notes: (entry) => (entry.deprecated ? ['deprecated feature'] : []),
  },
  {
    family: supabaseAuthFamily,
    secondHeader: 'Raised by',
    second: (entry) => (entry.raisedBy ?? []).map((call) => `\`${call}\``).join(', '),
    notes: (entry) => [
      ...(entry.generic ? ['generic word'] : []),
      ...(entry.emitted === false ? ['never on `error.code` with @supabase/auth-js 2.119'] : []),
      ...(entry.replacedBy !== undefined ? [`use \`${entry.replacedBy}\``] : []),
    ],
  },
  {
    family: betterAuthFamily,
    secondHeader: 'Defined by',
    second: (entry) => (entry.definedBy ?? []).join(', '),
    notes: (entry) => [
      ...(entry.generic ? ['generic word'] : []),
      ...(entry.emitted === false ? ['not sent as a code by better-auth 1.7.25'] : []),
      ...(entry.replacedBy !== undefined ? [`use \`${entry.replacedBy}\``] : []),
    ],
  },
  {
    family: clerkFamily,
    secondHeader: '`ERROR_CODES` key',
    second: (entry) => (entry.constants ?? []).map((key) => `\`${key}\``).join(', '),
    notes: (entry) => [
      ...(entry.generic ? ['generic word'] : []),
      ...(entry.constants === undefined ? ['localized message only'] : []),
    ],
  },
  {
    family: amplifyAuthFamily,
    secondHeader: 'Raised by',
    second: (entry) => (entry.raisedBy ?? []).map((call) => `\`${call}\``).join(', '),
    notes: (entry) => [
      ...(entry.generic ? ['generic word'] : []),
      ...(entry.constants ?? []).map((constant) => `\`${constant}\``),
    ],
  },
  {
    family: auth0Family,
    secondHeader: 'Defined by',
    second: (entry) => (entry.definedBy ?? []).join(', '),
    notes: (entry) => [
      ...(entry.generic ? ['generic word'] : []),
      ...(entry.constants ?? []).map((constant) => `\`${constant}\``),
    ],
  },
];

/** Makes text safe for one cell of a Markdown table. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function codeCell(entry: CodeEntry, notes: readonly string[]): string {
  const code = entry.docsUrl === undefined ? `\`${entry.code}\`` : `[\`${entry.code}\`](${entry.docsUrl})`;
  return notes.length === 0 ? code : `${code}<br>_${notes.join('; ')}_`;
}

function summaryCell(entry: CodeEntry): string {
  return entry.apiMessage === undefined ? entry.summary.en : `${entry.summary.en} API message: "${entry.apiMessage}"`;
}

function renderFamily(layout: FamilyLayout): string[] {
  const { family } = layout;
  const lines = [
    `## ${family.title.en} (\`${family.id}\`)`,
    '',
    family.description.en,
    '',
    `Usually switched on: ${family.discriminantHints.map((hint) => `\`${hint}\``).join(', ')}. ${family.entries.length} codes.`,
    '',
    `| Code | ${layout.secondHeader} | Summary | Fix |`,
    '| --- | --- | --- | --- |',
  ];
  for (const entry of family.entries) {
    const row = [codeCell(entry, layout.notes(entry)), layout.second(entry), summaryCell(entry), entry.fix.en];
    lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

/** The whole text of `docs/error-codes.md`. */
export function renderErrorCodesDoc(): string {
  const lines = [
    '# Error codes',
    '',
    '<!-- Generated from src/catalog by scripts/error-codes-doc.ts. Do not edit by hand: run',
    '     `UPDATE_DOCS=1 npx vitest run test/catalog/error-codes-doc.test.ts` to regenerate. -->',
    '',
    'The catalog the rules and the editor plugin use to recognise auth error codes. Each family below lists its',
    'codes with a one-line summary and the usual fix; the rules and editor hovers also show the likely cause, and',
    'every text is available in English and Korean (`settings["auth-errors"].locale`).',
    '',
    ...LAYOUTS.map((layout) => `- [${layout.family.title.en}](#${anchor(layout)}) — ${layout.family.entries.length} codes`),
    '',
  ];
  for (const layout of LAYOUTS) lines.push(...renderFamily(layout));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The GitHub-style anchor of a family's heading. */
function anchor(layout: FamilyLayout): string {
  const heading = `${layout.family.title.en} (${layout.family.id})`;
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
