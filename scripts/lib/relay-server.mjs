import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NostrRelay } from '@nostr-relay/core';
import { EventRepositorySqlite } from '@nostr-relay/event-repository-sqlite';
import { Validator } from '@nostr-relay/validator';
import { WebSocketServer } from 'ws';
import { seedRelay } from './relay-seed.mjs';

// 'localhost' is accepted but still bound as 127.0.0.1: it may resolve to ::1, and the URL says 127.0.0.1.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

const RELAY_INFO = {
  name: 'Plates local relay',
  description: 'Local development relay for Plates (SQLite, @nostr-relay/core). Not for public use.',
  supported_nips: [1, 9, 11],
  software: 'https://github.com/CodyTseng/nostr-relay',
  version: '0.0.40',
};

/** The starter photos, served under /media/ so media downloads run for real against loopback. */
const DEFAULT_MEDIA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/starter-pack/media');
const MEDIA_TYPES = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.mp4': 'video/mp4',
};

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
};

/**
 * Starts a Nostr relay on 127.0.0.1 backed by SQLite at `dbPath` (':memory:' for none),
 * loads `seedFiles` into it before accepting connections, and answers plain HTTP GETs
 * with relay info (NIP-11 JSON for `Accept: application/nostr+json`) and, under /media/,
 * the files of `mediaDir` (the starter photos by default).
 */
export async function startRelayServer({
  host = '127.0.0.1',
  port = 0,
  dbPath = ':memory:',
  seedFiles = [],
  mediaDir = DEFAULT_MEDIA_DIR,
  log = console,
} = {}) {
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`relay: refusing to bind to ${host}; the local relay listens on loopback only`);
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });

  const repository = new EventRepositorySqlite(dbPath);
  await repository.init(); // creates the tables; the repository does not migrate on its own
  const relay = new NostrRelay(repository, {
    logger: relayLogger(log),
    // Both caches make a REQ or a re-sent EVENT right after a write see stale results.
    filterResultCacheTtl: 0,
    eventHandlingResultCacheTtl: 0,
  });
  const validator = new Validator();

  for (const file of seedFiles) await seedRelay(relay, validator, file, log);

  const server = createServer((req, res) => void answerHttp(req, res, mediaDir));
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    await repository.destroy();
    throw error;
  }

  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, req) => {
    relay.handleConnection(ws, req.socket.remoteAddress);
    // Handle one client's messages in the order sent, so an EVENT is stored before a REQ sent after it runs.
    let queue = Promise.resolve();
    ws.on('message', (data) => {
      queue = queue
        .then(() => handleRawMessage(relay, validator, ws, data))
        .catch((error) => log.error(`relay: message failed: ${error instanceof Error ? error.message : error}`));
    });
    ws.on('close', () => relay.handleDisconnect(ws));
    ws.on('error', (error) => log.warn(`relay: client error: ${error.message}`));
  });

  const actualPort = server.address().port;
  const url = `ws://127.0.0.1:${actualPort}`;
  log.info(`relay: listening on ${url} (db: ${dbPath})`);

  return {
    url,
    port: actualPort,
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await relay.destroy();
      await repository.destroy();
    },
  };
}

async function handleRawMessage(relay, validator, ws, data) {
  let message;
  try {
    message = await validator.validateIncomingMessage(data);
  } catch (error) {
    ws.send(JSON.stringify(['NOTICE', error instanceof Error ? error.message : 'invalid: message']));
    return;
  }
  await relay.handleMessage(ws, message);
}

async function answerHttp(req, res, mediaDir) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS);
    return res.end();
  }
  const path = new URL(req.url ?? '/', 'http://relay').pathname;
  if (path.startsWith('/media/')) return serveMedia(res, mediaDir, decodeURIComponent(path.slice('/media/'.length)));
  if (req.headers.accept?.includes('application/nostr+json')) {
    res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'application/nostr+json' });
    return res.end(JSON.stringify(RELAY_INFO));
  }
  res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${RELAY_INFO.name}. Connect with a Nostr client over WebSocket at this address.\n`);
}

async function serveMedia(res, mediaDir, relative) {
  const file = normalize(join(mediaDir, relative));
  const type = MEDIA_TYPES[extname(file).toLowerCase()];
  // Only files inside mediaDir, of the types listed.
  if (!file.startsWith(mediaDir + sep) || !type) {
    res.writeHead(404, CORS_HEADERS);
    return res.end();
  }
  try {
    const bytes = await readFile(file);
    res.writeHead(200, { ...CORS_HEADERS, 'content-type': type, 'content-length': bytes.length, 'cache-control': 'public, max-age=3600' });
    res.end(bytes);
  } catch {
    res.writeHead(404, CORS_HEADERS);
    res.end();
  }
}

/** The relay's own logger, routed to `log` (its default writes to stdout). */
function relayLogger(log) {
  return {
    setLogLevel() {},
    debug() {},
    info: (message, ...args) => log.info(`relay: ${message}`, ...args),
    warn: (message, ...args) => log.warn(`relay: ${message}`, ...args),
    error: (message, ...args) => log.error(`relay: ${message}`, ...args),
  };
}
