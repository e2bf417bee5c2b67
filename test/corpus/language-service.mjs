// The language-service half of the corpus run: quick info and completions at every token of a few hundred
// corpus files, through an in-process TypeScript LanguageService decorated by our tsserver plugin, exactly as
// tsserver would create it (`init({ typescript }).create(info)`).
//
// The plugin asks the service it decorates for TypeScript's answer first; that service is wrapped here so each
// answer TypeScript gives is snapshotted before the plugin sees it. The plugin's answer must then hold
// TypeScript's unchanged: the same quick-info display parts, span and tags, TypeScript's documentation first; the
// same completion list flags and every one of TypeScript's entries, in order. An exception thrown out of a hook,
// or one the plugin's own guard caught and logged as an error, is a problem too.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { rel, repoRoot } from '../../scripts/lib/corpus.mjs';

const require = createRequire(import.meta.url);

/** How many corpus files the language-service run covers. */
export const LS_FILE_COUNT = 300;

/** The built plugin module tsserver loads, as a path relative to the repository. */
const PLUGIN_CANDIDATES = ['dist/src/language-service/index.js'];

function loadPluginFactory() {
  for (const candidate of PLUGIN_CANDIDATES) {
    const file = path.join(repoRoot, candidate);
    if (!existsSync(file)) continue;
    const loaded = require(file);
    const factory = typeof loaded === 'function' ? loaded : loaded?.default;
    if (typeof factory === 'function') return { factory, module: candidate };
  }
  return undefined;
}

/** Every position the run asks at: the start of each token, and just inside each string literal or template. */
function positionsOf(ts, sourceFile) {
  const positions = new Set();
  const visit = (node) => {
    const children = node.getChildren(sourceFile);
    if (children.length === 0) {
      if (node.kind === ts.SyntaxKind.EndOfFileToken) return;
      const start = node.getStart(sourceFile);
      positions.add(start);
      if (
        node.kind === ts.SyntaxKind.StringLiteral ||
        node.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
        node.kind === ts.SyntaxKind.TemplateHead
      ) {
        if (node.getEnd() - start > 1) positions.add(start + 1);
      }
      return;
    }
    for (const child of children) visit(child);
  };
  visit(sourceFile);
  return [...positions].sort((a, b) => a - b);
}

function quickInfoSnapshot(info) {
  if (!info) return undefined;
  return {
    kind: info.kind,
    kindModifiers: info.kindModifiers,
    textSpan: { start: info.textSpan.start, length: info.textSpan.length },
    displayParts: JSON.stringify(info.displayParts ?? []),
    documentation: (info.documentation ?? []).map((part) => JSON.stringify(part)),
    tags: JSON.stringify(info.tags ?? []),
  };
}

function entryKey(entry) {
  return JSON.stringify([
    entry.name,
    entry.kind,
    entry.kindModifiers,
    entry.sortText,
    entry.insertText,
    entry.replacementSpan,
    entry.source,
    entry.isSnippet,
    entry.hasAction,
    entry.isRecommended,
    entry.labelDetails,
  ]);
}

function completionSnapshot(list) {
  if (!list) return undefined;
  return {
    flags: JSON.stringify([list.isGlobalCompletion, list.isMemberCompletion, list.isNewIdentifierLocation, list.optionalReplacementSpan]),
    entries: list.entries.map(entryKey),
  };
}

/** What is wrong with the plugin's quick info, given TypeScript's; `undefined` when TypeScript's is intact. */
function compareQuickInfo(base, answer) {
  if (!base) return undefined;
  if (!answer) return 'TypeScript had quick info; the plugin answered none';
  const got = quickInfoSnapshot(answer);
  if (got.kind !== base.kind || got.kindModifiers !== base.kindModifiers) return `kind changed: ${base.kind} → ${got.kind}`;
  if (got.textSpan.start !== base.textSpan.start || got.textSpan.length !== base.textSpan.length) return 'span changed';
  if (got.displayParts !== base.displayParts) return `display parts changed: ${base.displayParts.slice(0, 120)}`;
  if (got.tags !== base.tags) return 'tags changed';
  for (let i = 0; i < base.documentation.length; i++) {
    if (got.documentation[i] !== base.documentation[i]) return `documentation part ${i} changed`;
  }
  return undefined;
}

