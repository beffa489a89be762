import { describe, expect, it, vi } from 'vitest';
import { exerciseEvent, templateEvent, templateSet } from '../../testing/event-factories';
import { newAuthor, signEvent } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import { ingestEvents } from './ingest';
import { loadVerifier } from './verifier';

async function setup() {
  const ctx = testContext();
  const verifier = await loadVerifier();
  return { db: ctx.db, ingest: (events: unknown[]) => ingestEvents(ctx.db, verifier, events, 'relay') };
}

describe('ingestEvents', () => {
  it('stores an exercise with its tag rows and read model, and skips it the second time', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const event = exerciseEvent({ author, d: 'squat', title: 'Back Squat', instructions: 'Squat down.' });
    expect((await ingest([event])).outcomes).toEqual([{ id: event.id, status: 'stored' }]);
    expect((await ingest([event])).outcomes).toEqual([{ id: event.id, status: 'duplicate' }]);
    expect(await db.events.count()).toBe(1);
    expect(await db.events.where('tagKeys').equals('d:squat').count()).toBe(1);
    expect(await db.exercises.get(`33401:${author.pubkey}:squat`)).toMatchObject({ title: 'Back Squat', words: ['back', 'squat'] });
  });

  it('rejects bad events with their reasons and keeps the valid ones of the same batch', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const good = exerciseEvent({ author, d: 'a' });
    const forged = { ...exerciseEvent({ author, d: 'b' }), content: 'changed after signing' };
    const notExercise = signEvent(author, {
      kind: 33401,
      tags: [
        ['d', 'ride'],
        ['title', 'Cycling challenge'],
      ],
    });
    const summary = await ingest([forged, good, { id: 'nope' }, notExercise]);
    expect(summary.outcomes[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('signature check failed') });
    expect(summary.outcomes[1]).toEqual({ id: good.id, status: 'stored' });
    expect(summary.outcomes[2]).toEqual({ id: 'nope', status: 'rejected', reason: 'id is not 64 lowercase hex characters' });
    expect(summary.outcomes[3]).toMatchObject({ status: 'rejected', reason: 'exercise has no format tag: not a NIP-101e exercise' });
    expect(await db.events.count()).toBe(1);
  });

  it('keeps only the newest version of an addressable event; an older one arriving later changes nothing', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const v1 = exerciseEvent({ author, d: 'press', title: 'Press v1', created_at: 1000 });
    const v2 = exerciseEvent({ author, d: 'press', title: 'Press v2', created_at: 2000 });
    await ingest([v1]);
    expect((await ingest([v2])).outcomes).toEqual([{ id: v2.id, status: 'replaced-older', replacedId: v1.id }]);
    expect((await ingest([v1])).outcomes).toEqual([{ id: v1.id, status: 'superseded', byId: v2.id }]);
    expect((await db.exercises.toArray()).map((e) => e.title)).toEqual(['Press v2']);
    expect(await db.events.count()).toBe(1);
    expect(await db.events.where('tagKeys').equals('title:Press v1').count()).toBe(0);
  });

  it('breaks a created_at tie towards the lowest id, in one batch or across batches', async () => {
    const author = newAuthor();
    const a = exerciseEvent({ author, d: 'row', title: 'Row A', created_at: 5000 });
    const b = exerciseEvent({ author, d: 'row', title: 'Row B', created_at: 5000 });
    const lowest = a.id < b.id ? a : b;
    const highest = lowest === a ? b : a;
    const oneBatch = await setup();
    await oneBatch.ingest([highest, lowest]);
    expect((await oneBatch.db.events.toArray()).map((e) => e.id)).toEqual([lowest.id]);
    const twoBatches = await setup();
    await twoBatches.ingest([highest]);
    await twoBatches.ingest([lowest]);
    expect((await twoBatches.db.events.toArray()).map((e) => e.id)).toEqual([lowest.id]);
  });

  it('stores a template whose exercises are missing as incomplete and completes it when they arrive', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const addresses = ['squat', 'bench', 'row'].map((d) => `33401:${author.pubkey}:${d}`);
    const template = templateEvent({
      author,
      d: '5x5-a',
      title: '5x5 A',
      sets: addresses.map((a, i) => templateSet(a, { params: ['', '5', '', 'normal'], setNumber: i + 1 })),
    });
    await ingest([template]);
    const templateAddress = `33402:${author.pubkey}:5x5-a`;
    expect(await db.templates.get(templateAddress)).toMatchObject({ complete: 0, exerciseAddresses: addresses, setCount: 3 });
    expect(
      (await db.incompleteTemplates.where('templateAddress').equals(templateAddress).toArray()).map((r) => r.missingAddress).sort(),
    ).toEqual([...addresses].sort());
    await ingest([exerciseEvent({ author, d: 'squat' })]);
    expect((await db.templates.get(templateAddress))?.complete).toBe(0);
    const summary = await ingest(['bench', 'row'].map((d) => exerciseEvent({ author, d })));
    expect(summary.completedTemplates).toEqual([templateAddress]);
    expect((await db.templates.get(templateAddress))?.complete).toBe(1);
    expect(await db.incompleteTemplates.count()).toBe(0);
  });

  it('writes nothing of a batch whose transaction fails', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const events = ['a', 'b', 'c'].map((d) => exerciseEvent({ author, d }));
    // Make the read-model write fail after the raw rows were written inside the same transaction.
    const failure = vi.spyOn(db.exercises, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(ingest(events)).rejects.toThrow('disk full');
    failure.mockRestore();
    expect(await db.events.count()).toBe(0);
    expect(await db.exercises.count()).toBe(0);
    expect((await ingest(events)).stored).toBe(3);
  });
});
