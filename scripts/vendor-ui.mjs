// Copies the ES modules of @tauri-apps/api from node_modules into ui/vendor/tauri-api/,
// where index.html's import map points. No bundler: the same files serve the Tauri webview,
// the Chromium tests and `tsc`. Idempotent: does nothing when the copy is current.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'node_modules', '@tauri-apps', 'api');
const to = join(root, 'ui', 'vendor', 'tauri-api');
const stamp = join(to, 'VERSION');

if (!existsSync(join(from, 'package.json'))) {
  console.error('node_modules/@tauri-apps/api is missing: run `npm ci` first.');
  process.exit(1);
}
const version = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).version;
if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) {
  process.exit(0);
}
rmSync(to, { recursive: true, force: true });
/** @param {string} dir */
function copy(dir) {
  for (const name of readdirSync(dir)) {
    const src = join(dir, name);
    if (statSync(src).isDirectory()) {
      copy(src);
    } else if (name.endsWith('.js') && name !== 'mocks.js') {
      const dest = join(to, relative(from, src));
      mkdirSync(dirname(dest), { recursive: true });
      cpSync(src, dest);
    }
  }
}
copy(from);
writeFileSync(stamp, version + '\n');
console.log(`vendored @tauri-apps/api ${version} into ui/vendor/tauri-api/`);
