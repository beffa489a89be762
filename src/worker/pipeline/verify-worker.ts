/// <reference lib="webworker" />
import { expose } from 'comlink';
import type { NostrEvent } from '../../domain/nostr-event';
import { loadVerifier } from './verifier';

/**
 * A helper thread of the verifier pool: verifies what it is given, nothing else. Events
 * arrive as JSON text: one string is far cheaper to post than an object graph of tags.
 */
const api = {
  async verifyAll(serialized: string[]): Promise<Array<string | undefined>> {
    return (await loadVerifier()).verifyAll(serialized.map((text) => JSON.parse(text) as NostrEvent));
  },
};

export type VerifyWorkerApi = typeof api;
expose(api);
