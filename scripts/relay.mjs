#!/usr/bin/env node
// The local Nostr relay on its own:
//   node scripts/relay.mjs [--port 7777] [--host 127.0.0.1] [--db .relay/relay.sqlite] [--seed file ...]
// stdout carries exactly one line, `RELAY_URL=ws://127.0.0.1:<port>`, once it listens
// (src/testing/local-relay.ts waits for it); everything else goes to stderr.
import { parseArgs } from 'node:util';
import { startRelayServer } from './lib/relay-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7777' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: '.relay/relay.sqlite' },
    seed: { type: 'string', multiple: true, default: [] },
  },
});

const toStderr = (...args) => console.error(...args);
const relay = await startRelayServer({
  host: values.host,
  port: Number(values.port),
  dbPath: values.db,
  seedFiles: values.seed,
  log: { info: toStderr, warn: toStderr, error: toStderr },
});
process.stdout.write(`RELAY_URL=${relay.url}\n`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.error(`relay: ${signal}, stopping`);
  await relay.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
