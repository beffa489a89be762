import { describe, expect, it } from 'vitest';
import { KIND } from '../domain/kinds';
import { ACCOUNT_QUERIES, invalidatedByEvent } from './invalidation';

const ingested = (...kinds: number[]) => ({
  type: 'events-ingested' as const,
  payload: { source: 'relay', stored: kinds.length, kinds, completedTemplates: [] },
});

describe('the invalidation table', () => {
  it('re-reads the template list and the open template when templates, exercises or deletions arrive', () => {
    for (const kind of [KIND.workoutTemplate, KIND.exercise, KIND.deletion]) {
      expect([...invalidatedByEvent(ingested(kind))]).toEqual(expect.arrayContaining(['templates', 'template']));
    }
  });

  it("re-reads the person's own exercises when an exercise or a deletion arrives", () => {
    for (const kind of [KIND.exercise, KIND.deletion]) expect(invalidatedByEvent(ingested(kind)).has('my-exercises')).toBe(true);
    expect(invalidatedByEvent(ingested(KIND.workoutRecord)).has('my-exercises')).toBe(false);
  });

  it('re-reads history and the feed for records, but not the library', () => {
    const names = invalidatedByEvent(ingested(KIND.workoutRecord));
    expect([...names]).toEqual(
      expect.arrayContaining(['records', 'record', 'workout-days', 'day-records', 'exercise-history', 'previous-performance', 'feed']),
    );
    expect(names.has('exercises')).toBe(false);
    expect(names.has('templates')).toBe(false);
  });

  it('asks the relays for the feed again when the follow list arrives', () => {
    expect(invalidatedByEvent(ingested(KIND.contacts)).has('feed-refresh')).toBe(true);
    expect(invalidatedByEvent(ingested(KIND.workoutRecord)).has('feed-refresh')).toBe(false);
  });

  it('re-reads by worker event for what is not an event kind', () => {
    expect([...invalidatedByEvent({ type: 'outbox-changed', payload: {} })]).toEqual(['outbox']);
    expect([...invalidatedByEvent({ type: 'relay-status', payload: {} })].sort()).toEqual(['diagnostics', 'relay-status']);
    expect([...invalidatedByEvent({ type: 'media-stored', payload: { url: 'https://x/y.jpg' } })].sort()).toEqual([
      'storage',
      'template-offline',
    ]);
    expect(invalidatedByEvent({ type: 'starter-pack-progress', payload: { phase: 'done', done: 1, total: 1 } }).size).toBe(0);
  });

  it('re-reads the import progress when the worker says it went on', () => {
    const payload = { state: 'running' as const, done: 250, total: 750, skipped: 0, created: 3 };
    expect([...invalidatedByEvent({ type: 'training-import-progress', payload })]).toEqual(['training-import-progress']);
  });

  it('re-reads what belongs to the signed-in person when the account changes', () => {
    expect([...ACCOUNT_QUERIES].sort()).toEqual(
      [
        'day-records',
        'exercise-history',
        'feed',
        'feed-refresh',
        'my-exercises',
        'previous-performance',
        'record',
        'records',
        'workout-days',
      ].sort(),
    );
  });
});
