import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  contactsEvent,
  exerciseEvent,
  profileEvent,
  recordSet,
  templateEvent,
  templateSet,
  workoutRecordEvent,
} from '../../testing/event-factories';
import { newAuthor, type TestAuthor } from '../../testing/sign';
import { injectQuotaFaults } from '../../testing/quota-fault';
import { testContext } from '../../testing/test-context';
import { mediaKey, eventKey, PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import type { WorkerEvent } from '../events';
import { workoutHandlers } from '../handlers/workouts';
import { ingestAndNotify } from '../ingest-and-notify';

const MB = 1_000_000;
const STARTER = newAuthor();

function exercise(author: TestAuthor, d: string) {
  return exerciseEvent({ author, d });
}

function template(author: TestAuthor, d: string, exerciseAddress: string) {
  return templateEvent({ author, d, sets: [templateSet(exerciseAddress)] });
}

function record(author: TestAuthor, d: string, exerciseAddress: string) {
  return workoutRecordEvent({ author, d, sets: [recordSet(exerciseAddress)] });
}

const address = (author: TestAuthor, kind: number, d: string) => `${kind}:${author.pubkey}:${d}`;

/**
 * A context signed in as `me`, with the starter pack's author known. Writes of the active
 * workout fail with QuotaExceededError while `quota.failures` > 0 (set before the database opens).
 */
async function setup(usage: { bytes: number } = { bytes: 0 }) {
  const ctx = testContext({ keyCostLogN: 4, estimateStorage: async () => ({ usage: usage.bytes, quota: 10_000 * MB }) });
  const quota = { failures: 0 };
  injectQuotaFaults(ctx.db, 'activeWorkout', () => quota.failures-- > 0);
  const me = newAuthor();
  await ctx.account.importKey(bytesToHex(me.secretKey), 'correct horse battery');
  await ctx.db.settings.put({ key: 'starterPackPubkey', value: STARTER.pubkey });
  const events: WorkerEvent[] = [];
  ctx.notifier.add((event) => events.push(event));
  return { ctx, me, events, quota };
}

async function storeMedia(
  ctx: WorkerContext,
  url: string,
  options: { bytes: number; priority: number; lastAccessed: number; pinned?: boolean },
) {
  await ctx.db.media.put({
    url,
    blob: new Blob([new Uint8Array(options.bytes)]),
    mime: 'image/jpeg',
    size: options.bytes,
    sha256: '',
    storedAt: options.lastAccessed,
  });
  await ctx.db.cacheMeta.put({
    key: mediaKey(url),
    lastAccessed: options.lastAccessed,
    accessCount: 1,
    priority: options.priority,
    pinned: options.pinned ? 1 : 0,
    size: options.bytes,
  });
}

describe('eviction', () => {
  it('takes media by lowest priority, then least recently used, and stops once enough is free', async () => {
    const { ctx } = await setup();
    await storeMedia(ctx, 'https://x.test/viewed-old.jpg', { bytes: 1 * MB, priority: PRIORITY.viewed, lastAccessed: 100 });
    await storeMedia(ctx, 'https://x.test/passing-new.jpg', { bytes: 1 * MB, priority: PRIORITY.passing, lastAccessed: 300 });
    await storeMedia(ctx, 'https://x.test/passing-old.jpg', { bytes: 1 * MB, priority: PRIORITY.passing, lastAccessed: 200 });
    await storeMedia(ctx, 'https://x.test/pinned.jpg', { bytes: 1 * MB, priority: PRIORITY.passing, lastAccessed: 1, pinned: true });

    expect(await ctx.storage.makeRoom(1.5 * MB)).toBe(2 * MB);
    expect((await ctx.db.media.toCollection().primaryKeys()).sort()).toEqual([
      'https://x.test/pinned.jpg',
      'https://x.test/viewed-old.jpg',
    ]);
    expect(await ctx.db.cacheMeta.get(mediaKey('https://x.test/passing-old.jpg'))).toBeUndefined();
  });

  it('never takes the person’s own events, the starter library, what the active workout, the outbox or pinning needs', async () => {
    const { ctx, me } = await setup();
    const stranger = newAuthor();
    const friend = newAuthor();
    const own = [
      exercise(me, 'sled-push'),
      template(me, 'legs', address(STARTER, 33401, 'squat')),
      record(me, 'monday', address(stranger, 33401, 'used-by-my-record')),
    ];
    const starter = [exercise(STARTER, 'squat')];
    const others = {
      usedByMyRecord: exercise(stranger, 'used-by-my-record'),
      usedByWorkout: exercise(stranger, 'in-my-workout'),
      pinned: exercise(stranger, 'pinned'),
      unused: exercise(stranger, 'unused'),
      record: record(stranger, 'their-workout', address(stranger, 33401, 'unused')),
      template: template(stranger, 'their-template', address(stranger, 33401, 'unused')),
      strangerProfile: profileEvent({ author: stranger, name: 'Stranger' }),
      friendProfile: profileEvent({ author: friend, name: 'Friend' }),
      follows: contactsEvent({ author: me, follows: [{ pubkey: friend.pubkey }] }),
    };
    await ingestAndNotify(ctx, [...own, ...starter], 'user');
    await ingestAndNotify(ctx, Object.values(others), 'relay');
    await ctx.db.cacheMeta.put({
      key: eventKey(address(stranger, 33401, 'pinned')),
      lastAccessed: 0,
      accessCount: 1,
      priority: 0,
      pinned: 1,
    });
    const workouts = workoutHandlers(ctx);
    await workouts.startWorkout({});
    await workouts.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: address(stranger, 33401, 'in-my-workout') } });
    await storeMedia(ctx, 'https://x.test/theirs.jpg', { bytes: MB, priority: PRIORITY.passing, lastAccessed: 1 });

    const freed = await ctx.storage.makeRoom(1000 * MB);
    expect(freed).toBeGreaterThan(MB);

    const kept = new Set(await ctx.db.events.toCollection().primaryKeys());
    for (const event of [
      ...own,
      ...starter,
      others.usedByMyRecord,
      others.usedByWorkout,
      others.pinned,
      others.friendProfile,
      others.follows,
    ]) {
      expect(kept.has(event.id), `kept ${event.kind} ${event.tags.find((t) => t[0] === 'd')?.[1] ?? event.content}`).toBe(true);
    }
    for (const event of [others.unused, others.record, others.template, others.strangerProfile]) {
      expect(kept.has(event.id), `evicted ${event.kind} ${event.tags.find((t) => t[0] === 'd')?.[1] ?? event.content}`).toBe(false);
    }
    // Read models go with their events; the active workout is untouched.
    expect(await ctx.db.exercises.get(address(stranger, 33401, 'unused'))).toBeUndefined();
    expect(await ctx.db.templates.get(address(stranger, 33402, 'their-template'))).toBeUndefined();
    expect(await ctx.db.records.get(others.record.id)).toBeUndefined();
    expect(await ctx.db.media.count()).toBe(0);
    expect((await workouts.getActiveWorkout())?.exercises).toHaveLength(1);
  });

  it('runs when usage passes the budget and brings it back under', async () => {
    const usage = { bytes: 0 };
    const { ctx, events } = await setup(usage);
    await ctx.storage.setBudget(100 * MB);
    for (let i = 0; i < 60; i++)
      await storeMedia(ctx, `https://x.test/${i}.jpg`, { bytes: MB, priority: PRIORITY.passing, lastAccessed: i });
    usage.bytes = 95 * MB;
    // 60 MB of media is over its share (half the budget) even though usage is under the budget.
    const report = await ctx.storage.check();
    expect(report?.mediaRemoved).toBe(15);
    expect((await ctx.storage.state()).media).toMatchObject({ count: 45, bytes: 45 * MB });
    expect(events).toContainEqual({ type: 'storage-evicted', payload: { mediaRemoved: 15, eventsRemoved: 0, freedBytes: 15 * MB } });

    usage.bytes = 130 * MB;
    expect((await ctx.storage.check())?.freedBytes).toBe(40 * MB);
    usage.bytes = 80 * MB;
    expect(await ctx.storage.check()).toBeUndefined();
  });

  it('refuses a budget that is not one of the offered choices', async () => {
    const { ctx } = await setup();
    await expect(ctx.storage.setBudget(1)).rejects.toMatchObject({ type: 'invalid-budget' });
  });
});

