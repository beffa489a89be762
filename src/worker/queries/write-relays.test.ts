import { afterEach, describe, expect, it } from 'vitest';
import { KIND } from '../../domain/kinds';
import { newAuthor, signEvent } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import type { WorkerContext } from '../context';
import { ingestEvents } from '../pipeline/ingest';
import { loadVerifier } from '../pipeline/verifier';
import { writeRelaysOf } from './write-relays';
import { idleGateway } from '../../testing/idle-gateway';

const CONFIGURED = ['wss://configured.example', 'wss://second.example'];

let ctx: WorkerContext | undefined;
let gatewaysOpened = 0;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

async function context(): Promise<WorkerContext> {
  gatewaysOpened = 0;
  const worker = testContext({
    createGateway: async (urls) => {
      gatewaysOpened++;
      return idleGateway(urls);
    },
  });
  ctx = worker;
  await worker.setRelayUrls(CONFIGURED);
  return worker;
}

describe('writeRelaysOf', () => {
  it("reads the write relays of the author's NIP-65 list, without opening the configured relays", async () => {
    const worker = await context();
    const author = newAuthor();
    const list = signEvent(author, {
      kind: KIND.relayList,
      tags: [
        ['r', 'wss://write.example/', 'write'],
        ['r', 'wss://read.example', 'read'],
        ['r', 'WSS://Both.Example:443'],
        ['r', 'https://not-a-relay.example'],
      ],
    });
    await ingestEvents(worker.db, await loadVerifier(), [list], 'relay');

    expect(await writeRelaysOf(worker, author.pubkey, 'configured')).toEqual(['wss://write.example', 'wss://both.example']);
    expect(await writeRelaysOf(worker, author.pubkey, 'none')).toEqual(['wss://write.example', 'wss://both.example']);
    expect(gatewaysOpened).toBe(0);
  });

  it('falls back to the configured relays, or to nothing, when the author names no write relay', async () => {
    const worker = await context();
    const readOnly = newAuthor();
    const unknown = newAuthor();
    await ingestEvents(
      worker.db,
      await loadVerifier(),
      [signEvent(readOnly, { kind: KIND.relayList, tags: [['r', 'wss://read.example', 'read']] })],
      'relay',
    );

    for (const author of [readOnly, unknown]) {
      expect(await writeRelaysOf(worker, author.pubkey, 'none')).toEqual([]);
      expect(await writeRelaysOf(worker, author.pubkey, 'configured')).toEqual(CONFIGURED);
    }
    await worker.setRelayUrls([]);
    expect(await writeRelaysOf(worker, unknown.pubkey, 'configured')).toEqual([]);
  });
});
