/** The plugin hands tsserver's script version to the editor core: requests on one version share its analyses. */
import { beforeEach, describe, expect, it } from 'vitest';

import { clearEditorCache, editorCacheStats } from '../../src/editor';
import { LOGIN_FORM } from '../editor/samples';
import { createVirtualProject, offsetOf, ROOT, TYPESCRIPTS } from './harness';

const LOGIN = `${ROOT}/login.tsx`;

beforeEach(() => clearEditorCache());

describe.each(TYPESCRIPTS)('script versions (%s)', (_name, ts) => {
  it('reuses the analysis of a version for the next request and starts afresh after an edit', () => {
    const { service, setFile } = createVirtualProject(ts, { 'login.tsx': LOGIN_FORM });
    const at = offsetOf(LOGIN_FORM, 'TOKEN_EXPIRD');
    const names = () =>
      service
        .getApplicableRefactors(LOGIN, at, {}, undefined, undefined)
        .find((refactor) => refactor.name === 'auth-errors')
        ?.actions.map((action) => action.name);

    expect(names()).toEqual(['replaceCode:TOKEN_EXPIRED', 'addMissingCases']);
    const computed = editorCacheStats.computed;
    const edits = service.getEditsForRefactor(LOGIN, {}, at, 'auth-errors', 'replaceCode:TOKEN_EXPIRED', {});
    expect(edits?.edits[0]?.textChanges).toEqual([{ span: { start: at, length: 12 }, newText: 'TOKEN_EXPIRED' }]);
    expect(editorCacheStats.computed).toBe(computed);

    setFile('login.tsx', LOGIN_FORM.replace('TOKEN_EXPIRD', 'TOKEN_EXPIRED'));
    expect(names()).toEqual(['addMissingCases']);
    expect(editorCacheStats.computed).toBeGreaterThan(computed);
  });
});
