import { afterEach, describe, expect, it } from 'vitest';
import { KIND } from '../../domain/kinds';
import { deletionEvent, exerciseEvent } from '../../testing/event-factories';
import { newAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import type { WorkerContext } from '../context';
import { createWorkerApi } from '../create-api';

let ctx: WorkerContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('library queries over the in-memory exercise list', () => {
  it('see exercises stored, replaced and deleted after the list was first read', async () => {
    ctx = testContext();
    const api = createWorkerApi(ctx);
    const author = newAuthor();
    const squat = exerciseEvent({ author, d: 'squat', title: 'Back Squat', created_at: 1_000 });
    await api.ingestEvents({ events: [squat], source: 'import' });
    expect((await api.listExercises({ search: 'squat' })).items.map((e) => e.title)).toEqual(['Back Squat']);

    const press = exerciseEvent({ author, d: 'press', title: 'Bench Press', equipment: 'dumbbell', created_at: 1_000 });
    const renamed = exerciseEvent({ author, d: 'squat', title: 'Front Squat', created_at: 2_000 });
    await api.ingestEvents({ events: [press, renamed], source: 'import' });
    expect((await api.listExercises({})).items.map((e) => e.title)).toEqual(['Bench Press', 'Front Squat']);
    expect((await api.listLibraryFacets({})).equipment).toEqual(['barbell', 'dumbbell']);

    const deletion = deletionEvent({ author, addresses: [`${KIND.exercise}:${author.pubkey}:squat`], created_at: 3_000 });
    await api.ingestEvents({ events: [deletion], source: 'import' });
    expect((await api.listExercises({ search: 'squat' })).total).toBe(0);
  });

  it('answers the plain A–Z list before the whole list is in memory with the page the in-memory list gives', async () => {
    ctx = testContext();
    const api = createWorkerApi(ctx);
    const author = newAuthor();
    const titles = ['deadlift', 'Zercher Squat', 'Ab Wheel', 'bench press', 'Curl', 'Ábdominal Crunch', 'Row'];
    await api.ingestEvents({ events: titles.map((title, i) => exerciseEvent({ author, d: `e${i}`, title })), source: 'import' });
    // A new api: a fresh in-memory list, so the first query takes the page-only path.
    const cold = createWorkerApi(ctx);
    const first = await cold.listExercises({ offset: 0, limit: 4 });
    const second = await cold.listExercises({ offset: 4, limit: 4 });
    await cold.listExercises({ search: 'squat' });
    expect(await cold.listExercises({ offset: 0, limit: 4 })).toEqual(first);
    expect(await cold.listExercises({ offset: 4, limit: 4 })).toEqual(second);
    expect(first.total).toBe(7);
  });
});
