import { create } from 'zustand';
import { buildRelayList, normaliseRelayUrl } from '../domain/relay-list';
import { coalesce } from '../lib/coalesce';
import { errorMessage, listen, workerApi } from '../lib/worker-client';
import type { Diagnostics, OutboxItem, RelayConnectionState } from '../worker/api';

export type PublishState =
  { phase: 'idle' } | { phase: 'publishing' } | { phase: 'queued'; relays: string[] } | { phase: 'failed'; message: string };

interface SyncState {
  /** The configured relays, in the order they were added. */
  relayUrls: string[];
  relayStates: Record<string, RelayConnectionState>;
  /** A relay list change is under way; the relay controls are disabled meanwhile. */
  relaysBusy: boolean;
  /** Why the last relay change failed, shown beside the form. */
  relayError?: string;
  publish: PublishState;
  outbox: OutboxItem[];
  outboxLoaded: boolean;
  outboxError?: string;
  diagnostics?: Diagnostics;
  diagnosticsError?: string;
  /** Called once at boot with the relays the worker started with. */
  relaysConfigured(urls: string[]): void;
  loadRelayStatus(): Promise<void>;
  /** True when the relay was added; otherwise relayError says why. */
  addRelay(input: string): Promise<boolean>;
  removeRelay(url: string): Promise<void>;
  clearRelayError(): void;
  /** Signs and queues a NIP-65 relay list (kind 10002) naming every configured relay for reading and writing. */
  publishRelayList(): Promise<void>;
  loadOutbox(): Promise<void>;
  retryOutbox(eventId: string): Promise<void>;
  loadDiagnostics(): Promise<void>;
}

export const useSyncStore = create<SyncState>((set, get) => {
  // Worker events come in bursts (a relay flapping, a publish pass): each read runs at most once more.
  const loadRelayStatus = coalesce(async () => {
    try {
      set({ relayStates: await workerApi().getRelayStatus({}) });
    } catch (error) {
      set({ relayError: errorMessage(error) });
    }
  });
  const loadOutbox = coalesce(async () => {
    try {
      set({ outbox: await workerApi().listOutbox({}), outboxLoaded: true, outboxError: undefined });
    } catch (error) {
      set({ outboxLoaded: true, outboxError: errorMessage(error) });
    }
  });
  const loadDiagnostics = coalesce(async () => {
    try {
      set({ diagnostics: await workerApi().getDiagnostics({}), diagnosticsError: undefined });
    } catch (error) {
      set({ diagnosticsError: errorMessage(error) });
    }
  });

  async function changeRelays(urls: string[]): Promise<boolean> {
    set({ relaysBusy: true, relayError: undefined });
    try {
      // A relay list published before names the old relays: its confirmation no longer applies.
      set({ relayUrls: await workerApi().setRelays({ urls }), publish: { phase: 'idle' } });
      // The worker opens the new relays when they are next needed: asking for their state is that need.
      await loadRelayStatus();
      return true;
    } catch (error) {
      set({ relayError: errorMessage(error) });
      return false;
    } finally {
      set({ relaysBusy: false });
    }
  }

  return {
    relayUrls: [],
    relayStates: {},
    relaysBusy: false,
    publish: { phase: 'idle' },
    outbox: [],
    outboxLoaded: false,

    relaysConfigured: (urls) => set({ relayUrls: urls }),

    loadRelayStatus,

    async addRelay(input) {
      const normalised = normaliseRelayUrl(input);
      if (normalised && get().relayUrls.includes(normalised)) {
        set({ relayError: `${normalised} is already in the list.` });
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
        set({ publish: { phase: 'failed', message: errorMessage(error) } });
      }
    },

    loadOutbox,

    async retryOutbox(eventId) {
      try {
        await workerApi().retryOutbox({ eventId });
      } catch (error) {
        set({ outboxError: errorMessage(error) });
      }
    },

    loadDiagnostics,
  };
});

/** Loads what the Sync screen shows and keeps it current from the worker's events; returns the unsubscribe. */
export function followSyncChanges(): () => void {
  const store = useSyncStore.getState();
  void store.loadRelayStatus();
  void store.loadOutbox();
  void store.loadDiagnostics();
  return listen((event) => {
    const state = useSyncStore.getState();
    if (event.type === 'relay-status') {
      // Re-read rather than take the payload: a gateway closing after a relay change reports its old relays.
      void state.loadRelayStatus();
      void state.loadDiagnostics();
    } else if (event.type === 'outbox-changed') {
      void state.loadOutbox();
    } else if (event.type === 'events-ingested') {
      void state.loadDiagnostics();
    }
  });
}
