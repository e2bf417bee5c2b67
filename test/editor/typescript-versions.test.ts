import ts6 from 'typescript';
import ts5 from 'typescript-5';
import { describe, expect, it } from 'vitest';

import { getCodeActions, getCompletions, getHover } from '../../src/editor';
import type { TypeScript } from '../../src/editor';
import { offsetOf } from '../language-service/harness';
import { LOGIN_FORM, PAGES } from './samples';

const ts59 = ts5 as unknown as TypeScript;

describe(`the editor core parses with whichever TypeScript the host hands in (${ts6.version} and ${ts5.version})`, () => {
  it('gives the same hover, completions and actions', () => {
    for (const [file, text, needle] of [
      ['login.tsx', LOGIN_FORM, 'RATE_LIMIT_EXCEEDED'],
      ['pages.ts', PAGES, "'Configuration'"],
      ['pages.ts', PAGES, 'TOKEN_EXPIRED:'],
    ] as const) {
      const at = offsetOf(text, needle, 1);
      const hover = getHover(ts6, file, text, at);
      expect(hover).toBeDefined();
      expect(getHover(ts59, file, text, at)).toEqual(hover);
    }
    const typing = LOGIN_FORM.replace("case 'TOKEN_EXPIRD':", "case '':");
    const at = offsetOf(typing, "case ''", 6);
    expect(getCompletions(ts59, 'login.tsx', typing, at)).toEqual(getCompletions(ts6, 'login.tsx', typing, at));
    const fix = offsetOf(LOGIN_FORM, 'TOKEN_EXPIRD');
    const actions = getCodeActions(ts6, 'login.tsx', LOGIN_FORM, fix, fix);
    expect(actions.map((action) => action.id)).toEqual(['replaceCode', 'addMissingCases']);
    expect(getCodeActions(ts59, 'login.tsx', LOGIN_FORM, fix, fix)).toEqual(actions);
  });
});
