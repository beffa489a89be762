import { verifyEvent as verifyWithNoble } from 'nostr-tools/pure';
import type { NostrEvent } from '../../domain/nostr-event';

/** Checks that an event's id is the NIP-01 hash of its content and that its Schnorr signature is valid. */
export interface Verifier {
  name: string;
  /** Returns undefined when valid, else the reason. */
  verify(event: NostrEvent): string | undefined;
  /** The same for many events, possibly on several threads; reasons in input order. */
  verifyAll(events: readonly NostrEvent[]): Promise<Array<string | undefined>>;
}

let verifierPromise: Promise<Verifier> | undefined;

/**
 * The fastest verifier that starts here: libsecp256k1 compiled to wasm (nostr-wasm),
 * falling back to @noble (through nostr-tools) where WebAssembly is unavailable.
 */
export function loadVerifier(): Promise<Verifier> {
  verifierPromise ??= loadWasmVerifier().catch(() => singleThreaded('noble', verifyWithNobleReason));
  return verifierPromise;
}

export function singleThreaded(name: string, verify: (event: NostrEvent) => string | undefined): Verifier {
  return { name, verify, verifyAll: async (events) => events.map(verify) };
}

async function loadWasmVerifier(): Promise<Verifier> {
  const { initNostrWasm } = await import('nostr-wasm');
  const wasm = await initNostrWasm();
  return singleThreaded('nostr-wasm', (event) => {
    try {
      wasm.verifyEvent(event);
      return undefined;
    } catch (error) {
      return `signature check failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
}

function verifyWithNobleReason(event: NostrEvent): string | undefined {
  // nostr-tools caches a verified flag on the object; verify a copy so a later change is re-checked.
  return verifyWithNoble({ ...event }) ? undefined : 'signature check failed: id or signature does not match';
}
