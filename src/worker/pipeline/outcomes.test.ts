import { afterEach, describe, expect, it } from 'vitest';
import { exerciseEvent } from '../../testing/event-factories';
import { newAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import type { WorkerContext } from '../context';
import { createWorkerApi } from '../create-api';
import { summarize } from './outcomes';

let ctx: WorkerContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('summarize', () => {
  it('counts an older version apart from a duplicate, and a replacement as stored', () => {
    const summary = summarize(
      [
        { id: 'a', status: 'stored' },
        { id: 'b', status: 'replaced-older', replacedId: 'x' },
        { id: 'c', status: 'duplicate' },
        { id: 'd', status: 'superseded', byId: 'y' },
        { id: 'e', status: 'superseded', byId: 'z' },
        { id: 'f', status: 'deleted', byDeletionId: 'w' },
        { id: undefined, status: 'rejected', reason: 'no' },
      ],
      [],
      [],
    );
    expect(summary).toMatchObject({ stored: 2, replaced: 1, duplicates: 1, superseded: 2, deleted: 1, rejected: 1 });
  });
});

describe('importing a file', () => {
  it('reports older versions of what is stored as such, not as "already here"', async () => {
    ctx = testContext();
    const api = createWorkerApi(ctx);
    await api.startWorker({ relayUrls: [] });
    const author = newAuthor();
    const older = [1, 2, 3].map((n) => exerciseEvent({ author, d: `lift-${n}`, title: `Lift ${n} v1`, created_at: 1_000 }));
    const newer = [1, 2, 3].map((n) => exerciseEvent({ author, d: `lift-${n}`, title: `Lift ${n} v2`, created_at: 2_000 }));
    const file = (events: unknown[]) => new Blob([JSON.stringify(events)], { type: 'application/json' });

    const first = await api.importEventsFile({ file: file([newer[0], newer[1]]) });
    expect(first).toMatchObject({ stored: 2, replaced: 0, duplicates: 0, superseded: 0 });

    // The file holds the old versions of all three, one newer one already here, and the third's newer version.
    const second = await api.importEventsFile({ file: file([...older, newer[0], newer[2]]) });
    expect(second).toMatchObject({ stored: 1, replaced: 0, duplicates: 1, superseded: 3, rejected: 0, deleted: 0 });
    expect((await ctx.db.exercises.toArray()).map((row) => row.title).sort()).toEqual(['Lift 1 v2', 'Lift 2 v2', 'Lift 3 v2']);
  });

  it('counts a newer version that replaced a stored one as stored and replaced', async () => {
    ctx = testContext();
    const api = createWorkerApi(ctx);
    await api.startWorker({ relayUrls: [] });
    const author = newAuthor();
    const v1 = exerciseEvent({ author, d: 'press', title: 'Press v1', created_at: 1_000 });
    const v2 = exerciseEvent({ author, d: 'press', title: 'Press v2', created_at: 2_000 });
    const other = exerciseEvent({ author, d: 'row', title: 'Row v2', created_at: 2_000 });
    const otherOld = exerciseEvent({ author, d: 'row', title: 'Row v1', created_at: 1_000 });
    const file = (events: unknown[]) => new Blob([events.map((event) => JSON.stringify(event)).join('\n')]);
    await api.importEventsFile({ file: file([v1, other]) });

    const report = await api.importEventsFile({ file: file([v2, otherOld]) });
    expect(report).toMatchObject({ stored: 1, replaced: 1, duplicates: 0, superseded: 1, rejected: 0 });
    expect((await ctx.db.exercises.toArray()).map((row) => row.title).sort()).toEqual(['Press v2', 'Row v2']);
  });
});
