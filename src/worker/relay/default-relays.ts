/**
 * Public relays a fresh install reads from and writes to until the user chooses their
 * own. `npm start` and the tests replace them with the local relay (?relay=… in the URL).
 */
export const DEFAULT_RELAYS: readonly string[] = ['wss://relay.damus.io', 'wss://nos.lol', 'wss://relay.primal.net'];
