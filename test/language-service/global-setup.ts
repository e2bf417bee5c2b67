/**
 * Vitest global setup: the real-process tests (tsserver, typescript-language-server, the LSP server, the
 * package-layout checks) run the built `dist/` and `packages/language-server/dist/`. Builds both once before the
 * run when any source is newer than its output; a type error elsewhere in the tree does not stop either build from
 * emitting, so only missing or stale outputs fail the setup.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The plugin's sources build into dist/; the language server's (packages/language-server/src) into its own dist/. */
function outputOf(source: string): string {
  const server = path.join(root, 'packages', 'language-server');
  const relative = path.relative(server, source);
  const output = relative.startsWith('src')
    ? path.join(server, 'dist', path.relative(path.join(server, 'src'), source))
    : path.join(root, 'dist', path.relative(root, source));
  return output.replace(/\.ts$/, '.js');
}

function staleOutputs(): string[] {
  const all = [sources(path.join(root, 'src')), sources(path.join(root, 'rules')), sources(path.join(root, 'packages', 'language-server', 'src'))];
  return all.flat().filter((source) => {
    const output = outputOf(source);
    return !existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs;
  });
}

/** The steps of `npm run build` (the plugin, then the server), run one by one: a type error in one skips no other. */
function buildSteps(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { build: string } };
  return manifest.scripts.build.split('&&').map((step) => step.trim());
}

export default function setup(): void {
  if (staleOutputs().length === 0) return;
  let output = '';
  for (const step of buildSteps()) {
    try {
      execSync(step, { cwd: root, stdio: 'pipe' });
    } catch (error) {
      output += (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    }
  }
  const stale = staleOutputs();
  if (stale.length > 0) {
    throw new Error(`npm run build left ${stale.length} output(s) missing or stale (${stale.slice(0, 3).join(', ')}):\n${output}`);
  }
}
