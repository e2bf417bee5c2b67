// Figure 4: hover latency through the real tsserver (TypeScript 6.0, the installed one), with the plugin loaded
// from the project's tsconfig as an editor would, against the same project without it: quick info at every code
// string of a generated file (case labels and object keys of all four built-in families), the two servers asked
// in turn; and the plugin's added start-up time (spawn to the first quick-info answer, which loads the project).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { TsServerClient } from '../scripts/lib/tsserver-client.mjs';
import { repoRoot } from '../scripts/lib/corpus.mjs';
import { median, round2 } from './lib/measure.mjs';

const require = createRequire(import.meta.url);
const TSSERVER = path.join(repoRoot, 'node_modules', 'typescript', 'lib', 'tsserver.js');
const FILE = 'errors.ts';

/** A file with every built-in code as a `case` label, and the BaaS codes as object keys too. */
function sourceText() {
  const catalog = require(path.join(repoRoot, 'dist', 'src', 'catalog', 'index.js'));
  const families = [
    ['describeApiError', 'error: { errorCode: string }', 'error.errorCode', catalog.BAAS_ERROR_CODES],
    ['describePageError', 'error: string', 'error', catalog.NEXTAUTH_PAGE_ERROR_CODES],
    ['describeLoggerCode', 'code: string', 'code', catalog.NEXTAUTH_ERROR_CODES],
    ['describeAuthJsError', 'type: string', 'type', catalog.AUTHJS_ERROR_TYPES],
  ];
  let text = '';
  for (const [name, parameter, discriminant, codes] of families) {
    text += `export function ${name}(${parameter}): string {\n  switch (${discriminant}) {\n`;
    for (const code of codes) text += `    case '${code}':\n      return '${code.toLowerCase()}';\n`;
    text += "    default:\n      return 'unknown';\n  }\n}\n\n";
  }
  text += 'export const friendlyMessages: Record<string, string> = {\n';
  for (const code of catalog.BAAS_ERROR_CODES) text += `  ${code}: 'Message for ${code}.',\n`;
  text += '};\n';
  return text;
}

/** 1-based line/offset of every code string: one character inside each case literal, and each object key. */
function positionsOf(text) {
  const positions = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const caseMatch = /case '([^']+)':/.exec(line);
    if (caseMatch) positions.push({ line: index + 1, offset: line.indexOf("'") + 3 });
    const keyMatch = /^ {2}([A-Z_]+): '/.exec(line);
    if (keyMatch) positions.push({ line: index + 1, offset: 4 });
  });
  return positions;
}

function writeProject(dir, withPlugin, text) {
  fs.mkdirSync(dir, { recursive: true });
  const compilerOptions = { target: 'ES2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true };
  if (withPlugin) compilerOptions.plugins = [{ name: 'eslint-plugin-auth-errors' }];
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, include: ['*.ts'] }, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-hover", "private": true }\n');
  fs.writeFileSync(path.join(dir, FILE), text);
}

async function quickInfoMs(client, file, position) {
  const start = performance.now();
  let body;
  try {
    body = await client.quickInfo(file, position);
  } catch (error) {
    // tsserver answers "No content available" (success: false) where TypeScript has nothing to say.
    if (!/No content available/.test(String(error.message))) throw error;
  }
  return { ms: performance.now() - start, body };
}

async function start(dir, position) {
  const began = performance.now();
  const client = TsServerClient.start({ tsserver: TSSERVER, cwd: dir });
  const file = path.join(dir, FILE);
  client.open(file, { projectRootPath: dir });
  const first = await quickInfoMs(client, file, position);
  return { client, file, startupMs: performance.now() - began, first };
}

/**
 * The plugin's own share of start-up, measured directly in a fresh Node process each time (TypeScript already
 * loaded, as in tsserver): loading the built module, `init({ typescript })`, and `create(info)` over a real
 * language service for the project, up to its first quick-info answer on a code string.
 */
