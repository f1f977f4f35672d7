/**
 * The local static server (scripts/serve.mjs) against crafted requests. Each server runs in a
 * child process on a free port, so a request that would stop it shows as a dead server rather
 * than taking the test runner down with it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SECRET = 'the sibling folder must stay private';
let site: string;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'serve-test-'));
  chmodSync(site, 0o755);
  const dist = join(site, 'dist');
  mkdirSync(join(dist, 'chapters', 'one'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(dist, '404.html'), '<h1>Page not found</h1>');
  writeFileSync(
    join(dist, 'chapters', 'one', 'index.html'),
    `<h1>Chapter one</h1>${'<p>Text that compresses.</p>'.repeat(50)}`,
  );
  writeFileSync(join(dist, 'locked.html'), '<h1>Locked</h1>');
  chmodSync(join(dist, 'locked.html'), 0o000);
  // The folder whose name starts like the build's, which a prefix test on paths lets through.
  mkdirSync(join(site, 'dist-secret'));
  writeFileSync(join(site, 'dist-secret', 'secret.txt'), SECRET);
  symlinkSync(join(site, 'dist-secret'), join(dist, 'linked'));
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

interface Server {
  port: number;
  child: ChildProcess;
}

/** Starts the server on a free port, as an unprivileged user where the tests run as root (so a mode-000 file is unreadable). */
async function start(base = '/'): Promise<Server> {
  const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      'const { serve } = await import(process.env.SERVE); const s = await serve({ root: process.env.ROOT, port: 0, base: process.env.BASE }); console.log(s.address().port);',
    ],
    {
      env: { ...process.env, SERVE: resolve('scripts/serve.mjs'), ROOT: join(site, 'dist'), BASE: base },
      stdio: ['ignore', 'pipe', 'inherit'],
      ...unprivileged,
    },
  );
  const port = await new Promise<number>((done, fail) => {
    child.stdout!.once('data', (data) => done(Number(String(data).trim())));
    child.once('exit', (code) => fail(new Error(`server exited with ${code} before listening`)));
  });
  return { port, child };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path sent exactly as written (no client-side normalising). */
function get(server: Server, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, headers: { Host: `127.0.0.1:${server.port}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          done({ status: response.statusCode!, headers: response.headers, body: body.toString() });
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

async function stillServing(server: Server) {
  expect(server.child.exitCode, 'the server is still running').toBeNull();
  expect((await get(server, '/')).status).toBe(200);
}

describe('the local static server', () => {
  let server: Server;
  beforeAll(async () => (server = await start()));
  afterAll(() => server.child.kill());

  test('serves files, index.html for folders and the 404 page, gzipped when asked, as a static host does', async () => {
    expect((await get(server, '/')).body).toContain('Home');
    const chapter = await get(server, '/chapters/one/', { 'Accept-Encoding': 'gzip' });
    expect(chapter.status).toBe(200);
    expect(chapter.headers['content-encoding']).toBe('gzip');
    expect(chapter.body).toContain('Chapter one');
    const folder = await get(server, '/chapters/one?x=1');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/chapters/one/?x=1');
    const missing = await get(server, '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
  });

  test('lets the browser cache as GitHub Pages does: ten minutes fresh, then a 304 for an unchanged file', async () => {
    const first = await get(server, '/chapters/one/');
    expect(first.headers['cache-control']).toBe('max-age=600');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await get(server, '/chapters/one/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect((await get(server, '/', { 'If-None-Match': etag })).status).toBe(200);
    expect((await get(server, '/no-such-page/')).headers.etag).toBeUndefined();
  });

  test('serves nothing outside the build folder, however the path is spelled', async () => {
    for (const path of [
      '/..%2fdist-secret/secret.txt',
      '/..%2Fdist-secret%2Fsecret.txt',
      '/%2e%2e/dist-secret/secret.txt',
      '/..%5cdist-secret/secret.txt',
      '/../dist-secret/secret.txt',
      '/linked/secret.txt',
    ]) {
      const answer = await get(server, path);
      expect(answer.body, path).not.toContain(SECRET);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
    }
  });

  test('never redirects to another host', async () => {
    for (const path of [
      '/\\chapters',
      '//chapters',
      '/%2F%2Fchapters',
      '/\\\\chapters/one',
      '/chapters/%5c%5cone',
      '//127.0.0.2/chapters',
    ]) {
      const answer = await get(server, path);
      if (answer.status >= 300 && answer.status < 400) {
        const target = new URL(String(answer.headers.location), `http://127.0.0.1:${server.port}/`);
        expect(target.host, `${path} redirects to ${answer.headers.location}`).toBe(`127.0.0.1:${server.port}`);
      }
    }
  });

  test('answers crafted addresses without stopping', async () => {
    const crafted = [
      '/%E0%A4%A',
      '/%',
      '/%00',
      '/index.html%00.txt',
      `/${'a'.repeat(4000)}`,
      `/${'a/'.repeat(300)}`,
      '/..',
      '/.',
      '*',
      '/chapters/one/index.html/',
      '/%ff%fe',
    ];
    for (const path of crafted) {
      const answer = await get(server, path);
      expect(answer.status, path).toBeLessThan(500);
    }
    await stillServing(server);
  });

  test('answers an unreadable file with an error, and keeps serving', async () => {
    const answer = await get(server, '/locked.html');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body).not.toContain('Locked');
    await stillServing(server);
  });

  test('answers only to a localhost Host, on its own port', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port + 1}`,
      `127.0.0.1.evil.example:${server.port}`,
    ]) {
      expect((await get(server, '/', { Host: host })).status, host).toBeGreaterThanOrEqual(400);
    }
    for (const host of [
      `127.0.0.1:${server.port}`,
      `localhost:${server.port}`,
      `LOCALHOST:${server.port}`,
      `[::1]:${server.port}`,
    ]) {
      expect((await get(server, '/', { Host: host })).status, host).toBe(200);
    }
  });
});

describe('the local static server under a base path', () => {
  let server: Server;
  beforeAll(async () => (server = await start('/psm/')));
  afterAll(() => server.child.kill());

  test('serves the build under the base and the 404 page elsewhere', async () => {
    expect((await get(server, '/psm/')).body).toContain('Home');
    const bare = await get(server, '/psm');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/psm/');
    expect((await get(server, '/psm/chapters/one/')).status).toBe(200);
    expect((await get(server, '/chapters/one/')).status).toBe(404);
    expect((await get(server, '/psm/..%2f..%2fdist-secret/secret.txt')).body).not.toContain(SECRET);
  });
});
