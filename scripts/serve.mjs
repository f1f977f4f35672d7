// A static server for the built site, as a host like GitHub Pages serves it: files from dist/
// under an optional base path, index.html for folders, 404.html for anything missing, and text
// gzipped for clients that accept it (so the benchmark's Lighthouse sees the bytes a reader gets).
// The browser tests and the benchmark use it, so they can run beside a developer's own server.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.bib': 'application/x-bibtex; charset=utf-8', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

export function serve({ root = 'dist', port = 4329, base = process.env.BASE_PATH ?? '/' } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = path.startsWith(prefix) ? normalize(join(dir, path.slice(prefix.length))) : null;
    if (file && !file.startsWith(dir)) file = null;
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(dir, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    // Pagefind's own files are compressed already.
    const gzip = /^text\/|javascript|json|svg|bibtex/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    const body = createReadStream(served);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4329);
  await serve({ port });
  console.log(`Serving dist/ at http://127.0.0.1:${port}${process.env.BASE_PATH ?? '/'}`);
}
