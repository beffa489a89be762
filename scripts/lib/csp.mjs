/**
 * Plates' Content-Security-Policy, one text for the build's meta tag (vite.config.ts) and the
 * static server's header (static-server.mjs).
 *
 * - Scripts only from the app's origin; 'wasm-unsafe-eval' lets the workers compile the
 *   signature checker (nostr-wasm ships its wasm as bytes). No inline script, no eval.
 * - Relays and media: wss: and https: (the worker fetches photos; the page shows them as blob:).
 * - A browser enforces every policy it is given, so a header can only narrow the meta tag. The
 *   meta tag governs the page alone; a worker (the database worker, the signature checkers, the
 *   service worker) follows the header its script was served with. The page itself opens no
 *   socket and fetches no media, so the meta names no local relay: the build stays strict
 *   wherever it is hosted, and only the static server's header adds the loopback relay of
 *   `npm start` and the tests (`connect` below).
 */
const BASE = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // React's style props are CSSOM writes, which CSP does not govern; nothing injects <style> or style="".
  'style-src': ["'self'"],
  // Stored photos are object URLs; a profile picture the worker may not fetch is shown from its https: address.
  'img-src': ["'self'", 'blob:', 'https:'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'wss:', 'https:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Loopback relays on any port: the static server's default, which listens on 127.0.0.1 only. */
export const LOOPBACK_CONNECT = ['ws://127.0.0.1:*', 'http://127.0.0.1:*', 'ws://localhost:*', 'http://localhost:*'];

/**
 * The policy as text. `connect` adds origins to connect-src (the local relay's ws:// and http://
 * origins); `header` adds what only a header may say (frame-ancestors, and report-uri when
 * `report` names where violation reports go; a meta tag ignores both).
 */
export function contentSecurityPolicy({ connect = [], header = false, report } = {}) {
  const directives = { ...BASE, 'connect-src': [...BASE['connect-src'], ...connect] };
  if (header) directives['frame-ancestors'] = ["'none'"];
  if (header && report) directives['report-uri'] = [report];
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The ws:// and http:// origins of a relay url (the local relay serves its photos over HTTP on the same port). */
export function relayOrigins(relayUrl) {
  const url = new URL(relayUrl);
  const http = url.protocol === 'wss:' ? 'https:' : 'http:';
  return [`${url.protocol}//${url.host}`, `${http}//${url.host}`];
}
