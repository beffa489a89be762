import * as nip44 from 'nostr-tools/nip44';
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure';
import { checkEventShape } from '../../domain/event-shape';
import type { NostrEvent } from '../../domain/nostr-event';
import { WorkerFailure } from '../errors';
import { unsignedEvent, type Signer } from './signer';

/** Signs in the worker with a decrypted secret key that never leaves its memory. */
export function localSigner(secret: Uint8Array): Signer {
  const pubkey = getPublicKey(secret);
  return {
    type: 'local',
    pubkey,
    async sign(draft) {
      const { pubkey: _pubkey, ...template } = unsignedEvent(draft, pubkey);
      // finalizeEvent writes into its argument; the shape check returns a plain copy.
      return signedShape(finalizeEvent(template, secret));
    },
    async nip44Encrypt(peer, plaintext) {
      return nip44.encrypt(plaintext, nip44.getConversationKey(secret, peer));
    },
    async nip44Decrypt(peer, ciphertext) {
      try {
        return nip44.decrypt(ciphertext, nip44.getConversationKey(secret, peer));
      } catch (error) {
        throw new WorkerFailure('cannot-decrypt', `This key cannot read it: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

function signedShape(event: unknown): NostrEvent {
  const shape = checkEventShape(event);
  if (!shape.ok) throw new WorkerFailure('invalid-event', `This event cannot be signed: ${shape.reason}.`);
  return shape.value;
}
