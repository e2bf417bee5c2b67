import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * This package's name and version, read from its package.json one folder above this module (src/ in tests,
 * dist/ when installed).
 */
export const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
  readonly name: string;
  readonly version: string;
};