describe('a workout save that hits the quota', () => {
  it('makes room by evicting others’ media and is stored', async () => {
    const { ctx, quota } = await setup();
    quota.failures = 1;
    await storeMedia(ctx, 'https://x.test/theirs.jpg', { bytes: 8 * MB, priority: PRIORITY.passing, lastAccessed: 1 });
    const workouts = workoutHandlers(ctx);
    await workouts.startWorkout({});
    expect(await ctx.db.media.count()).toBe(0);
    expect(await ctx.db.activeWorkout.get('current')).toBeDefined();
  });

  it('is kept and the person told when nothing can be freed, and stored with the next change that fits', async () => {
    const { ctx, events, quota } = await setup();
    const workouts = workoutHandlers(ctx);
    const started = await workouts.startWorkout({});
    const squat = address(STARTER, 33401, 'squat');
    await workouts.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: squat } });

    quota.failures = Infinity;
    await expect(workouts.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: squat } })).rejects.toMatchObject({
      type: 'storage-full',
      message: expect.stringContaining('out of storage space'),
    });
    expect(events.filter((e) => e.type === 'storage-status')).toEqual([
      { type: 'storage-status', payload: { full: true, message: expect.stringContaining('out of storage') } },
    ]);
    // The change is not lost: the worker answers it (after a page re-read too) though the device could not store it.
    expect((await workouts.getActiveWorkout())?.exercises).toHaveLength(2);
    expect((await ctx.db.activeWorkout.get('current'))?.session).toMatchObject({ id: started.id, exercises: [{ exerciseAddress: squat }] });

    quota.failures = 0;
    const third = await workouts.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: squat } });
    expect(third.exercises).toHaveLength(3);
    expect(((await ctx.db.activeWorkout.get('current'))?.session as { exercises: unknown[] }).exercises).toHaveLength(3);
    expect(events.filter((e) => e.type === 'storage-status').at(-1)).toEqual({ type: 'storage-status', payload: { full: false } });
  });
});
