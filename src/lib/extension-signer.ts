import { proxy, type ProxyMarked } from 'comlink';
import type { ExtensionBridge } from '../worker/api';

/** The part of NIP-07's window.nostr that Plates uses. */
interface Nip07 {
  getPublicKey(): Promise<string>;
  signEvent(event: Parameters<ExtensionBridge['signEvent']>[0]): Promise<unknown>;
}

function nostr(): Nip07 | undefined {
  return (window as Window & { nostr?: Nip07 }).nostr;
}

export function hasExtension(): boolean {
  return nostr() !== undefined;
}

/**
 * The argument of the worker's useExtension, proxied as a whole: comlink proxies only
 * top-level arguments, and a proxy nested in a plain object fails to clone.
 */
export function extensionBridgeArgs(): { bridge: ExtensionBridge } & ProxyMarked {
  const extension = () => {
    const found = nostr();
    if (!found) throw new Error('No NIP-07 browser extension is available in this page.');
    return found;
  };
  const bridge: ExtensionBridge = {
    getPublicKey: () => extension().getPublicKey(),
    signEvent: (event) => extension().signEvent(event),
  };
  return proxy({ bridge });
}
