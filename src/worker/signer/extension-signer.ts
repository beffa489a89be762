import { verifyEvent } from 'nostr-tools/pure';
import { checkEventShape } from '../../domain/event-shape';
import type { NostrEvent } from '../../domain/nostr-event';
import { WorkerFailure } from '../errors';
import { unsignedEvent, type ExtensionBridge, type Signer } from './signer';

/** Signs through the page's NIP-07 extension and trusts nothing it returns without checking. */
export function extensionSigner(bridge: ExtensionBridge, pubkey: string): Signer {
  return {
    type: 'extension',
    pubkey,
    async sign(draft) {
      const expected = unsignedEvent(draft, pubkey);
      let returned: unknown;
      try {
        returned = await bridge.signEvent(expected);
      } catch (error) {
        throw new WorkerFailure('extension-refused', `The browser extension did not sign: ${reason(error)}`);
      }
      return checkReturnedEvent(returned, expected);
    },
    async nip44Encrypt(peer, plaintext) {
      return textAnswer(() => bridge.nip44Encrypt(peer, plaintext), 'encrypt');
    },
    async nip44Decrypt(peer, ciphertext) {
      return textAnswer(() => bridge.nip44Decrypt(peer, ciphertext), 'decrypt');
    },
  };
}

/** What the extension's nip44 answered, which must be text; a refusal or an extension without nip44 is said. */
async function textAnswer(ask: () => Promise<unknown>, what: 'encrypt' | 'decrypt'): Promise<string> {
  let answer: unknown;
  try {
    answer = await ask();
  } catch (error) {
    throw new WorkerFailure(
      what === 'decrypt' ? 'cannot-decrypt' : 'extension-refused',
      `The browser extension did not ${what} (NIP-44): ${reason(error)}`,
    );
  }
  if (typeof answer !== 'string') throw untrusted(`its NIP-44 ${what} answer is not text`);
  return answer;
}

/** Asks the extension for its key; what it answers must be a 64-hex public key. */
export async function extensionPubkey(bridge: ExtensionBridge): Promise<string> {
  let pubkey: unknown;
  try {
    pubkey = await bridge.getPublicKey();
  } catch (error) {
    throw new WorkerFailure('extension-refused', `The browser extension did not share its public key: ${reason(error)}`);
  }
  if (typeof pubkey !== 'string' || !/^[0-9a-f]{64}$/.test(pubkey)) {
    throw new WorkerFailure('invalid-key', 'The browser extension answered with something that is not a public key.');
  }
  return pubkey;
}

function checkReturnedEvent(value: unknown, expected: ReturnType<typeof unsignedEvent>): NostrEvent {
  const shape = checkEventShape(value);
  if (!shape.ok) throw untrusted(`it is not a valid event (${shape.reason})`);
  const event = shape.value;
  if (event.pubkey !== expected.pubkey) throw untrusted('it is signed by a different key than this account');
  if (event.kind !== expected.kind || event.content !== expected.content || JSON.stringify(event.tags) !== JSON.stringify(expected.tags)) {
    throw untrusted('its kind, tags or content differ from what was asked');
  }
  // verifyEvent marks the object it checks; give it a copy so the returned event stays plain data.
  if (!verifyEvent({ ...event })) throw untrusted('its id or signature does not verify');
  return event;
}

function untrusted(why: string): WorkerFailure {
  return new WorkerFailure('extension-untrusted', `The browser extension returned an event Plates will not use: ${why}.`);
}

function reason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
