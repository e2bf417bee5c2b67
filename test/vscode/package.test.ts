/**
 * The packaged .vsix, unpacked and used the way VS Code uses it: tsserver started with
 * `--globalPlugins eslint-plugin-auth-errors --pluginProbeLocations <extension dir>` (what VS Code passes for a
 * `typescriptServerPlugins` contribution) must load the plugin from the extension's own node_modules and answer
 * quick info with the catalog's text; the editor core in it must run on the TypeScript it ships.
 * Builds the .vsix from the current root build (dist/); `npm test` and `npm run test:vscode` build that first.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type * as TS from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { defaultCatalog } from '../../src/catalog';
import type * as Editor from '../../src/editor';
import { locate, TsServerClient } from '../../scripts/lib/tsserver-client.mjs';
import { unzip } from './unzip';

const root = join(__dirname, '../..');
const PLUGIN = 'eslint-plugin-auth-errors';

const SOURCE = `interface ApiError {
  errorCode: string;
}

export function describeError(error: ApiError): string {
  switch (error.errorCode) {
    case 'UNAUTHORIZED':
      return 'Please sign in.';
    case 'USER_ALREADY_EXISTS':
      return 'That account already exists.';
    default:
      return 'Something went wrong.';
  }
}
`;

const unauthorized = defaultCatalog.lookup('UNAUTHORIZED', 'baas')!.entry;

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the packaged .vsix', () => {
  let work: string;
  let extensionDir: string;
  let entries: string[];
  let vsixSize: number;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'auth-errors-package-test-'));
    const vsix = join(work, 'auth-errors-vscode.vsix');
    const result = spawnSync(process.execPath, [join(root, 'scripts/vscode/package.mjs'), '--skip-root-build', '--out', vsix], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`packaging failed:\n${result.stdout}\n${result.stderr}`);
    vsixSize = statSync(vsix).size;
    entries = unzip(vsix, join(work, 'unpacked'));
    extensionDir = join(work, 'unpacked/extension');
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds the extension, the plugin in its own node_modules and TypeScript 6 for the standalone path only', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
    expect(manifest.main).toBe('./dist/extension.js');
    expect(entries).toContain('extension/dist/extension.js');
    expect(manifest.contributes.typescriptServerPlugins).toEqual([
      { name: PLUGIN, enableForWorkspaceTypeScriptVersions: true },
    ]);
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual([
      'authErrors.enable',
      'authErrors.families',
      'authErrors.locale',
      'authErrors.mode',
    ]);

    const plugin = JSON.parse(readFileSync(join(extensionDir, 'node_modules', PLUGIN, 'package.json'), 'utf8'));
    expect(plugin.name).toBe(PLUGIN);
    expect(entries).toContain(`extension/node_modules/${PLUGIN}/${plugin.main.replace(/^\.\//, '')}`);
    expect(plugin.dependencies).toBeUndefined();

    // Exactly two packages in the extension's node_modules, none nested, and no TypeScript but the parser.
    const packages = new Set(entries.flatMap((entry) => /^extension\/node_modules\/([^/]+)\//.exec(entry)?.[1] ?? []));
    expect([...packages].sort()).toEqual([PLUGIN, 'typescript']);
    expect(entries.filter((entry) => /node_modules\/.*\/node_modules\//.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('extension/node_modules/typescript/lib/'))).toEqual([
      'extension/node_modules/typescript/lib/typescript.js',
    ]);
    expect(entries.filter((entry) => /\.(ts|map)$/.test(entry))).toEqual([]);
    expect(vsixSize).toBeLessThan(4 * 1024 * 1024);
  });

  describe('in a real tsserver started as VS Code starts it', () => {
    let server: TsServerClient;
    let logFile: string;
    const projects: Record<'global' | 'listed', string> = { global: '', listed: '' };

    beforeAll(async () => {
      // tsserver also looks for global plugins next to itself (…/node_modules of its own install). Run a copy
      // outside the repository, whose node_modules link eslint-plugin-auth-errors to the source tree, so that
      // only the unpacked extension can provide the plugin.
      const tsCopy = join(work, 'tsserver/node_modules/typescript');
      cpSync(dirname(createRequire(__filename).resolve('typescript/package.json')), tsCopy, { recursive: true });
      for (const name of Object.keys(projects) as (keyof typeof projects)[]) {
        const project = join(work, `project-${name}`);
        mkdirSync(join(project, 'src'), { recursive: true });
        const compilerOptions = {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          // `listed`: the user's tsconfig names the plugin too, with options of its own.
          ...(name === 'listed' ? { plugins: [{ name: PLUGIN, locale: 'en' }] } : {}),
        };
        writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
        writeFileSync(join(project, 'src/errors.ts'), SOURCE);
        projects[name] = join(project, 'src/errors.ts');
      }
      logFile = join(work, 'tsserver.log');
      server = TsServerClient.start({
        tsserver: join(tsCopy, 'lib/tsserver.js'),
        cwd: work,
        logFile,
        args: ['--globalPlugins', PLUGIN, '--pluginProbeLocations', extensionDir, '--useInferredProjectPerProjectRoot', '--noGetErrOnBackgroundUpdate'],
      });
      for (const file of Object.values(projects)) server.open(file, { content: SOURCE, scriptKindName: 'TS' });
    });

    afterAll(async () => {
      await server?.close();
    });

    const at = locate(SOURCE, "'UNAUTHORIZED'", { delta: 1 });

    async function quickInfo(file: string): Promise<string> {
      const body = (await server.quickInfo(file, at)) as { displayString: string; documentation: string };
      return `${body.displayString}\n${body.documentation}`;
    }

    it('loads the plugin from the extension folder and answers quick info on a case label', async () => {
      const text = await quickInfo(projects.global);
      expect(text).toContain('UNAUTHORIZED');
      expect(occurrences(text, unauthorized.summary.en)).toBe(1);
      expect(occurrences(text, unauthorized.cause.en)).toBe(1);

      const log = readFileSync(logFile, 'utf8');
      expect(log).toContain(`Loading global plugin ${PLUGIN}`);
      expect(log).toContain(`Loading ${PLUGIN} from ${extensionDir} (resolved to ${join(extensionDir, 'node_modules')})`);
      expect(log).toContain('Plugin validation succeeded');
      expect(log).not.toContain(`Failed to load module '${PLUGIN}'`);
    });

    it('loads it once when the tsconfig lists it too: one auth-errors section', async () => {
      const text = await quickInfo(projects.listed);
      expect(occurrences(text, unauthorized.summary.en)).toBe(1);
      expect(occurrences(text, unauthorized.fix.en)).toBe(1);
    });

    it('applies what the extension sends through configurePlugin, live; each message replaces the last', async () => {
      async function configure(configuration: object): Promise<void> {
        await server.request('configurePlugin', { pluginName: PLUGIN, configuration });
      }
      /** Quick info text, or '' when there is none (TypeScript has none on a plain string and says so). */
      async function quickInfoOrNothing(file: string): Promise<string> {
        return quickInfo(file).catch(() => '');
      }

      // The user sets `authErrors.locale` to `ko`.
      await configure({ locale: 'ko' });
      for (const file of Object.values(projects)) {
        const text = await quickInfo(file);
        expect(occurrences(text, unauthorized.summary.ko)).toBe(1);
        expect(text).not.toContain(unauthorized.summary.en);
      }

      // The user removes the setting: the extension sends only what is set, and the tsconfig's options apply again.
      await configure({});
      expect(occurrences(await quickInfo(projects.global), unauthorized.summary.en)).toBe(1);

      // Standalone mode: the extension sends `enable: false` and the plugin adds nothing to TypeScript's answer.
      await configure({ locale: 'ko', enable: false });
      for (const file of Object.values(projects)) {
        const text = await quickInfoOrNothing(file);
        expect(text).not.toContain(unauthorized.summary.ko);
        expect(text).not.toContain(unauthorized.summary.en);
      }

      // Back on the tsserver side with the user's settings only: the plugin answers again.
      await configure({});
      expect(occurrences(await quickInfo(projects.global), unauthorized.summary.en)).toBe(1);
    });
  });

  it('runs the editor core it carries on the TypeScript 6 it carries (the standalone path)', () => {
    const requireFromExtension = createRequire(join(extensionDir, 'dist/extension.js'));
    const ts = requireFromExtension('typescript') as typeof TS;
    expect(requireFromExtension.resolve('typescript')).toBe(join(extensionDir, 'node_modules/typescript/lib/typescript.js'));
    expect(ts.version).toMatch(/^6\./);
    const core = requireFromExtension(`${PLUGIN}/editor`) as typeof Editor;
    const offset = SOURCE.indexOf("'UNAUTHORIZED'") + 1;
    const hover = core.getHover(ts, '/project/src/errors.ts', SOURCE, offset, { locale: 'ko' });
    expect(hover?.codes).toEqual([{ family: 'baas', code: 'UNAUTHORIZED' }]);
    expect(hover?.markdown).toContain(unauthorized.summary.ko);
    expect(hover?.span).toEqual({ start: offset - 1, length: "'UNAUTHORIZED'".length });
  });
});
