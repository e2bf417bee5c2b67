import type * as TS from 'typescript';

import type { FamilyContext } from '../catalog/switch-analysis';
import { familyContextOf } from './context';
import type { EditorOptions } from './options';

/**
 * What a host knows about the document a request is about: which document (a file name or a URI) and which
 * version of it (tsserver's script version, the LSP document version). A host that has no version passes none,
 * and the text itself stands in for it.
 */
export interface DocumentVersion {
  readonly file: string;
  readonly version: string | number;
}

/**
 * The analyses of one document version: the family evidence of its text and, per group of labels (a `switch`,
 * the strings compared with one value in one function, the keys of one object literal), whatever the features
 * derived from the group. Every value is plain data (strings and catalog entries, never syntax nodes), so a
 * re-parse of the same version can use it.
 */
export interface DocumentAnalysis {
  readonly context: FamilyContext;
  /** The analysis `compute` gives for `key` (a group, or a group and a position in it), computed once per version. */
  memo<T>(key: string, compute: () => T): T;
}

/** How many documents keep their analyses (the ones being edited; an editor has few open at a time). */
const MAX_DOCUMENTS = 8;
/** How many analyses one version keeps before it starts over (groups, and positions asked in them). */
const MAX_ANALYSES = 512;

/** Counts for tests and the bench: analyses computed, and requests answered from the cache. */
export const editorCacheStats = { computed: 0, reused: 0 };

interface Entry {
  readonly version: string | number;
  readonly text: string;
  readonly options: EditorOptions;
  readonly analysis: DocumentAnalysis;
}

// Per process, most recently used last. A new version or other options replace a document's entry.
const documents = new Map<string, Entry>();

/** Forgets every analysis (tests, and a host whose catalog files changed on disk). */
export function clearEditorCache(): void {
  documents.clear();
  editorCacheStats.computed = 0;
  editorCacheStats.reused = 0;
}

/**
 * The analyses of the document version a request is about. Without a version from the host, the document is the
 * source file's name and its text is the version. The text is compared as well (the same string object in the
 * usual case, so at no cost): two hosts in one process that number their documents alike (two in-memory
 * projects with a file of the same name) never get each other's answers.
 */
export function analysisOf(sourceFile: TS.SourceFile, options: EditorOptions, document?: DocumentVersion): DocumentAnalysis {
  const file = document?.file ?? sourceFile.fileName;
  const version = document?.version ?? sourceFile.text;
  const cached = documents.get(file);
  if (cached && cached.version === version && cached.options === options && cached.text === sourceFile.text) {
    documents.delete(file);
    documents.set(file, cached);
    return cached.analysis;
  }
  const entry: Entry = { version, text: sourceFile.text, options, analysis: createAnalysis(familyContextOf(sourceFile, options)) };
  documents.delete(file);
  documents.set(file, entry);
  if (documents.size > MAX_DOCUMENTS) {
    const oldest = documents.keys().next().value;
    if (oldest !== undefined) documents.delete(oldest);
  }
  return entry.analysis;
}

function createAnalysis(context: FamilyContext): DocumentAnalysis {
  const analyses = new Map<string, unknown>();
  return {
    context,
    memo<T>(key: string, compute: () => T): T {
      if (analyses.has(key)) {
        editorCacheStats.reused++;
        return analyses.get(key) as T;
      }
      const value = compute();
      editorCacheStats.computed++;
      if (analyses.size >= MAX_ANALYSES) analyses.clear();
      analyses.set(key, value);
      return value;
    },
  };
}
