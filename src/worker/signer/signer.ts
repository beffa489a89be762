import type { NostrEvent } from '../../domain/nostr-event';

/** What a caller asks to have signed; created_at defaults to now. */
export interface EventDraft {
  kind: number;
  tags: string[][];
  content: string;
  created_at?: number;
}

export type SignerType = 'local' | 'extension' | 'read-only';

/** Signs on behalf of one pubkey: in the worker (local key) or through the page (NIP-07). */
export interface Signer {
  readonly type: SignerType;
  readonly pubkey: string;
  sign(draft: EventDraft): Promise<NostrEvent>;
}

/** The page's NIP-07 extension as the worker sees it, through a comlink proxy. */
export interface ExtensionBridge {
  getPublicKey(): Promise<string>;
  /** Untrusted: whatever the extension returns is checked before use. */
  signEvent(event: { kind: number; tags: string[][]; content: string; created_at: number; pubkey: string }): Promise<unknown>;
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
