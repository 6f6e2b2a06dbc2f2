// A loopback HTTP server for the UI tests: serves ui/ as the app, the real @tauri-apps/api
// (with its mocks) under /test-vendor/, and the tests' own scripts under /test/. Into the
// app's index.html it inserts the IPC mock module before the app's own script.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mounts = [
  ['/test-vendor/tauri-api/', join(root, 'node_modules', '@tauri-apps', 'api')],
  ['/test/', join(root, 'tests', 'ui', 'browser')],
  ['/', join(root, 'ui')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** @param {string} html */
function withMocks(html) {
  const tag = '<script type="module" src="main.js"></script>';
  if (!html.includes(tag)) throw new Error('index.html no longer loads main.js as expected');
  return html.replace(tag, `<script type="module" src="/test/mock-ipc.js"></script>\n  ${tag}`);
}

/** Starts the server on a free loopback port. @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function startStaticServer() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // `/locales/<lang>.ftl`: a language's message files joined, as `locale_messages` sends them.
    const locale = /^\/locales\/(en|es|pt-BR)\.ftl$/.exec(path);
    if (locale) {
      const dir = join(root, 'locales', locale[1]);
      const files = (await readdir(dir)).filter((f) => f.endsWith('.ftl')).sort();
      const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(texts.join('\n'));
      return;
    }
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p)) ?? mounts[mounts.length - 1];
    const rel = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (prefix === '/' && rel === 'index.html') body = Buffer.from(withMocks(body.toString('utf8')));
      res.writeHead(200, { 'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
