#!/usr/bin/env node
// A small static file server for the repo root, sending the strict CSP a partner CMS would,
// so the demo proves the widgets need no `unsafe-inline`/`unsafe-eval`. Only `node:` built-ins.
//
//   node scripts/serve.mjs            # PORT=8000 by default; tries up to 10 ports higher if busy
//   import {startServer} from './scripts/serve.mjs';
//   const {url, close} = await startServer({root, port: 0});   // port 0: any free port
//
// It is a development server: it serves files under `root` only (no traversal, no symlinks
// out of it), GET and HEAD only, with `Cache-Control: no-store`.

import {Buffer} from 'node:buffer';
import {createServer} from 'node:http';
import {createReadStream} from 'node:fs';
import {realpath, stat} from 'node:fs/promises';
import {dirname, extname, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const BASE_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

const DEFAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function isInside(root, file) {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}

function send(res, status, body, headers = {}, head = false) {
  const text = body ?? '';
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(head ? undefined : text);
}

/**
 * Maps a request path to a file under `root`, or null (→ 404). Directories resolve to their
 * index.html; a directory asked for without a trailing slash gets a redirect (so relative URLs
 * in the page resolve), signalled as {redirect}.
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const candidate = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (!isInside(root, candidate)) return null;
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return null;
  }
  if (!isInside(root, real)) return null; // a symlink pointing out of the root
  const info = await stat(real);
  if (info.isDirectory()) {
    if (!urlPath.endsWith('/')) return {redirect: urlPath + '/'};
    return resolveFile(root, urlPath + 'index.html');
  }
  return info.isFile() ? {file: real, size: info.size} : null;
}

function handler(root) {
  return async (req, res) => {
    try {
      const head = req.method === 'HEAD';
      if (req.method !== 'GET' && !head) {
        send(res, 405, 'Method Not Allowed\n', {Allow: 'GET, HEAD'});
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const found = await resolveFile(root, url.pathname);
      if (!found) {
        send(res, 404, 'Not Found\n', {}, head);
        return;
      }
      if (found.redirect) {
        send(res, 301, '', {Location: found.redirect + url.search}, head);
        return;
      }
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': found.size,
      });
      if (head) {
        res.end();
        return;
      }
      const stream = createReadStream(found.file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    }
  };
}

function listen(server, port, host) {
  return new Promise((ok, fail) => {
    const onError = (err) => {
      server.off('listening', onListening);
      fail(err);
    };
    const onListening = () => {
      server.off('error', onError);
      ok();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the server on 127.0.0.1. With a busy `port` it tries the next ones, up to port + 10;
 * `port: 0` takes any free port.
 * @param {{root?: string, port?: number, host?: string}} [options]
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({root = DEFAULT_ROOT, port = 8000, host = '127.0.0.1'} = {}) {
  const realRoot = await realpath(resolve(root));
  const server = createServer(handler(realRoot));
  const last = port === 0 ? 0 : port + 10;
  for (let p = port; ; p++) {
    try {
      await listen(server, p, host);
      break;
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || p >= last) throw err;
    }
  }
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    close: () =>
      new Promise((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        server.closeAllConnections?.();
      }),
  };
}

async function main() {
  const port = process.env.PORT ? Number(process.env.PORT) : 8000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
    process.exit(1);
  }
  const {url, close} = await startServer({port});
  console.log(`Demo: ${url}demo/`);
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function invokedDirectly() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(await realpath(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (await invokedDirectly()) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
