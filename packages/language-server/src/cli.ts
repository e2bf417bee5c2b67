#!/usr/bin/env node
/**
 * `auth-errors-language-server --stdio`: hover docs, completions and quick fixes for auth error codes, over LSP.
 * Also `--node-ipc` and `--socket=<port>`, the transports `vscode-languageserver` reads from the command line.
 */
import { writeSync } from 'node:fs';

import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';

import { createFramingCheck } from './framing';
import { packageJson } from './package-meta';
import { LOG_PREFIX, SERVER_NAME, startServer } from './server';
import { loadParser } from './typescript';

/** Writes one line to stderr before exiting (synchronously, so that it is not lost) and exits with 1. */
function fail(message: string): never {
  writeSync(2, `${message}\n`);
  process.exit(1);
}

/**
 * Over stdio the server reads the stream itself first: at a malformed header (or a message it cannot decode) it
 * logs the problem to stderr and exits with 1, where vscode-jsonrpc alone would wait for ever.
 */
function stdioConnection(): Connection {
  const check = createFramingCheck();
  process.stdin.on('data', (chunk: Buffer) => {
    const problem = check.push(chunk);
    if (problem !== undefined) fail(`${LOG_PREFIX} ${SERVER_NAME}: malformed message from the client: ${problem}. Exiting.`);
  });
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => fail(`${LOG_PREFIX} ${SERVER_NAME}: unreadable message from the client: ${error.message.replace(/\.?$/, '.')} Exiting.`));
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${packageJson.version}\n`);
} else if (!args.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) {
  process.stderr.write(`Usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=<port>\n`);
  process.exitCode = 1;
} else {
  let parser;
  try {
    parser = loadParser();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  startServer(args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all), parser);
}
