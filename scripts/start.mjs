#!/usr/bin/env node
// `npm start`: build the app, start the local relay seeded with the starter library,
// serve the built app on 127.0.0.1 and print the address to open.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { relayOrigins } from './lib/csp.mjs';
import { startRelayServer } from './lib/relay-server.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    'relay-port': { type: 'string', default: process.env.RELAY_PORT ?? '7777' },
    'relay-db': { type: 'string', default: '.relay/relay.sqlite' },
  },
});

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const relay = await startRelayServer({
  port: Number(values['relay-port']),
  dbPath: values['relay-db'],
  seedFiles: ['public/starter-pack/pack.ndjson'],
  log: { info: (...a) => console.error(...a), warn: (...a) => console.error(...a), error: (...a) => console.error(...a) },
});
// The Content-Security-Policy header lets the app's workers reach this relay (and its /media/) and no other loopback port.
const app = await startStaticServer({ root: 'dist', port: Number(values.port), connect: relayOrigins(relay.url) });

console.log(
  `\nPlates is running.\n  Open:  ${app.url}/?relay=${encodeURIComponent(relay.url)}\n  Relay: ${relay.url}\nPress Ctrl+C to stop.`,
);

const stop = async () => {
  await Promise.all([app.stop(), relay.stop()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
