import * as nip44 from 'nostr-tools/nip44';
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure';
import type { ExtensionBridge } from '../worker/signer/signer';

/**
 * A NIP-07 extension as the worker sees it, holding `secret`: it signs and encrypts honestly,
 * unless `tamper` changes the event it returns.
 */
export function keyBridge(secret: Uint8Array, tamper: (event: Record<string, unknown>) => unknown = (event) => event): ExtensionBridge {
  return {
    getPublicKey: async () => getPublicKey(secret),
    signEvent: async ({ pubkey: _pubkey, ...template }) => tamper({ ...finalizeEvent(template, secret) }),
    nip44Encrypt: async (peer, plaintext) => nip44.encrypt(plaintext, nip44.getConversationKey(secret, peer)),
    nip44Decrypt: async (peer, ciphertext) => nip44.decrypt(ciphertext, nip44.getConversationKey(secret, peer)),
  };
}
