import { describe, expect, it } from 'vitest';
import { exerciseEvent, workoutRecordEvent } from '../../testing/event-factories';
import { newAuthor, signEvent, type TestAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import { ingestEvents } from './ingest';
import { loadVerifier } from './verifier';

async function setup() {
  const { db } = testContext();
  const verifier = await loadVerifier();
  return { db, ingest: (events: unknown[]) => ingestEvents(db, verifier, events, 'relay') };
}

const record = (author: TestAuthor, d: string) => workoutRecordEvent({ author, d, title: 'Leg day' });

const deletion = (author: TestAuthor, tags: string[][], createdAt?: number) =>
  signEvent(author, { kind: 5, tags, content: 'posted by mistake', ...(createdAt ? { created_at: createdAt } : {}) });

describe('NIP-09 deletions', () => {
  it("removes the author's event with its read model, and a deleted event arriving again stays deleted", async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const workout = record(author, 'w1');
    await ingest([workout]);
    expect(await db.records.count()).toBe(1);
    const del = deletion(author, [
      ['e', workout.id],
      ['k', '1301'],
    ]);
    expect((await ingest([del])).outcomes).toEqual([{ id: del.id, status: 'stored' }]);
    expect(await db.events.get(workout.id)).toBeUndefined();
    expect(await db.records.count()).toBe(0);
    expect((await ingest([workout])).outcomes).toEqual([{ id: workout.id, status: 'deleted', byDeletionId: del.id }]);
    expect(await db.events.get(workout.id)).toBeUndefined();
  });

  it("ignores a deletion of someone else's event, before and after it arrives", async () => {
    const { db, ingest } = await setup();
    const owner = newAuthor();
    const stranger = newAuthor();
    const workout = record(owner, 'w2');
    await ingest([deletion(stranger, [['e', workout.id]])]);
    expect((await ingest([workout])).outcomes).toEqual([{ id: workout.id, status: 'stored' }]);
    await ingest([
      deletion(stranger, [
        ['e', workout.id],
        ['a', `33401:${owner.pubkey}:squat`],
      ]),
    ]);
    expect(await db.events.get(workout.id)).toBeDefined();
    expect(await db.records.count()).toBe(1);
  });

  it('honours a deletion that arrives before its target', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const workout = record(author, 'w3');
    const del = deletion(author, [['e', workout.id]]);
    await ingest([del]);
    expect((await ingest([workout])).outcomes).toEqual([{ id: workout.id, status: 'deleted', byDeletionId: del.id }]);
    expect(await db.records.count()).toBe(0);
  });

  it('deletes the versions of an address up to the deletion time; a newer version stands', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const address = `33401:${author.pubkey}:bench`;
    const v1 = exerciseEvent({ author, d: 'bench', title: 'Bench v1', created_at: 1000 });
    const v2 = exerciseEvent({ author, d: 'bench', title: 'Bench v2', created_at: 3000 });
    await ingest([v1]);
    const del = deletion(author, [['a', address]], 2000);
    await ingest([del]);
    expect(await db.exercises.get(address)).toBeUndefined();
    expect((await ingest([v1])).outcomes).toEqual([{ id: v1.id, status: 'deleted', byDeletionId: del.id }]);
    expect((await ingest([v2])).outcomes).toEqual([{ id: v2.id, status: 'stored' }]);
    expect((await db.exercises.get(address))?.title).toBe('Bench v2');
  });

  it('applies a deletion to its target in the same batch', async () => {
    const { db, ingest } = await setup();
    const author = newAuthor();
    const workout = record(author, 'w4');
    const del = deletion(author, [['e', workout.id]]);
    const summary = await ingest([workout, del]);
    expect(summary.outcomes[0]).toEqual({ id: workout.id, status: 'deleted', byDeletionId: del.id });
    expect(summary.deleted).toBe(1);
    expect(await db.events.count()).toBe(1);
  });
});
