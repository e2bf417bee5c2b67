/**
 * What a person does in VS Code, done through the page: open a file with Quick Open, hover a token, type, use
 * the light bulb. Every read is of the rendered workbench (the DOM VS Code draws), never of an API.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

import type { Locator, Page } from 'playwright-core';

const POLL_MS = 500;

export async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Text as rendered, with runs of white space (and the non-breaking spaces Monaco draws) made single spaces. */
export function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    // The explorer shows the folder once the workbench has restored it.
    await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 120_000 });
  }

  /**
   * Shows a file in the editor: its tab when it is open already, else Quick Open (Ctrl+P) with the
   * workspace-relative path and a click on the match. Waits until the editor shows it.
   */
  async openFile(relativePath: string): Promise<void> {
    const name = relativePath.split('/').pop()!;
    const tab = this.page.locator('.tabs-container .tab', { has: this.page.locator('.label-name', { hasText: name }) }).first();
    if ((await tab.count()) > 0) {
      await tab.click();
    } else {
      await until(`Quick Open to show ${relativePath}`, 60_000, async () => {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 5_000 });
        await input.fill(relativePath);
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
        await row.waitFor({ timeout: 5_000 });
        await row.click();
        return true;
      });
    }
    await this.page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
    await this.editor().locator('.view-lines').waitFor({ timeout: 30_000 });
  }

  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The innermost rendered span of the active editor whose text contains `text` (on the `nth` such line). */
  token(text: string, nth = 0): Locator {
    return this.editor().locator('.view-line span span', { hasText: text }).nth(nth);
  }

  /** Ctrl+G to `line:column` (1-based) in the focused editor; waits until the status bar shows the cursor there. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    await this.waitForCursorLine(line);
  }

  async waitForCursorLine(line: number): Promise<void> {
    let seen = 0;
    await until(`the cursor on line ${line} (the status bar says line ${seen})`, 10_000, async () => {
      seen = (await this.cursor()).line;
      return seen === line ? true : undefined;
    });
  }

  /** The cursor position the status bar shows ("Ln 12, Col 5"). */
  async cursor(): Promise<{ line: number; column: number }> {
    const text = await this.page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first().innerText();
    const [, line, column] = /Ln (\d+), Col (\d+)/.exec(text) ?? [];
    return { line: Number(line), column: Number(column) };
  }

  /**
   * Opens a new line below line `line` (1-based) with "Insert Line Below" (Ctrl+Enter) and leaves the cursor on
   * it; checks with the status bar that the cursor got there.
   */
  async openLineBelow(line: number): Promise<void> {
    await this.goTo(line);
    await this.page.keyboard.press('Control+Enter');
    await this.waitForCursorLine(line + 1);
  }

  /** The text of the visible hover widget ('' when none). */
  async hoverText(): Promise<string> {
    const hover = this.page.locator('.monaco-hover:visible').first();
    if ((await hover.count()) === 0) return '';
    return (await hover.innerText()).trim();
  }

  /**
   * Hovers `token` until the hover shows text that `accept` accepts (tsserver needs a few seconds to start, and
   * a setting change a moment to arrive): moves the mouse away and back each time. Then waits for the hover to
   * settle (no "Loading…", the same text twice) and returns its full text.
   */
  async hover(token: Locator, accept: (text: string) => boolean, timeoutMs = 120_000): Promise<string> {
    let last = '';
    await until(`a hover over ${await token.innerText().catch(() => '?')} that passes the check (last seen: ${JSON.stringify(last)})`, timeoutMs, async () => {
      await this.page.mouse.move(1, 1);
      await this.page.waitForTimeout(300);
      await token.scrollIntoViewIfNeeded();
      await token.hover();
      for (let waited = 0; waited < 4_000; waited += 250) {
        await this.page.waitForTimeout(250);
        last = await this.hoverText();
        if (last !== '' && !/^Loading/.test(last) && accept(last)) return true;
      }
      return undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}\nlast hover text: ${JSON.stringify(last)}`);
    });
    // Every provider has answered when the text stops changing.
    let settled = last;
    for (let stable = 0; stable < 3; ) {
      await this.page.waitForTimeout(500);
      const now = await this.hoverText();
      if (now === settled && !/Loading/.test(now)) stable++;
      else {
        stable = 0;
        settled = now;
      }
    }
    return settled;
  }

  /** The text of every line the editor has rendered. */
  async visibleText(): Promise<string> {
    return this.editor().locator('.view-lines').innerText();
  }

  /**
   * Replaces the user settings the way a person does: "Preferences: Open User Settings (JSON)", select all, type
   * the new JSON, save, close. VS Code applies them at once, no reload.
   */
  async changeUserSettings(settings: Record<string, unknown>, settingsFile: string): Promise<void> {
    await this.command('Preferences: Open User Settings (JSON)');
    const editor = this.page
      .locator('.monaco-editor', { has: this.page.locator('.view-lines', { hasText: '"security.workspace.trust.enabled"' }) })
      .first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    // One line, so that auto-indent has nothing to add; then drop what auto-closing added after the cursor.
    await this.page.keyboard.insertText(JSON.stringify(settings));
    await this.page.keyboard.press('Control+Shift+End');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.press('Control+S');
    let saved = '';
    await until(`the settings saved (last read: ${saved})`, 30_000, async () => {
      saved = readFileSync(settingsFile, 'utf8');
      try {
        return isDeepStrictEqual(JSON.parse(saved), settings) ? true : undefined;
      } catch {
        return undefined;
      }
    }).catch((error: Error) => {
      throw new Error(`${error.message}; the file reads ${JSON.stringify(saved)}`);
    });
    // VS Code 1.139 shows settings.json in a modal editor: close it (Escape closes the modal; Ctrl+W the editor).
    await until('the settings editor closed', 30_000, async () => {
      for (const key of ['Escape', 'Control+W']) {
        if (!(await editor.isVisible())) return true;
        await editor.locator('.view-lines').click();
        await this.page.keyboard.press(key);
        await this.page.waitForTimeout(500);
      }
      return (await editor.isVisible()) ? undefined : true;
    });
  }

  /** Runs a command from the Command Palette (Ctrl+Shift+P), clicking the entry with exactly this title. */
  async command(title: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    // The label may go on (", recently used"): match its start.
    const row = this.page.locator(`.quick-input-list .monaco-list-row[aria-label^="${title}"]`).first();
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** Drops unsaved changes of the active editor ("File: Revert File") and waits until it is clean. */
  async revert(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.command('File: Revert File');
    await this.page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: 30_000 });
  }

}
