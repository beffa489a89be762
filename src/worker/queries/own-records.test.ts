import { describe, expect, it } from 'vitest';
import { workoutRecordEvent } from '../../testing/event-factories';
import { newAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import { ingestEvents } from '../pipeline/ingest';
import { loadVerifier } from '../pipeline/verifier';
import { recordRowsOf } from './own-records';

function record(author: ReturnType<typeof newAuthor>, d: string, start: number) {
  return workoutRecordEvent({ author, d, start, end: start + 60 });
}

describe('recordRowsOf', () => {
  it('pages newest first without losing or repeating records that share a start time, and reads a range', async () => {
    const { db } = testContext();
    const me = newAuthor();
    const starts = [100, 200, 200, 200, 300];
    await ingestEvents(
      db,
      await loadVerifier(),
      starts.map((start, i) => record(me, `w${i}`, start)),
      'user',
    );
    await ingestEvents(db, await loadVerifier(), [record(newAuthor(), 'other', 250)], 'relay');

    const seen: string[] = [];
    let page = await recordRowsOf(db, me.pubkey, { limit: 2 });
    while (page.length > 0) {
      seen.push(...page.map((row) => row.key));
      const last = page[page.length - 1];
      page = last ? await recordRowsOf(db, me.pubkey, { limit: 2, after: { start: last.start, key: last.key } }) : [];
    }
    const all = await recordRowsOf(db, me.pubkey);
    expect(seen).toEqual(all.map((row) => row.key));
    expect(new Set(seen).size).toBe(5);
    expect(all.map((row) => row.start)).toEqual([300, 200, 200, 200, 100]);

    expect((await recordRowsOf(db, me.pubkey, { from: 200, to: 300 })).map((row) => row.start)).toEqual([200, 200, 200]);
  });
});
