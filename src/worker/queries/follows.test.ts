import { afterEach, describe, expect, it } from 'vitest';
import { KIND } from '../../domain/kinds';
import { newAuthor, signEvent } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import type { WorkerContext } from '../context';
import { ingestEvents } from '../pipeline/ingest';
import { loadVerifier } from '../pipeline/verifier';
import { followedPubkeys } from './follows';

let ctx: WorkerContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('followedPubkeys', () => {
  it("lists the valid p keys of the person's newest contact list, each once, in list order", async () => {
    ctx = testContext();
    const me = newAuthor();
    const [a, b, c] = [newAuthor().pubkey, newAuthor().pubkey, newAuthor().pubkey];
    const verifier = await loadVerifier();
    expect(await followedPubkeys(ctx.db, me.pubkey)).toEqual([]);

    const first = signEvent(me, { kind: KIND.contacts, tags: [['p', a]], created_at: 1_000 });
    const second = signEvent(me, {
      kind: KIND.contacts,
      tags: [
        ['p', c],
        ['p', 'not-a-key'],
        ['e', b],
        ['p', a, 'wss://relay.example'],
        ['p', c.toUpperCase()],
      ],
      created_at: 2_000,
    });
    const someoneElse = signEvent(newAuthor(), { kind: KIND.contacts, tags: [['p', b]], created_at: 3_000 });
    await ingestEvents(ctx.db, verifier, [first, someoneElse], 'relay');
    expect(await followedPubkeys(ctx.db, me.pubkey)).toEqual([a]);

    await ingestEvents(ctx.db, verifier, [second], 'relay');
    expect(await followedPubkeys(ctx.db, me.pubkey)).toEqual([c, a]);
  });
});
