import { describe, expect, it, vi } from 'vitest';
import { exerciseEvent } from '../../testing/event-factories';
import { newAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import { ingestEvents } from './ingest';
import { forgetStoredIds, storedIdMemory } from './known-stored';
import { loadVerifier, type Verifier } from './verifier';

async function spyVerifier(): Promise<{ verifier: Verifier; verified: () => number }> {
  const real = await loadVerifier();
  let count = 0;
  const verifier: Verifier = {
    name: 'counting',
    verify: real.verify,
    verifyAll: (events) => {
      count += events.length;
      return real.verifyAll(events);
    },
  };
  return { verifier, verified: () => count };
}

const exercises = (n: number) => {
  const author = newAuthor();
  return Array.from({ length: n }, (_, i) => exerciseEvent({ author, d: `ex-${i}` }));
};

describe('ids already stored are skipped before any checking', () => {
  it('answers a duplicate from memory, then from IndexedDB once memory is gone, never verifying it again', async () => {
    const { db } = testContext();
    const { verifier, verified } = await spyVerifier();
    const events = exercises(5);
    expect((await ingestEvents(db, verifier, events, 'relay')).stored).toBe(5);
    expect(verified()).toBe(5);
    const lookups = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    expect((await ingestEvents(db, verifier, events, 'relay')).duplicates).toBe(5);
    expect(lookups).not.toHaveBeenCalled();
    storedIdMemory(db).clear();
    expect((await ingestEvents(db, verifier, events, 'relay')).duplicates).toBe(5);
    expect(lookups).toHaveBeenCalledTimes(1); // one kind, one time window
    lookups.mockRestore();
    expect(verified()).toBe(5);
  });

  it('looks ids up one by one where a time window holds many more stored events than were asked', async () => {
    const { db } = testContext();
    const author = newAuthor();
    const verifier = await loadVerifier();
    const events = Array.from({ length: 60 }, (_, i) => exerciseEvent({ author, d: `ex-${i}`, created_at: 1_000 + i }));
    expect((await ingestEvents(db, verifier, events, 'relay')).stored).toBe(60);
    storedIdMemory(db).clear();
    const getKey = vi.spyOn(IDBObjectStore.prototype, 'getKey');
    const [first, last] = [events[0], events[59]];
    expect((await ingestEvents(db, verifier, [first, last], 'relay')).duplicates).toBe(2);
    expect(getKey).toHaveBeenCalledTimes(2);
    getKey.mockRestore();
  });

  it('does not take a copy with another created_at for the stored event of its id: its signature check refuses it', async () => {
    const { db } = testContext();
    const [event] = exercises(1);
    if (!event) throw new Error('no event');
    const verifier = await loadVerifier();
    await ingestEvents(db, verifier, [event], 'relay');
    storedIdMemory(db).clear();
    const [outcome] = (await ingestEvents(db, verifier, [{ ...event, created_at: event.created_at + 1 }], 'relay')).outcomes;
    expect(outcome).toMatchObject({ id: event.id, status: 'rejected', reason: expect.stringContaining('signature check failed') });
    expect((await db.events.get(event.id))?.created_at).toBe(event.created_at);
  });

  it('reads nothing but the id of a stored event sent again', async () => {
    const { db } = testContext();
    const [event] = exercises(1);
    const verifier = await loadVerifier();
    await ingestEvents(db, verifier, [event], 'relay');
    const resent = { ...event, tags: 'not read: the id is stored' };
    expect((await ingestEvents(db, verifier, [resent], 'relay')).outcomes).toEqual([{ id: event?.id, status: 'duplicate' }]);
  });

  it('stores an event again once its removal was reported with forgetStoredIds, in this worker and another tab', async () => {
    const { db } = testContext();
    const { db: otherTab } = testContext({ databaseName: db.name });
    const verifier = await loadVerifier();
    const [event] = exercises(1);
    if (!event) throw new Error('no event');
    await ingestEvents(db, verifier, [event], 'relay');
    await ingestEvents(otherTab, verifier, [event], 'relay');
    expect(storedIdMemory(otherTab).has(event.id)).toBe(true);

    // Eviction removes the row outside the pipeline and says so.
    await db.events.delete(event.id);
    forgetStoredIds(db, [event.id]);
    await vi.waitFor(() => expect(storedIdMemory(otherTab).has(event.id)).toBe(false));
    expect((await ingestEvents(otherTab, verifier, [event], 'relay')).outcomes).toEqual([{ id: event.id, status: 'stored' }]);
    otherTab.close();
  });
});
