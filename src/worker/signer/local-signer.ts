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
  };
}

function signedShape(event: unknown): NostrEvent {
  const shape = checkEventShape(event);
  if (!shape.ok) throw new WorkerFailure('invalid-event', `This event cannot be signed: ${shape.reason}.`);
  return shape.value;
}
