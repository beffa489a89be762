import { verifyEvent as verifyWithNoble } from 'nostr-tools/pure';
import type { NostrEvent } from '../../domain/nostr-event';

/** Checks that an event's id is the NIP-01 hash of its content and that its Schnorr signature is valid. */
export interface Verifier {
  name: string;
  /** Returns undefined when valid, else the reason. */
  verify(event: NostrEvent): string | undefined;
}

let verifierPromise: Promise<Verifier> | undefined;

/**
 * The fastest verifier that starts here: libsecp256k1 compiled to wasm (nostr-wasm),
 * falling back to @noble (through nostr-tools) where WebAssembly is unavailable.
 */
export function loadVerifier(): Promise<Verifier> {
  verifierPromise ??= loadWasmVerifier().catch((): Verifier => nobleVerifier);
  return verifierPromise;
}

async function loadWasmVerifier(): Promise<Verifier> {
  const { initNostrWasm } = await import('nostr-wasm');
  const wasm = await initNostrWasm();
  return {
    name: 'nostr-wasm',
    verify(event) {
      try {
        wasm.verifyEvent(event);
        return undefined;
      } catch (error) {
        return `signature check failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
  };
}

const nobleVerifier: Verifier = {
  name: 'noble',
  verify(event) {
    // nostr-tools caches a verified flag on the object; verify a copy so a later change is re-checked.
    return verifyWithNoble({ ...event }) ? undefined : 'signature check failed: id or signature does not match';
  },
};
