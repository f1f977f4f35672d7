// A static server for the built site, as a host like GitHub Pages serves it: files from dist/
// under an optional base path, index.html for folders, 404.html for anything missing, and text
// gzipped for clients that accept it (so the benchmark's Lighthouse sees the bytes a reader gets).
// The browser tests and the benchmark use it, so they can run beside a developer's own server.
//
// It only ever runs on this machine, but a page open in the same browser can still reach it:
// it answers only to a localhost Host (so another site cannot rebind its name to it), serves
// nothing outside the build folder, never redirects off this host, and answers every request,
// however crafted, without stopping. sirv was considered and not taken: it has no 404 page and
// no Host check, and gzips only files compressed ahead of time.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { createHash } from 'node:crypto';

const gzipped = promisify(gzip);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
// Pagefind's own files are compressed already.
const COMPRESSIBLE = /^text\/|javascript|json|svg|bibtex|xml/;
const LOCAL_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?$/i;

/**
 * The address's path as decoded segments, or null when it cannot name a file of the build: a
 * malformed escape, or a segment that would step out of its folder ("..", an encoded slash or
 * backslash, a NUL). Empty segments are dropped, so "//host" never reaches a redirect.
 */
function segmentsOf(target) {
  if (!target.startsWith('/')) return null;
  const raw = target.replace(/[?#].*$/s, '').split('/');
  const trailingSlash = raw.at(-1) === '';
  const segments = [];
  for (const part of raw) {
    if (part === '') continue;
    let segment;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return { segments, trailingSlash };
}

const inside = (dir, path) => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export function serve({ root = 'dist', port = 4329, base = process.env.BASE_PATH ?? '/' } = {}) {
  const dir = resolve(root);
  const baseSegments = base.split('/').filter(Boolean);
  const basePath = `/${baseSegments.map(encodeURIComponent).join('/')}${baseSegments.length ? '/' : ''}`;

  // Each file's bytes, gzipped form and validator, kept while the file is unchanged: the browser
  // tests ask for the same few files thousands of times.
  const prepared = new Map();

  /** The file, prepared to send, if it is a readable file inside the build (symbolic links followed), else null. */
  async function readInside(file) {
    try {
      const real = await realpath(file);
      const stats = await stat(real);
      if (!inside(await realpath(dir), real) || !stats.isFile()) return null;
      const known = prepared.get(real);
      if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) return known;
      const body = await readFile(real);
      const entry = {
        mtimeMs: stats.mtimeMs,
        size: stats.size,
        body,
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        lastModified: stats.mtime.toUTCString(),
        gzipped: null,
      };
      prepared.set(real, entry);
      return entry;
    } catch (error) {
      if (['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP'].includes(error.code)) return null;
      throw error;
    }
  }

  async function send(request, response, status, file, entry) {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    // As GitHub Pages sends them: ten minutes' freshness, then revalidation by ETag.
    const caching = { 'Cache-Control': 'max-age=600', ETag: entry.etag, 'Last-Modified': entry.lastModified };
    if (status === 200 && request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304, { ...caching, Vary: 'Accept-Encoding' }).end();
      return;
    }
    const bytes = compress ? (entry.gzipped ??= await gzipped(entry.body)) : entry.body;
    response.writeHead(status, {
      'Content-Type': type,
      'Content-Length': bytes.length,
      Vary: 'Accept-Encoding',
      ...(status === 200 ? caching : {}),
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  }

  async function answer(request, response) {
    const host = LOCAL_HOST.exec(request.headers.host ?? '');
    const listening = server.address().port;
    if (!host || Number(host[1] ?? 80) !== listening) {
      response
        .writeHead(403, { 'Content-Type': 'text/plain' })
        .end(`Only http://127.0.0.1:${listening}/ (or localhost) is served here.\n`);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = segmentsOf(request.url ?? '');
    if (!path) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad address\n');
      return;
    }
    const { segments, trailingSlash } = path;
    const underBase = baseSegments.every((segment, i) => segments[i] === segment);
    if (underBase) {
      const rest = segments.slice(baseSegments.length);
      const file = join(dir, ...rest);
      const folder = await stat(file).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (folder && !trailingSlash) {
        // Built from the clean segments, so it always names a path on this host.
        const query = request.url.match(/\?[^#]*/)?.[0] ?? '';
        response
          .writeHead(301, {
            Location: `${basePath}${rest.map((segment) => `${encodeURIComponent(segment)}/`).join('')}${query}`,
          })
          .end();
        return;
      }
      const target = folder ? join(file, 'index.html') : file;
      const found = await readInside(target);
      if (found) return send(request, response, 200, target, found);
    }
    const missing = join(dir, '404.html');
    const page = await readInside(missing);
    if (page) return send(request, response, 404, missing, page);
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error) => {
      // An unreadable file, or any other fault reading the build: say so, keep serving.
      if (response.headersSent) response.destroy();
      else
        response
          .writeHead(error.code === 'EACCES' || error.code === 'EPERM' ? 403 : 500, { 'Content-Type': 'text/plain' })
          .end('Cannot read this file\n');
    });
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve({ port: Number(process.env.PORT ?? 4329) });
  console.log(`Serving dist/ at http://127.0.0.1:${server.address().port}${process.env.BASE_PATH ?? '/'}`);
}
