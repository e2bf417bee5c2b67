// Removes the build output before `npm run build` writes it again: a file whose source was renamed or deleted
// would otherwise stay in dist/ and be picked up by the package and tarball tests (and by `npm pack`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const dir of ['dist', path.join('packages', 'language-server', 'dist')]) {
  fs.rmSync(path.join(root, dir), { recursive: true, force: true });
}
