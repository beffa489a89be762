import { afterEach, describe, expect, it } from 'vitest';
import { KIND } from '../../domain/kinds';
import { testContext } from '../../testing/test-context';
import type { WorkerContext } from '../context';
import { createWorkerApi } from '../create-api';
import { idleGateway } from '../../testing/idle-gateway';

let ctx: WorkerContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('deleteTemplate', () => {
  it('queues a NIP-09 deletion naming the template by id and address, with its kind', async () => {
    ctx = testContext({ keyCostLogN: 4, createGateway: async (urls) => idleGateway(urls) });
    const api = createWorkerApi(ctx);
    await api.startWorker({ relayUrls: ['wss://relay.example'] });
    const account = await api.createLocalKey({ passphrase: 'correct horse battery' });
    if (account.status !== 'ready') throw new Error('not signed in');
    const { address } = await api.saveTemplate({
      template: {
        d: 'legs',
        title: 'Legs',
        type: 'strength',
        description: '',
        hashtags: [],
        sets: [
          { exerciseAddress: `${KIND.exercise}:${account.pubkey}:squat`, relayHint: '', params: ['100', '5', '8', 'normal'], setNumber: 1 },
        ],
      },
    });
    const template = await ctx.db.templates.get(address);

    await api.deleteTemplate({ address });

    const queued = (await ctx.db.outbox.toArray()).map((row) => row.event).filter((event) => event.kind === KIND.deletion);
    expect(queued).toHaveLength(1);
    expect(queued[0]?.pubkey).toBe(account.pubkey);
    expect(queued[0]?.content).toBe('template deleted');
    expect(queued[0]?.tags).toEqual([
      ['e', template?.eventId],
      ['a', address],
      ['k', String(KIND.workoutTemplate)],
    ]);
    expect(await ctx.db.templates.get(address)).toBeUndefined();
  });
});
