// Copies the ES modules of the UI's two packages from node_modules into ui/vendor/, where
// index.html's import map points: @tauri-apps/api into ui/vendor/tauri-api/ and
// @fluent/bundle (the UI's side of the messages in locales/) into ui/vendor/fluent-bundle/.
// No bundler: the same files serve the Tauri webview, the Chromium tests and `tsc`.
// Idempotent: does nothing for a package whose copy is current.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} pkg the npm package
 * @param {string} sub the folder of its ES modules inside the package
 * @param {string} dest the folder under ui/vendor/
 * @param {string[]} skip file names not to copy
 */
function vendor(pkg, sub, dest, skip = []) {
  const base = join(root, 'node_modules', ...pkg.split('/'));
  const from = join(base, sub);
  const to = join(root, 'ui', 'vendor', dest);
  const stamp = join(to, 'VERSION');
  if (!existsSync(join(base, 'package.json'))) {
    console.error(`node_modules/${pkg} is missing: run \`npm ci\` first.`);
    process.exit(1);
  }
  const version = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')).version;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) return;
  rmSync(to, { recursive: true, force: true });
  /** @param {string} dir */
  const copy = (dir) => {
    for (const name of readdirSync(dir)) {
      const src = join(dir, name);
      if (statSync(src).isDirectory()) {
        if (name !== 'node_modules') copy(src);
      } else if (name.endsWith('.js') && !skip.includes(name)) {
        const file = join(to, relative(from, src));
        mkdirSync(dirname(file), { recursive: true });
        cpSync(src, file);
      }
    }
  };
  copy(from);
  writeFileSync(stamp, version + '\n');
  console.log(`vendored ${pkg} ${version} into ui/vendor/${dest}/`);
}

vendor('@tauri-apps/api', '.', 'tauri-api', ['mocks.js']);
vendor('@fluent/bundle', 'esm', 'fluent-bundle');
