#!/usr/bin/env node
/**
 * `auth-errors-language-server --stdio`: hover docs, completions and quick fixes for auth error codes, over LSP.
 * Also `--node-ipc` and `--socket=<port>`, the transports `vscode-languageserver` reads from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

import { packageJson } from '../package-meta';
import { SERVER_NAME, startServer } from './server';
import { loadParser } from './typescript';

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
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  startServer(createConnection(ProposedFeatures.all), parser);
}
