/**
 * What `npm pack` puts in the tarball (issue 15, points 1 and 8): every entry point package.json names, no source
 * maps without their sources, and a README whose relative links all land on files that ship.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, packTarball, removeDir, root, tarballFiles, unpackInto } from './scratch';

interface PackageJson {
  main: string;
  types: string;
  bin?: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
  scripts: Record<string, string>;
}

const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
const normalize = (file: string) => path.posix.normalize(file.replace(/^\.\//, ''));

let workDir: string;
let tarball: string;
let files: Set<string>;

beforeAll(() => {
  workDir = makeTempDir('tarball');
  tarball = packTarball(workDir);
  files = new Set(tarballFiles(tarball));
});

afterAll(() => {
  if (workDir) removeDir(workDir);
});

/** The relative targets of Markdown links and images, without their #fragment. */
function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? '');
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#')).map((target) => target.replace(/#.*$/, ''));
}

describe('the packed tarball', () => {
  it('holds every file package.json points at', () => {
    const entries = [
      packageJson.main,
      packageJson.types,
      ...Object.values(packageJson.bin ?? {}),
      ...Object.values(packageJson.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.types, entry.default])),
    ].map(normalize);
    expect(entries.filter((entry) => !files.has(entry))).toEqual([]);
  });

  it('ships no source maps (their sources, src/ and rules/, do not ship)', () => {
    expect([...files].filter((file) => file.endsWith('.map'))).toEqual([]);
    expect([...files].filter((file) => /^(src|rules)\//.test(file))).toEqual([]);
  });

  it('ships JavaScript that points at no source map (the build writes none)', () => {
    const unpacked = unpackInto(tarball, path.join(workDir, 'project'));
    const scripts = [...files].filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    expect(scripts.filter((file) => readFileSync(path.join(unpacked, file), 'utf8').includes('//# sourceMappingURL='))).toEqual([]);
  });

  it('builds dist/ in prepare, which npm runs for a git install and for npm pack', () => {
    expect(packageJson.scripts.prepare).toBe('npm run build');
  });

  it("has a README whose relative links and images all ship", () => {
    expect(files.has('README.md')).toBe(true);
    const links = relativeLinks(readFileSync(path.join(root, 'README.md'), 'utf8'));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((link) => !files.has(normalize(link)))).toEqual([]);
  });
});
