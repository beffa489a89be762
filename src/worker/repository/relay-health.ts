import type { IngestSummary } from '../pipeline/outcomes';
import type { FetchResult } from '../relay/relay-gateway';

/** A relay sending at least this many bad events in one answer, and mostly bad ones, is isolated. */
const BAD_EVENTS_TO_ISOLATE = 10;

export interface RelayHealthEntry {
  relay: string;
  eventsReceived: number;
  invalidEvents: number;
  /** Fetches this relay did not finish (no EOSE) in time. */
  unanswered: number;
  floods: number;
  /** Events dropped unchecked because the relay sent more than its budget (as of its last fetch). */
  droppedEvents: number;
  isolatedUntil?: number;
}

/**
 * Counts what each relay sends and isolates one that misbehaves (mostly invalid events,
 * or a flood) through `isolate`: the relay layer closes it for a back-off and says until
 * when, so it cannot slow or poison the rest. Isolations the relay layer made by itself (a
 * relay over its budget) are recorded too.
 */
export class RelayHealth {
  private readonly entries = new Map<string, RelayHealthEntry>();

  constructor(private readonly now: () => number = Date.now) {}

  record(asked: readonly string[], result: FetchResult, summary: IngestSummary | undefined, isolate: (relay: string) => number): void {
    const received = new Map<string, number>();
    const invalid = new Map<string, number>();
    for (const relay of Object.values(result.sourceOf)) received.set(relay, (received.get(relay) ?? 0) + 1);
    for (const outcome of summary?.outcomes ?? []) {
      const relay = outcome.status === 'rejected' && outcome.id ? result.sourceOf[outcome.id] : undefined;
      if (relay) invalid.set(relay, (invalid.get(relay) ?? 0) + 1);
    }
    for (const relay of asked) {
      const entry = this.entry(relay);
      const got = received.get(relay) ?? 0;
      const bad = invalid.get(relay) ?? 0;
      const overBudget = result.overBudget?.[relay];
      entry.eventsReceived += got;
      entry.invalidEvents += bad;
      entry.droppedEvents = Math.max(entry.droppedEvents, overBudget?.dropped ?? 0);
      if (!result.answered.includes(relay)) entry.unanswered++;
      const flooded = result.capped && got > 0 && got === Math.max(...received.values());
      if (flooded) entry.floods++;
      if (overBudget?.isolatedUntil) entry.isolatedUntil = overBudget.isolatedUntil;
      if (flooded || (bad >= BAD_EVENTS_TO_ISOLATE && bad * 2 >= got)) entry.isolatedUntil = isolate(relay);
    }
  }

  /** Relays left out of reads right now. */
  isolated(): string[] {
    const now = this.now();
    return [...this.entries.values()].filter((e) => (e.isolatedUntil ?? 0) > now).map((e) => e.relay);
  }

  snapshot(): RelayHealthEntry[] {
    return [...this.entries.values()].map((entry) => ({ ...entry }));
  }

  private entry(relay: string): RelayHealthEntry {
    let entry = this.entries.get(relay);
    if (!entry) {
      entry = { relay, eventsReceived: 0, invalidEvents: 0, unanswered: 0, floods: 0, droppedEvents: 0 };
      this.entries.set(relay, entry);
    }
    return entry;
  }
}