function pluginLoadMs(projectDir, position) {
  const script = `
    const path = require('node:path');
    const ts = require(${JSON.stringify(path.join(repoRoot, 'node_modules', 'typescript'))});
    const file = ${JSON.stringify(path.join(projectDir, FILE))};
    const text = ts.sys.readFile(file);
    const host = {
      getCompilationSettings: () => ({ strict: true, noEmit: true, skipLibCheck: true }),
      getScriptFileNames: () => [file], getScriptVersion: () => '1',
      getScriptSnapshot: (f) => { const t = ts.sys.readFile(f); return t === undefined ? undefined : ts.ScriptSnapshot.fromString(t); },
      getCurrentDirectory: () => path.dirname(file), getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists, readFile: ts.sys.readFile,
    };
    const service = ts.createLanguageService(host);
    service.getProgram();
    const logger = { info() {}, msg() {}, loggingEnabled: () => false };
    const lines = text.split('\\n');
    const offset = lines.slice(0, ${position.line - 1}).reduce((n, l) => n + l.length + 1, 0) + ${position.offset - 1};
    const t0 = performance.now();
    const init = require(${JSON.stringify(path.join(repoRoot, 'dist', 'src', 'language-service', 'index.js'))});
    const t1 = performance.now();
    const plugin = init({ typescript: ts }).create({ languageService: service, languageServiceHost: host, project: { projectService: { logger }, getProjectName: () => 'bench' }, config: {} });
    const t2 = performance.now();
    const info = plugin.getQuickInfoAtPosition(file, offset);
    const t3 = performance.now();
    if (!info || !/error code/.test(info.displayParts.map((p) => p.text).join(''))) throw new Error('the plugin did not answer');
    console.log(JSON.stringify({ load: t1 - t0, create: t2 - t1, firstAnswer: t3 - t2 }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

export async function hoverLatency({ rounds, startups, dir }) {
  const text = sourceText();
  const positions = positionsOf(text);
  const withDir = path.join(dir, 'with-plugin');
  const withoutDir = path.join(dir, 'without-plugin');
  writeProject(withDir, true, text);
  writeProject(withoutDir, false, text);

  // Start-up, alternating which server starts first.
  const startup = { with: [], without: [] };
  let pluginAnswered = false;
  for (let i = 0; i < startups; i++) {
    for (const which of i % 2 === 0 ? ['with', 'without'] : ['without', 'with']) {
      const server = await start(which === 'with' ? withDir : withoutDir, positions[0]);
      startup[which].push(server.startupMs);
      if (which === 'with' && /\(error code\)/.test(server.first.body?.displayString ?? '')) pluginAnswered = true;
      await server.client.close();
    }
  }

  const own = Array.from({ length: startups }, () => pluginLoadMs(withDir, positions[0]));

  // Latency: both servers up and warm; each position asked of one then the other, order alternating per round.
  const servers = { with: await start(withDir, positions[0]), without: await start(withoutDir, positions[0]) };
  const latency = { with: [], without: [] };
  let answeredByPlugin = 0;
  try {
    for (const position of positions) {
      for (const which of ['with', 'without']) await quickInfoMs(servers[which].client, servers[which].file, position);
    }
    for (let round = 0; round < rounds; round++) {
      for (const position of positions) {
        for (const which of round % 2 === 0 ? ['with', 'without'] : ['without', 'with']) {
          const { ms, body } = await quickInfoMs(servers[which].client, servers[which].file, position);
          latency[which].push(ms);
          if (which === 'with' && round === 0 && body?.documentation) answeredByPlugin++;
        }
      }
    }
  } finally {
    await servers.with.client.close();
    await servers.without.client.close();
  }
  const p90 = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.9)];
  return {
    typescript: require(path.join(repoRoot, 'node_modules', 'typescript', 'package.json')).version,
    positions: positions.length,
    rounds,
    requestsPerSide: latency.with.length,
    answeredByPlugin,
    pluginAnsweredAtStartup: pluginAnswered,
    medianMs: { with: round2(median(latency.with)), without: round2(median(latency.without)) },
    p90Ms: { with: round2(p90(latency.with)), without: round2(p90(latency.without)) },
    addedMedianMs: round2(median(latency.with) - median(latency.without)),
    startups,
    startupMs: { with: Math.round(median(startup.with)), without: Math.round(median(startup.without)) },
    startupRoundsMs: { with: startup.with.map(Math.round), without: startup.without.map(Math.round) },
    addedStartupMs: Math.round(median(startup.with) - median(startup.without)),
    pluginOwnMs: {
      load: round2(median(own.map((o) => o.load))),
      create: round2(median(own.map((o) => o.create))),
      firstAnswer: round2(median(own.map((o) => o.firstAnswer))),
      total: round2(median(own.map((o) => o.load + o.create + o.firstAnswer))),
    },
  };
}
