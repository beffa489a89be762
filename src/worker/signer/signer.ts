import type { NostrEvent } from '../../domain/nostr-event';

/** What a caller asks to have signed; created_at defaults to now. */
export interface EventDraft {
  kind: number;
  tags: string[][];
  content: string;
  created_at?: number;
}

export type SignerType = 'local' | 'extension' | 'remote' | 'read-only';

/**
 * Signs and encrypts on behalf of one pubkey: in the worker (local key), through the page
 * (NIP-07) or through a remote signer (NIP-46).
 */
export interface Signer {
  readonly type: SignerType;
  readonly pubkey: string;
  sign(draft: EventDraft): Promise<NostrEvent>;
  /** NIP-44 v2 encryption to `peer` (the account's own pubkey for private data). */
  nip44Encrypt(peer: string, plaintext: string): Promise<string>;
  /** NIP-44 v2 decryption of what `peer` encrypted to this account. */
  nip44Decrypt(peer: string, ciphertext: string): Promise<string>;
}

/** The page's NIP-07 extension as the worker sees it, through a comlink proxy. */
export interface ExtensionBridge {
  getPublicKey(): Promise<string>;
  /** Untrusted: whatever the extension returns is checked before use. */
  signEvent(event: { kind: number; tags: string[][]; content: string; created_at: number; pubkey: string }): Promise<unknown>;
  /** NIP-07's `nip44`, which older extensions lack (they reject, and Plates says so). Untrusted like the rest. */
  nip44Encrypt(peer: string, plaintext: string): Promise<unknown>;
  nip44Decrypt(peer: string, ciphertext: string): Promise<unknown>;
}

export function unsignedEvent(draft: EventDraft, pubkey: string) {
  return {
    kind: draft.kind,
    tags: draft.tags,
    content: draft.content,
    created_at: draft.created_at ?? Math.floor(Date.now() / 1000),
    pubkey,
  };
}
