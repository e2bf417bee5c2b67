/**
 * Vitest global setup: the real-process tests (tsserver, typescript-language-server, the LSP server, the
 * package-layout checks) run the built `dist/`. Builds once before the run when any source is newer than its
 * output; a type error elsewhere in the tree does not stop the build from emitting, so only missing or stale
 * outputs fail the setup.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

function staleOutputs(): string[] {
  return [...sources(path.join(root, 'src')), ...sources(path.join(root, 'rules'))].filter((source) => {
    const output = path.join(root, 'dist', path.relative(root, source)).replace(/\.ts$/, '.js');
    return !existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs;
  });
}

export default function setup(): void {
  if (staleOutputs().length === 0) return;
  try {
    execSync('npm run build', { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const stale = staleOutputs();
    if (stale.length > 0) {
      const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
      throw new Error(`npm run build left ${stale.length} output(s) missing or stale (${stale.slice(0, 3).join(', ')}):\n${output}`);
    }
  }
}
