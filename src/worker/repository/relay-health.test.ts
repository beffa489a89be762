import { describe, expect, it } from 'vitest';
import { summarize, type IngestOutcome } from '../pipeline/outcomes';
import type { FetchResult } from '../relay/relay-gateway';
import { RelayHealth } from './relay-health';

const GOOD = 'wss://good.example';
const BAD = 'wss://bad.example';

/** A fetch answered by both relays: `good` valid events from GOOD, `bad` forged ones from BAD. */
function fetched(good: number, bad: number, extra: Partial<FetchResult> = {}) {
  const sourceOf: Record<string, string> = {};
  const outcomes: IngestOutcome[] = [];
  for (let i = 0; i < good; i++) {
    sourceOf[`g${i}`] = GOOD;
    outcomes.push({ id: `g${i}`, status: 'stored' });
  }
  for (let i = 0; i < bad; i++) {
    sourceOf[`b${i}`] = BAD;
    outcomes.push({ id: `b${i}`, status: 'rejected', reason: 'signature check failed' });
  }
  const result: FetchResult = { events: [], asked: [GOOD, BAD], answered: [GOOD, BAD], sourceOf, capped: false, ...extra };
  return { result, summary: summarize(outcomes, [], []) };
}

describe('relay health', () => {
  it('asks the relay layer to isolate a relay that sent mostly forged events, and records until when', () => {
    const health = new RelayHealth(() => 0);
    const isolated: string[] = [];
    const { result, summary } = fetched(5, 12);
    health.record(result.asked, result, summary, (relay) => (isolated.push(relay), 300_000));
    expect(isolated).toEqual([BAD]);
    expect(health.isolated()).toEqual([BAD]);
    expect(health.snapshot().find((entry) => entry.relay === BAD)).toMatchObject({
      eventsReceived: 12,
      invalidEvents: 12,
      isolatedUntil: 300_000,
    });
  });

  it('records what the relay layer dropped over budget, and the isolation it made by itself', () => {
    const health = new RelayHealth(() => 0);
    const { result, summary } = fetched(5, 0, { answered: [GOOD], overBudget: { [BAD]: { dropped: 4_000, isolatedUntil: 600_000 } } });
    health.record(result.asked, result, summary, () => {
      throw new Error('nothing misbehaved in what was checked');
    });
    expect(health.snapshot().find((entry) => entry.relay === BAD)).toMatchObject({
      droppedEvents: 4_000,
      unanswered: 1,
      isolatedUntil: 600_000,
    });
    expect(health.isolated()).toEqual([BAD]);
  });
});
