import type { WorkerContext } from './context';
import { PlatesDatabase } from './db/database';
import { Notifier } from './events';
import { loadVerifier } from './pipeline/verifier';
import { DEFAULT_RELAYS } from './relay/default-relays';
import type { RelayGateway } from './relay/relay-gateway';

const RELAYS_KEY = 'relayUrls';

export interface ContextOptions {
  databaseName?: string;
  /** How a gateway is made for a set of relays; NDK by default, loaded only when first needed. */
  createGateway?: (urls: readonly string[]) => Promise<RelayGateway>;
}

export function createWorkerContext(options: ContextOptions = {}): WorkerContext {
  const db = new PlatesDatabase(options.databaseName);
  const notifier = new Notifier();
  const createGateway =
    options.createGateway ?? (async (urls: readonly string[]) => new (await import('./relay/ndk-gateway')).NdkGateway(urls));
  let gateway: Promise<RelayGateway | undefined> | undefined;

  async function relayUrls(): Promise<string[]> {
    const stored = (await db.settings.get(RELAYS_KEY))?.value;
    return Array.isArray(stored) ? stored.map(String) : [...DEFAULT_RELAYS];
  }

  return {
    db,
    notifier,
    verifier: loadVerifier,
    relays() {
      gateway ??= relayUrls().then((urls) => (urls.length > 0 ? createGateway(urls) : undefined));
      return gateway;
    },
    async setRelayUrls(urls) {
      await db.settings.put({ key: RELAYS_KEY, value: [...urls] });
      const previous = gateway;
      gateway = undefined;
      await (await previous)?.close();
    },
  };
}
