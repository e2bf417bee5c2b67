/**
 * Auth Errors in a real VS Code: code-server 4.139.1 (VS Code 1.139, built-in TypeScript 6.0.3) with the
 * extension installed from the packaged .vsix, driven in headless Chromium through playwright-core.
 * Every check reads what VS Code renders (hover widget, suggest widget, light bulb menu, the saved file); the
 * editor core is used only as the oracle of what the texts and the edit must be.
 *
 * Two sessions:
 * - VS Code's own TypeScript (tsserver loads the plugin the extension contributes), then `authErrors.mode`
 *   forced to `standalone` and back;
 * - TypeScript 7 serving: `js/ts.experimental.useTsgo` on and an extension with the TypeScript 7 extension's id
 *   installed, so that VS Code's TypeScript extension itself starts no tsserver (the native preview comes only
 *   from the marketplace, which these machines cannot reach; the stand-in has no code, only the id VS Code
 *   checks). `authErrors.mode` stays `auto`: the extension must notice and answer from its own providers.
 *
 * Run with `npm run test:vscode` (installs the set-up on first run, builds the .vsix, then runs this file).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import * as ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { BAAS_ERROR_CODES, defaultCatalog } from '../../src/catalog';
import type { Locale } from '../../src/catalog';
import { getCodeActions, getCompletions, getHover } from '../../src/editor';
import type { TextEdit } from '../../src/editor';
import { BASE_SETTINGS, readExtensionLog, setUp, startCodeServer } from './code-server';
import type { CodeServer, Installation } from './code-server';
import { normalize, until, Workbench } from './workbench';

const root = join(__dirname, '../..');
const version = JSON.parse(readFileSync(join(root, 'editors/vscode/package.json'), 'utf8')).version as string;
const vsix = process.env.AUTH_ERRORS_VSIX ?? join(root, `editors/vscode/auth-errors-vscode-${version}.vsix`);
const screenshotFile = join(root, 'docs/images/hover.png');
const artifacts = join(root, '.cache/vscode-e2e/artifacts');

/** Settings of every session besides the recipe's: files change only when the test saves, a calm screen. */
const SETTINGS = {
  ...BASE_SETTINGS,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
};

/**
 * Files the test adds to its copy of the example for the families the example app has no code of (NextAuth.js v4
 * logger codes, Auth.js v5 error types). The example itself is never changed.
 */
const EXTRA_FILES: Record<string, string> = {
  'lib/auth-logger.ts': `/** NextAuth.js v4 \`logger.error\` codes, reported to the console with a readable prefix. */
export function logAuthError(code: string, metadata: unknown): void {
  switch (code) {
    case 'OAUTH_CALLBACK_ERROR':
      console.error('OAuth callback failed', metadata);
      break;
    case 'JWT_SESSION_ERROR':
      console.error('The session token could not be read', metadata);
      break;
  }
}
`,
  'lib/authjs-errors.ts': `/** Auth.js v5 \`AuthError\` types, turned into text for the sign-in form. */
export function signInMessage(error: { type: string }): string {
  switch (error.type) {
    case 'CredentialsSignin':
      return 'Wrong email or password.';
    case 'CallbackRouteError':
      return 'Sign-in failed on the server. Try again.';
    default:
      return 'Could not sign you in.';
  }
}
`,
};

/** One code of each family, in the file that has it. */
const TARGETS = [
  { family: 'baas', file: 'app/login/login-form.tsx', code: 'UNAUTHORIZED' },
  { family: 'nextauth-pages', file: 'app/auth/error/page.tsx', code: 'AccessDenied' },
  { family: 'nextauth', file: 'lib/auth-logger.ts', code: 'OAUTH_CALLBACK_ERROR' },
  { family: 'authjs', file: 'lib/authjs-errors.ts', code: 'CallbackRouteError' },
] as const;
type Target = (typeof TARGETS)[number];
type Side = 'tsserver' | 'standalone';

/** The header tsserver's quick info starts with (the plugin's `(error code) "X"`); standalone hovers have none. */
const QUICK_INFO_HEADER: Record<Locale, string> = { en: '(error code)', ko: '(오류 코드)' };