/** What is wrong with the plugin's completions, given TypeScript's; `undefined` when every entry is kept. */
function compareCompletions(base, answer) {
  if (!base) return undefined;
  if (!answer) return 'TypeScript had completions; the plugin answered none';
  const got = completionSnapshot(answer);
  if (got.flags !== base.flags) return `list flags changed: ${base.flags} → ${got.flags}`;
  // Every TypeScript entry, in TypeScript's order (the plugin may add entries anywhere).
  let j = 0;
  for (const key of base.entries) {
    while (j < got.entries.length && got.entries[j] !== key) j++;
    if (j === got.entries.length) return `entry dropped or changed: ${key.slice(0, 120)}`;
    j++;
  }
  return undefined;
}

function createHost(ts, files) {
  const versions = new Map(files.map((file) => [file, '1']));
  const snapshots = new Map();
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // No default library: TypeScript rebuilds its global completion list (some 800 lib globals) at every one of
    // the ~80,000 positions, which would take this run from two minutes to half an hour on two cores. The
    // plugin's code paths are syntax-driven and do not depend on it; TypeScript's answers are still compared in full.
    noLib: true,
    jsx: ts.JsxEmit.Preserve,
    allowJs: true,
    checkJs: false,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  return {
    getCompilationSettings: () => options,
    getScriptFileNames: () => files,
    getScriptVersion: (file) => versions.get(file) ?? '1',
    getScriptSnapshot: (file) => {
      if (!snapshots.has(file)) {
        const text = ts.sys.readFile(file);
        snapshots.set(file, text === undefined ? undefined : ts.ScriptSnapshot.fromString(text));
      }
      return snapshots.get(file);
    },
    getCurrentDirectory: () => repoRoot,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
  };
}

/**
 * The harness's self-check: a plugin gone wrong in each way the run must catch. Every 7th quick info has its
 * display text changed, every 7th completion list loses its first entry, and every 13th call of either throws.
 */
function withPlantedFaults(service) {
  let calls = 0;
  return {
    ...service,
    getQuickInfoAtPosition(...args) {
      calls++;
      if (calls % 13 === 0) throw new Error('planted quick-info failure');
      const info = service.getQuickInfoAtPosition(...args);
      if (info && calls % 7 === 0 && info.displayParts?.length) info.displayParts[0] = { ...info.displayParts[0], text: 'changed' };
      return info;
    },
    getCompletionsAtPosition(...args) {
      calls++;
      if (calls % 13 === 0) throw new Error('planted completions failure');
      const list = service.getCompletionsAtPosition(...args);
      if (list && calls % 7 === 0 && list.entries.length > 0) return { ...list, entries: list.entries.slice(1) };
      return list;
    },
  };
}

/**
 * Runs the plugin over `files`. Returns counts and `problems` (each `{ file, position, operation, detail }`,
 * operation `exception`, `quickinfo` or `completions`), or `{ error }` when the built plugin is missing.
 * `onProgress(done, total)` is called after each file.
 */
