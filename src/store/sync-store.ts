import { create } from 'zustand';
import { buildRelayList, normaliseRelayUrl } from '../domain/relay-list';
import { asWorkerError, workerApi } from '../lib/worker-client';
import type { WorkerError } from '../worker/api';
import { invalidate } from './invalidation';

export type PublishState =
  { phase: 'idle' } | { phase: 'publishing' } | { phase: 'queued'; relays: string[] } | { phase: 'failed'; error: WorkerError };

interface SyncState {
  /** The configured relays, in the order they were added. */
  relayUrls: string[];
  /** A relay list change is under way; the relay controls are disabled meanwhile. */
  relaysBusy: boolean;
  /** Why the last relay change failed, shown beside the form. */
  relayError?: WorkerError;
  publish: PublishState;
  /** Why the last retry of an outbox event failed. */
  outboxError?: WorkerError;
  /** Called once at boot with the relays the worker started with. */
  relaysConfigured(urls: string[]): void;
  /** True when the relay was added; otherwise relayError says why. */
  addRelay(input: string): Promise<boolean>;
  removeRelay(url: string): Promise<void>;
  clearRelayError(): void;
  /** Signs and queues a NIP-65 relay list (kind 10002) naming every configured relay for reading and writing. */
  publishRelayList(): Promise<void>;
  retryOutbox(eventId: string): Promise<void>;
}

/** The relays and the outbox: the actions and their state; what is read is in queries/sync-queries.ts. */
export const useSyncStore = create<SyncState>((set, get) => {
  async function changeRelays(urls: string[]): Promise<boolean> {
    set({ relaysBusy: true, relayError: undefined });
    try {
      // A relay list published before names the old relays: its confirmation no longer applies.
      set({ relayUrls: await workerApi().setRelays({ urls }), publish: { phase: 'idle' } });
      // The worker opens the new relays when they are next needed: asking for their state is that need.
      invalidate('relay-status', 'diagnostics');
      return true;
    } catch (error) {
      set({ relayError: asWorkerError(error) });
      return false;
    } finally {
      set({ relaysBusy: false });
    }
  }

  return {
    relayUrls: [],
    relaysBusy: false,
    publish: { phase: 'idle' },

    relaysConfigured: (urls) => set({ relayUrls: urls }),

    async addRelay(input) {
      const normalised = normaliseRelayUrl(input);
      if (normalised && get().relayUrls.includes(normalised)) {
        set({ relayError: { type: 'duplicate-relay', message: `${normalised} is already in the list.` } });
        return false;
      }
      // The worker validates the address and answers { type: 'invalid-relay', message } for a bad one.
      return changeRelays([...get().relayUrls, input.trim()]);
    },

    async removeRelay(url) {
      await changeRelays(get().relayUrls.filter((relay) => relay !== url));
    },

    clearRelayError: () => set({ relayError: undefined }),

    async publishRelayList() {
      set({ publish: { phase: 'publishing' } });
      try {
        const entries = get().relayUrls.map((url) => ({ url, read: true, write: true }));
        const { kind, tags, content, created_at } = buildRelayList(entries, Math.floor(Date.now() / 1000));
        const { relays } = await workerApi().publishDraft({ draft: { kind, tags, content, created_at } });
        set({ publish: { phase: 'queued', relays } });
      } catch (error) {
        set({ publish: { phase: 'failed', error: asWorkerError(error) } });
      }
    },

    async retryOutbox(eventId) {
      try {
        await workerApi().retryOutbox({ eventId });
      } catch (error) {
        set({ outboxError: asWorkerError(error) });
      }
    },
  };
});
