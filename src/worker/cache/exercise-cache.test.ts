import { describe, expect, it } from 'vitest';
import { exerciseEvent } from '../../testing/event-factories';
import { newAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import { ingestAndNotify } from '../ingest-and-notify';

describe('the exercise cache', () => {
  it('answers a newer version and a removed row as soon as they are stored, with no call to drop it', async () => {
    const ctx = testContext();
    const author = newAuthor();
    const address = `33401:${author.pubkey}:squat`;
    const now = Math.floor(Date.now() / 1000);
    await ingestAndNotify(ctx, [exerciseEvent({ author, d: 'squat', title: 'Squat', created_at: now - 10 })], 'relay');
    expect((await ctx.exercises.get(address))?.title).toBe('Squat');

    await ingestAndNotify(ctx, [exerciseEvent({ author, d: 'squat', title: 'Back squat', created_at: now - 5 })], 'relay');
    expect((await ctx.exercises.get(address))?.title).toBe('Back squat');

    await ctx.db.exercises.delete(address);
    expect(await ctx.exercises.get(address)).toBeUndefined();
  });
});