export async function runLanguageServiceCorpus(files, onProgress = () => {}, { plantFaults = false } = {}) {
  const found = loadPluginFactory();
  if (!found) return { error: `no built tsserver plugin at ${PLUGIN_CANDIDATES.join(' or ')} (run \`npm run build\`)` };
  const ts = require('typescript');
  const host = createHost(ts, files);
  const base = ts.createLanguageService(host, ts.createDocumentRegistry());

  // The service handed to the plugin: TypeScript's, with each answer snapshotted as TypeScript gave it.
  const seen = { quickInfo: null, completions: null };
  const recorded = { ...base };
  recorded.getQuickInfoAtPosition = (...args) => {
    const answer = base.getQuickInfoAtPosition(...args);
    seen.quickInfo = { snapshot: quickInfoSnapshot(answer) };
    return answer;
  };
  recorded.getCompletionsAtPosition = (...args) => {
    const answer = base.getCompletionsAtPosition(...args);
    seen.completions = { snapshot: completionSnapshot(answer) };
    return answer;
  };

  const problems = [];
  let current = { file: '(create)', position: -1 };
  const logged = (text, type) => {
    if (type === ts.server.Msg.Err) problems.push({ file: rel(current.file), position: current.position, operation: 'exception', detail: `guard caught: ${text.split('\n').slice(0, 3).join(' ')}` });
  };
  const logger = {
    info: () => {},
    msg: logged,
    loggingEnabled: () => false,
    hasLevel: () => false,
    perftrc: () => {},
    startGroup: () => {},
    endGroup: () => {},
    getLogFileName: () => undefined,
    close: () => {},
  };
  const project = {
    projectService: { logger },
    getProjectName: () => path.join(repoRoot, 'test/corpus/.out/ls-project'),
    getCurrentDirectory: () => repoRoot,
    getCompilerOptions: () => host.getCompilationSettings(),
    getLanguageService: () => base,
  };
  const factory = found.factory({ typescript: ts });
  const created = factory.create({ languageService: recorded, languageServiceHost: host, project, config: {}, serverHost: ts.sys });
  const service = plantFaults ? withPlantedFaults(created) : created;

  const counts = { files: 0, positions: 0, quickInfoAnswers: 0, completionAnswers: 0, quickInfoAugmented: 0, completionsAugmented: 0 };
  const program = base.getProgram();
  for (const file of files) {
    const sourceFile = program?.getSourceFile(file);
    if (!sourceFile) {
      problems.push({ file: rel(file), position: -1, operation: 'exception', detail: 'not in the program' });
      continue;
    }
    counts.files++;
    for (const position of positionsOf(ts, sourceFile)) {
      counts.positions++;
      current = { file, position };

      seen.quickInfo = null;
      let quickInfo;
      try {
        quickInfo = service.getQuickInfoAtPosition(file, position);
      } catch (error) {
        problems.push({ file: rel(file), position, operation: 'exception', detail: `quick info threw: ${error?.stack ?? error}` });
      }
      const baseQuick = seen.quickInfo ? seen.quickInfo.snapshot : quickInfoSnapshot(base.getQuickInfoAtPosition(file, position));
      if (baseQuick) counts.quickInfoAnswers++;
      const quickProblem = compareQuickInfo(baseQuick, quickInfo);
      if (quickProblem) problems.push({ file: rel(file), position, operation: 'quickinfo', detail: quickProblem });
      if (quickInfo && JSON.stringify(quickInfoSnapshot(quickInfo)) !== JSON.stringify(baseQuick)) counts.quickInfoAugmented++;

      seen.completions = null;
      let completions;
      try {
        completions = service.getCompletionsAtPosition(file, position, {});
      } catch (error) {
        problems.push({ file: rel(file), position, operation: 'exception', detail: `completions threw: ${error?.stack ?? error}` });
      }
      const baseCompletions = seen.completions ? seen.completions.snapshot : completionSnapshot(base.getCompletionsAtPosition(file, position, {}));
      if (baseCompletions) counts.completionAnswers++;
      const completionProblem = compareCompletions(baseCompletions, completions);
      if (completionProblem) problems.push({ file: rel(file), position, operation: 'completions', detail: completionProblem });
      if (completions && (!baseCompletions || completions.entries.length !== baseCompletions.entries.length)) counts.completionsAugmented++;
    }
    onProgress(counts.files, files.length);
  }
  return { ...counts, problems, tsVersion: ts.version, pluginModule: found.module };
}
