import { proxy, type ProxyMarked } from 'comlink';
import type { ExtensionBridge } from '../worker/api';

/** The part of NIP-07's window.nostr that Plates uses. */
interface Nip07 {
  getPublicKey(): Promise<string>;
  signEvent(event: Parameters<ExtensionBridge['signEvent']>[0]): Promise<unknown>;
  /** NIP-07's optional NIP-44 methods; older extensions have none. */
  nip44?: { encrypt(peer: string, plaintext: string): Promise<unknown>; decrypt(peer: string, ciphertext: string): Promise<unknown> };
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
    nip44Encrypt: (peer, plaintext) => nip44().encrypt(peer, plaintext),
    nip44Decrypt: (peer, ciphertext) => nip44().decrypt(peer, ciphertext),
  };
  const nip44 = () => {
    const methods = extension().nip44;
    if (!methods) throw new Error('This browser extension has no NIP-44 encryption (window.nostr.nip44).');
    return methods;
  };
  return proxy({ bridge });
}
