import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { contentSecurityPolicy, LOOPBACK_CONNECT } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ndjson': 'application/x-ndjson',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the browser posts violation reports (report-uri); a GET there lists those received. */
const CSP_REPORT_PATH = '/csp-report';
const MAX_REPORTS = 500;

/**
 * Serves a built single-page app from `root` on 127.0.0.1: files as they are, any other
 * path without an extension as index.html (client-side routes). Hashed assets are
 * cached for a year; the service worker and HTML never, so updates are seen at once.
 * Every answer carries the Content-Security-Policy (csp.mjs) with `connect` added to
 * connect-src: the workers follow this header, so it names the relays they may reach on
 * loopback (any loopback port unless the caller names its relay). Violations, the page's
 * and the workers', are reported to CSP_REPORT_PATH, printed to stderr and kept for a GET.
 */
export function startStaticServer({ root, host = '127.0.0.1', port = 0, connect = LOOPBACK_CONNECT }) {
  const base = resolve(root);
  const policy = contentSecurityPolicy({ connect, header: true, report: CSP_REPORT_PATH });
  const reports = [];
  const server = createServer(async (req, res) => {
    res.setHeader('content-security-policy', policy);
    try {
      if (new URL(req.url ?? '/', 'http://x').pathname === CSP_REPORT_PATH) return await answerReport(req, res, reports);
      // A malformed escape (`/exercise/%E0`) names no file: the app answers it with its not-found screen.
      const path = decodePath(new URL(req.url ?? '/', 'http://x').pathname) ?? '/';
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) return send(res, 403, 'forbidden');
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info && !extname(path)) {
        file = join(base, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info) return send(res, 404, 'not found');
      const immutable = path.startsWith('/assets/');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        port: actualPort,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** POST: one violation report (application/csp-report), kept and printed; GET: the reports kept, as JSON. */
async function answerReport(req, res, reports) {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    return res.end(JSON.stringify(reports));
  }
  if (req.method !== 'POST') return send(res, 405, 'method not allowed');
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 64 * 1024) return send(res, 413, 'too large');
  }
  let report;
  try {
    report = JSON.parse(body)['csp-report'];
  } catch {
    return send(res, 400, 'not a report');
  }
  if (!report || typeof report !== 'object') return send(res, 400, 'not a report');
  if (reports.length >= MAX_REPORTS) reports.shift();
  reports.push(report);
  console.error(
    `csp: ${report['effective-directive'] ?? report['violated-directive']} refused ${report['blocked-uri'] || '(none)'} in ${report['document-uri']}`,
  );
  res.writeHead(204);
  res.end();
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}
