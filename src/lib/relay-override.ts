/** Hosts of the local setup (`npm start`, the tests): the only pages a `?relay=` parameter may configure. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The relays a `?relay=ws://127.0.0.1:7777` parameter names (repeatable or comma-separated), and
 * the address without it. Only a page served from this machine honours it: there it is how
 * `npm start` and the tests point the app at the local relay. On a deployed site a crafted link
 * must not silently replace where a person publishes, so the parameter is dropped unread there.
 */
export function relayOverride(url: URL): { relays?: string[]; cleaned?: string } {
  const params = new URLSearchParams(url.search);
  if (!params.has('relay')) return {};
  const relays = params
    .getAll('relay')
    .flatMap((value) => value.split(','))
    .filter(Boolean);
  params.delete('relay');
  const query = params.toString();
  const cleaned = `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
  return LOOPBACK.has(url.hostname) && relays.length > 0 ? { relays, cleaned } : { cleaned };
}