/** Markdown as the hover renders it: no emphasis or code marks, single spaces. */
function rendered(markdown: string): string {
  return normalize(markdown.replace(/\*\*|`/g, '').replace(/(^|\s)\*([^*]+)\*/g, '$1$2'));
}

function count(text: string, part: string): number {
  return normalize(text).split(part).length - 1;
}

/** 1-based number of the first line of `text` that contains `part`. */
function lineOf(text: string, part: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(part));
  if (index < 0) throw new Error(`${part} not found`);
  return index + 1;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.start + edit.span.length), text);
}

interface Section {
  readonly header: string;
  readonly summary: string;
}

/** A code-server with the extension installed, a copy of the example open, and a browser page on it. */
class Session {
  readonly timings: string[] = [];
  private readonly started = Date.now();
  private failed = false;
  home = '';
  workspace = '';
  server: CodeServer | undefined;
  browser: Browser | undefined;
  page!: Page;
  bench!: Workbench;

  constructor(private readonly name: string) {}

  mark(what: string): void {
    this.timings.push(`${((Date.now() - this.started) / 1000).toFixed(1).padStart(6)} s  ${what}`);
  }

  async start(installation: Installation, settings: Record<string, unknown>, extraExtensions: string[] = []): Promise<void> {
    this.home = mkdtempSync(join(tmpdir(), 'auth-errors-e2e-'));
    this.workspace = join(this.home, 'next-app');
    cpSync(join(root, 'examples/next-app'), this.workspace, { recursive: true });
    for (const [file, text] of Object.entries(EXTRA_FILES)) {
      mkdirSync(dirname(join(this.workspace, file)), { recursive: true });
      writeFileSync(join(this.workspace, file), text);
    }
    this.server = await startCodeServer({
      installation,
      home: this.home,
      vsixes: [vsix, ...extraExtensions],
      workspace: this.workspace,
      settings,
    });
    this.mark('extension installed from the .vsix, code-server answering');
    this.browser = await chromium.launch({ executablePath: installation.chromium, args: ['--no-sandbox'] });
    this.page = await this.browser.newPage({ viewport: { width: 1400, height: 900 } });
    this.bench = new Workbench(this.page);
    await this.bench.open(this.server.url);
    this.mark('workbench shown');
  }

  async onFailure(testName: string): Promise<void> {
    this.failed = true;
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 70)}.png`);
    await this.page?.screenshot({ path: file }).catch(() => undefined);
    console.error(`screenshot: ${file}\n${this.server ? readExtensionLog(this.server.userDataDir) : ''}`);
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.server?.stop();
    this.mark('stopped');
    console.log(`${this.name}, timings:\n${this.timings.join('\n')}`);
    if (this.home && !this.failed) rmSync(this.home, { recursive: true, force: true });
    else if (this.home) console.error(`kept for a look: ${this.home}`);
  }

  fileText(relativePath: string): string {
    return readFileSync(join(this.workspace, relativePath), 'utf8');
  }

  /** The oracle: the sections the editor core documents for the code at this target, as the file is now. */
  expectedSections(target: Target, locale: Locale): Section[] {
    const text = this.fileText(target.file);
    const offset = text.indexOf(`'${target.code}'`) + 1;
    const hover = getHover(ts, join(this.workspace, target.file), text, offset, { locale });
    if (!hover) throw new Error(`the editor core has no hover for '${target.code}' in ${target.file}: pick another target`);
    expect(hover.codes).toContainEqual({ family: target.family, code: target.code });
    return hover.codes.map(({ family, code }) => {
      const found = defaultCatalog.lookup(code, family)!;
      return { header: `${code} — ${found.family.title[locale]}`, summary: rendered(found.entry.summary[locale]) };
    });
  }

  /** Hovers the target's code until the expected sections show (from the expected side), and returns the text. */
  async hover(target: Target, side: Side, locale: Locale): Promise<string> {
    await this.bench.openFile(target.file);
    const sections = this.expectedSections(target, locale);
    const text = await this.bench.hover(this.bench.token(`'${target.code}'`), (shown) => {
      const fromTsserver = Object.values(QUICK_INFO_HEADER).some((header) => shown.includes(header));
      return fromTsserver === (side === 'tsserver') && sections.every((section) => normalize(shown).includes(section.summary));
    });
    expectOneSectionEach(text, sections, side, locale);
    for (const other of locale === 'en' ? [] : this.expectedSections(target, 'en')) {
      expect(normalize(text)).not.toContain(other.summary);
    }
    this.mark(`hover ${target.family} '${target.code}' in ${locale} (${side})`);
    return text;
  }

  /**
   * Types `case '` on a new line after line `afterLine` of `file`; the suggest widget must list the codes the
   * core offers there, in its order, and none the switch handles. Then drops the typing.
   */
  async completions(file: string, afterLine: number, side: Side): Promise<string[]> {
    const { bench, page } = this;
    const original = this.fileText(file);
    await bench.openFile(file);
    await bench.openLineBelow(afterLine);
    await page.keyboard.type("case '");
    expect(await bench.cursor()).toMatchObject({ line: afterLine + 1 });

    const lines = original.split('\n');
    lines.splice(afterLine, 0, "case ''");
    const typed = lines.join('\n');
    const offered = getCompletions(ts, join(this.workspace, file), typed, typed.indexOf("case ''") + 6)?.items.map((item) => item.code);
    if (!offered) throw new Error(`the editor core offers no completions after line ${afterLine} of ${file}: fix the test input`);

    const labels = await until('the suggest widget with auth-error codes', 60_000, async () => {
      const found = await page
        .locator('.suggest-widget.visible .monaco-list-row')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
      const codes = found.map((label) => label.split(',')[0]!.trim());
      return codes.length > 0 && codes.every((code) => offered.includes(code)) ? codes : undefined;
    });
    // Each code once (one provider, never both), in the core's order, none the switch handles already.
    expect(labels).toEqual(offered.slice(0, labels.length));
    const handled = [...original.matchAll(/case '([^']+)'/g)].map((match) => match[1]);
    for (const code of labels) expect(handled).not.toContain(code);

    await bench.revert();
    expect(this.fileText(file)).toBe(original);
    this.mark(`completions in ${file}: ${labels.length} rows shown, first ${labels[0]} (${side})`);
    return labels;
  }

  /** Cursor on the `switch`, click the light bulb, pick the action, save; the file must be the core's edit. */
  async addMissingCasesWithLightBulb(file: string, side: Side): Promise<void> {
    const { bench, page } = this;
    const original = this.fileText(file);
    const switchAt = original.indexOf('switch (');
    const action = getCodeActions(ts, join(this.workspace, file), original, switchAt, switchAt).find(
      (candidate) => candidate.id === 'addMissingCases',
    );
    if (!action) throw new Error(`the editor core offers no "Add missing error-code cases" in ${file}: fix the test input`);
    const expected = applyEdits(original, action.edits);

    await bench.openFile(file);
    expect(await page.locator('.tab.active.dirty').count(), 'unsaved changes in the editor before the fix').toBe(0);
    const entries = page.locator('.action-widget .monaco-list-row', { hasText: action.title });
    const shown = await until('the light bulb to offer the action', 90_000, async () => {
      await page.keyboard.press('Escape');
      // Code actions are asked for when the cursor lands on the switch.
      await bench.token('switch').click();
      const bulb = page.locator('.lightBulbWidget:visible').first();
      if (!(await bulb.waitFor({ timeout: 10_000 }).then(() => true, () => false))) return undefined;
      await bulb.click();
      if (!(await entries.first().waitFor({ timeout: 5_000 }).then(() => true, () => false))) return undefined;
      return entries.count();
    });
    // One entry: the plugin's (tsserver side) or the extension's (standalone side), never both.
    expect(shown).toBe(1);
    await entries.first().click();

    const firstInserted = /case (['"])[^'"]+\1/.exec(action.edits[0]!.newText)![0];
    let shownText = '';
    await until(`the editor to show ${firstInserted}`, 30_000, async () => {
      shownText = normalize(await bench.visibleText());
      return shownText.includes(firstInserted) ? true : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; it shows ${JSON.stringify(shownText)}`);
    });
    await page.keyboard.press('Control+S');
    const saved = await until('the edited file saved', 30_000, async () =>
      this.fileText(file) !== original ? this.fileText(file) : undefined,
    );
    expect(saved).toBe(expected);
    for (const match of action.edits[0]!.newText.matchAll(/case (['"])([^'"]+)\1/g)) expect(saved).toContain(match[0]);
    this.mark(`light bulb: "${action.title}" applied and saved in ${file} (${side})`);
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    await this.bench.changeUserSettings(settings, this.server!.settingsFile);
    this.mark(`settings: ${JSON.stringify(Object.fromEntries(Object.entries(settings).filter(([key]) => !(key in SETTINGS))))}`);
  }

  extensionLog(): string {
    return this.server ? readExtensionLog(this.server.userDataDir) : '';
  }
}

/** Exactly one section per documented code, in the right language, from the side expected. */
function expectOneSectionEach(text: string, sections: Section[], side: Side, locale: Locale): void {
  for (const section of sections) {
    expect(count(text, section.header), `"${section.header}" in ${JSON.stringify(text)}`).toBe(1);
    // Two families may word a shared code alike (AccessDenied in ko): once per section that says it.
    const sayingIt = sections.filter((other) => other.summary === section.summary).length;
    expect(count(text, section.summary), `"${section.summary}" in ${JSON.stringify(text)}`).toBe(sayingIt);
  }
  if (side === 'tsserver') expect(count(text, QUICK_INFO_HEADER[locale])).toBe(1);
  else for (const header of Object.values(QUICK_INFO_HEADER)) expect(text).not.toContain(header);
}

/** An extension with only the id of the TypeScript 7 extension, packaged into `folder`. */
function packageTypeScript7StandIn(folder: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({
      name: 'native-preview',
      publisher: 'TypeScriptTeam',
      displayName: 'TypeScript 7 stand-in (auth-errors e2e)',
      description: 'Only the id VS Code looks for: with js/ts.experimental.useTsgo on, its TypeScript extension starts no tsserver.',
      version: '0.0.1',
      license: 'MIT',
      engines: { vscode: '^1.90.0' },
      repository: { type: 'git', url: 'https://github.com/auth-errors/eslint-plugin-auth-errors' },
    }),
  );
  writeFileSync(join(folder, 'README.md'), '# TypeScript 7 stand-in\n\nUsed by the auth-errors e2e test only.\n');
  writeFileSync(join(folder, 'LICENSE'), 'MIT\n');
  const out = join(folder, 'native-preview-standin.vsix');
  const vsce = join(dirname(createRequire(__filename).resolve('@vscode/vsce/package.json')), 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: folder, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`packaging the stand-in failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

let installation: Installation;

beforeAll(() => {
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package:vscode (npm run test:vscode does)`);
  installation = setUp();
});

describe("with VS Code's TypeScript 6 (tsserver loads the contributed plugin)", () => {
  const session = new Session("VS Code's TypeScript 6");
  const loginForm = 'app/login/login-form.tsx';
  const errorPage = 'app/auth/error/page.tsx';

  beforeAll(() => session.start(installation, SETTINGS));
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await session.onFailure(context.task.name);
  });
  afterAll(() => session.stop());

  it('hovers one code of each family, one auth-errors section each (en)', async () => {
    for (const target of TARGETS) {
      await session.hover(target, 'tsserver', 'en');
      if (target.family !== 'baas') continue;

      // The README's picture: the hovered case label and the hover above it, once the project has loaded (the
      // first hover may still say "(loading...)").
      const { bench, page } = session;
      const summary = session.expectedSections(target, 'en')[0]!.summary;
      await bench.hover(bench.token(`'${target.code}'`), (shown) => !shown.includes('(loading...)') && normalize(shown).includes(summary));
      const hover = await page.locator('.monaco-hover:visible').first().boundingBox();
      const token = await bench.token(`'${target.code}'`).boundingBox();
      const editor = await bench.editor().boundingBox();
      if (!hover || !token || !editor) throw new Error('no hover, token or editor box to photograph');
      const top = Math.max(editor.y, Math.min(hover.y, token.y) - 60);
      const bottom = Math.min(editor.y + editor.height, Math.max(hover.y + hover.height, token.y + token.height) + 140);
      const right = Math.min(editor.x + editor.width, Math.max(hover.x + hover.width, token.x + token.width) + 24);
      mkdirSync(dirname(screenshotFile), { recursive: true });
      await page.screenshot({ path: screenshotFile, clip: { x: editor.x, y: top, width: right - editor.x, height: bottom - top } });
      expect(readFileSync(screenshotFile).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it("offers the switch's missing codes in a new case '…'", async () => {
    const labels = await session.completions(loginForm, lineOf(session.fileText(loginForm), "case 'RATE_LIMIT_EXCEEDED':") + 1, 'tsserver');
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(labels[0]).toBe('INVALID_USER');
    for (const code of labels) expect(BAAS_ERROR_CODES).toContain(code);
  });

  it('light bulb on an incomplete switch: "Add missing error-code cases" edits the file', async () => {
    await session.addMissingCasesWithLightBulb(loginForm, 'tsserver');
  });

  it('follows authErrors.locale: ko after a settings change, without a reload', async () => {
    await session.changeSettings({ ...SETTINGS, 'authErrors.locale': 'ko' });
    for (const target of TARGETS.slice(0, 2)) await session.hover(target, 'tsserver', 'ko');
    await session.changeSettings(SETTINGS);
    await session.hover(TARGETS[0], 'tsserver', 'en');
  });

  it('authErrors.mode "standalone" (the TypeScript 7 path): the same hovers from the extension, one section each', async () => {
    await session.changeSettings({ ...SETTINGS, 'authErrors.mode': 'standalone' });
    for (const target of TARGETS) await session.hover(target, 'standalone', 'en');
  });

  it('authErrors.mode "standalone": completions and the light bulb fix come from the extension alone', async () => {
    // The example's error page handles Configuration and AccessDenied; only the error page's third value is left.
    const labels = await session.completions(errorPage, lineOf(session.fileText(errorPage), "case 'AccessDenied':") + 2, 'standalone');
    expect(labels).not.toContain('AccessDenied');
    expect(labels).toContain('Verification');
    await session.addMissingCasesWithLightBulb(errorPage, 'standalone');
  });

  it('authErrors.mode back to auto: the plugin answers again, one section', async () => {
    await session.changeSettings(SETTINGS);
    await session.hover(TARGETS[0], 'tsserver', 'en');
  });
});

describe('with TypeScript 7 serving (useTsgo on, no tsserver), authErrors.mode "auto"', () => {
  const session = new Session('TypeScript 7 serving');
  const errorPage = 'app/auth/error/page.tsx';
  const loginForm = 'app/login/login-form.tsx';

  beforeAll(async () => {
    const standIn = packageTypeScript7StandIn(join(mkdtempSync(join(tmpdir(), 'auth-errors-ts7-')), 'stand-in'));
    await session.start(installation, { ...SETTINGS, 'js/ts.experimental.useTsgo': true }, [standIn]);
    rmSync(dirname(dirname(standIn)), { recursive: true, force: true });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await session.onFailure(context.task.name);
  });
  afterAll(() => session.stop());

  it('answers from its own providers: one code of each family, one section each, no tsserver quick info', async () => {
    for (const target of TARGETS) await session.hover(target, 'standalone', 'en');
    expect(session.extensionLog()).toContain('serving from standalone (mode auto; useTsgo is on and typescriptteam.native-preview');
  });

  it('completions and the light bulb fix', async () => {
    const labels = await session.completions(loginForm, lineOf(session.fileText(loginForm), "case 'RATE_LIMIT_EXCEEDED':") + 1, 'standalone');
    expect(labels[0]).toBe('INVALID_USER');
    await session.addMissingCasesWithLightBulb(errorPage, 'standalone');
  });

  it('follows authErrors.locale live', async () => {
    await session.changeSettings({ ...SETTINGS, 'js/ts.experimental.useTsgo': true, 'authErrors.locale': 'ko' });
    await session.hover(TARGETS[0], 'standalone', 'ko');
  });
});
