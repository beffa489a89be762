import { afterEach, describe, expect, it } from 'vitest';
import { KIND } from '../../domain/kinds';
import { newAuthor, signEvent } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import type { WorkerContext } from '../context';
import { ingestEvents } from '../pipeline/ingest';
import { loadVerifier } from '../pipeline/verifier';
import { newestReplaceable } from './newest-replaceable';

let ctx: WorkerContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('newestReplaceable', () => {
  it("reads the newest stored version of one kind of one author's replaceable events", async () => {
    ctx = testContext();
    const alice = newAuthor();
    const bob = newAuthor();
    const newer = signEvent(alice, { kind: KIND.profile, content: '{"name":"alice"}', created_at: 2_000 });
    const older = signEvent(alice, { kind: KIND.profile, content: '{"name":"old alice"}', created_at: 1_000 });
    const contacts = signEvent(alice, { kind: KIND.contacts, tags: [['p', bob.pubkey]], created_at: 1_500 });
    const bobs = signEvent(bob, { kind: KIND.profile, content: '{"name":"bob"}', created_at: 3_000 });
    const verifier = await loadVerifier();
    await ingestEvents(ctx.db, verifier, [newer, contacts, bobs], 'relay');
    await ingestEvents(ctx.db, verifier, [older], 'relay');

    expect((await newestReplaceable(ctx.db, KIND.profile, alice.pubkey))?.id).toBe(newer.id);
    expect((await newestReplaceable(ctx.db, KIND.contacts, alice.pubkey))?.id).toBe(contacts.id);
    expect((await newestReplaceable(ctx.db, KIND.profile, bob.pubkey))?.id).toBe(bobs.id);
    expect(await newestReplaceable(ctx.db, KIND.contacts, bob.pubkey)).toBeUndefined();
    expect(await newestReplaceable(ctx.db, KIND.relayList, alice.pubkey)).toBeUndefined();
  });
});
