import { describe, expect, it } from 'vitest';
import type { NostrEvent } from '../../domain/nostr-event';
import { exerciseEvent } from '../../testing/event-factories';
import { newAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import type { OutboxRow } from '../db/rows';
import { createOutboxPublisher } from './outbox-publisher';
import type { RelayGateway, RelayPublishOutcome } from './relay-gateway';

const A = 'wss://a.example';
const B = 'wss://b.example';

/**
 * A scripted RelayGateway (unit test of the publisher's rules; the real relay path is in
 * tests/sync/outbox.test.ts): `answer` decides each relay's reply, `sent` records the order.
 */
function scriptedGateway(answer: (relay: string, event: NostrEvent) => RelayPublishOutcome) {
  const sent: Array<[string, string]> = [];
  const gateway = {
    relayUrls: [A, B],
    async publishTo(relay: string, event: NostrEvent) {
      sent.push([relay, event.tags.find((t) => t[0] === 'd')?.[1] ?? '']);
      return answer(relay, event);
    },
  } as unknown as RelayGateway;
  return { gateway, sent };
}

async function setup(answer: (relay: string, event: NostrEvent) => RelayPublishOutcome) {
  const { db } = testContext();
  const { gateway, sent } = scriptedGateway(answer);
  const publisher = createOutboxPublisher(
    db,
    async () => gateway,
    () => undefined,
    { timeoutMs: 100, backoffMs: 60_000, maxBackoffMs: 60_000 },
  );
  const author = newAuthor();
  const queue = async (d: string, relays: string[]) => {
    const event = exerciseEvent({ author, d });
    const now = Date.now();
    const rows: OutboxRow[] = relays.map((relay) => ({
      eventId: event.id,
      event,
      relay,
      status: 'pending',
      attempts: 0,
      nextAttempt: now,
      createdAt: now,
    }));
    await db.outbox.bulkAdd(rows);
  };
  const statuses = async () => (await db.outbox.toArray()).map((row) => [row.relay, row.event.tags[0]?.[1], row.status, row.attempts]);
  return { db, publisher, queue, sent, statuses };
}

const accepted: RelayPublishOutcome = { status: 'accepted', message: '' };

describe('the outbox publisher', () => {
  it('sends each relay its events in the order they were queued', async () => {
    const { publisher, queue, sent, statuses } = await setup(() => accepted);
    for (const d of ['one', 'two', 'three']) await queue(d, [A]);
    await publisher.kick();
    expect(sent).toEqual([
      [A, 'one'],
      [A, 'two'],
      [A, 'three'],
    ]);
    expect(await statuses()).toEqual([
      [A, 'one', 'sent', 1],
      [A, 'two', 'sent', 1],
      [A, 'three', 'sent', 1],
    ]);
    publisher.stop();
  });

  it('an unreachable relay holds back the later events for it, with backoff, until it answers', async () => {
    let reachable = false;
    const { db, publisher, queue, sent, statuses } = await setup(() =>
      reachable ? accepted : { status: 'unreachable', message: 'could not connect' },
    );
    for (const d of ['one', 'two']) await queue(d, [A]);
    await publisher.kick();
    expect(sent).toEqual([[A, 'one']]);
    const [first] = await db.outbox.toArray();
    expect(first?.nextAttempt).toBeGreaterThan(Date.now() + 50_000);
    expect(first?.lastMessage).toBe('could not connect');

    await publisher.kick(); // not due yet: nothing is sent
    expect(sent).toHaveLength(1);

    reachable = true;
    await publisher.retryNow([A]); // what relay A connecting triggers
    expect(sent).toEqual([
      [A, 'one'],
      [A, 'one'],
      [A, 'two'],
    ]);
    expect(await statuses()).toEqual([
      [A, 'one', 'sent', 2],
      [A, 'two', 'sent', 1],
    ]);
    publisher.stop();
  });

  it('a refusal is final for that relay and event, and does not hold back the next event or other relays', async () => {
    const { db, publisher, queue, statuses } = await setup((relay, event) =>
      relay === A && event.tags[0]?.[1] === 'one' ? { status: 'refused', message: 'blocked: not on the allow list' } : accepted,
    );
    await queue('one', [A, B]);
    await queue('two', [A]);
    await publisher.kick();
    expect(await statuses()).toEqual([
      [A, 'one', 'failed', 1],
      [B, 'one', 'sent', 1],
      [A, 'two', 'sent', 1],
    ]);
    expect((await db.outbox.where('status').equals('failed').first())?.lastMessage).toBe('blocked: not on the allow list');
    publisher.stop();
  });

  it('one relay being down does not delay another', async () => {
    const { publisher, queue, statuses } = await setup((relay) =>
      relay === A ? { status: 'unreachable', message: 'no answer in time' } : accepted,
    );
    await queue('one', [A, B]);
    await queue('two', [A, B]);
    await publisher.kick();
    expect(await statuses()).toEqual([
      [A, 'one', 'pending', 1],
      [B, 'one', 'sent', 1],
      [A, 'two', 'pending', 0],
      [B, 'two', 'sent', 1],
    ]);
    publisher.stop();
  });

  it('a relay connecting makes only its own waiting rows due: the backoff of another unreachable relay stands', async () => {
    const { db, publisher, queue } = await setup(() => ({ status: 'unreachable', message: 'could not connect' }));
    await queue('one', [A, B]);
    await publisher.kick();
    const waiting = async () => new Map((await db.outbox.toArray()).map((row) => [row.relay, row.nextAttempt]));
    const before = await waiting();
    await publisher.retryNow([A]);
    const after = await waiting();
    expect(after.get(B)).toBe(before.get(B));
    expect(after.get(A)).toBeGreaterThan(Date.now() + 50_000); // tried again at once, failed, backed off anew
    expect((await db.outbox.toArray()).map((row) => [row.relay, row.attempts])).toEqual([
      [A, 2],
      [B, 1],
    ]);
    publisher.stop();
  });
});
