import { nip19 } from 'nostr-tools';
import { describe, expect, it } from 'vitest';
import type { SessionSet, WorkoutSession } from '../../src/domain/workout-session';
import { exerciseEvent } from '../../src/testing/event-factories';
import { injectQuotaFaults } from '../../src/testing/quota-fault';
import { newAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until } from '../../src/testing/wait';
import { createWorkerApi } from '../../src/worker/create-api';
import type { WorkerEvent } from '../../src/worker/events';
import { cleanupAfterEach, relayForThisFile } from './support/suite';

const relay = relayForThisFile();
const cleanups = cleanupAfterEach();

const coach = newAuthor();
const SQUAT = `33401:${coach.pubkey}:squat`;
let databases = 0;
const PASSPHRASE = 'correct horse battery';

/** Two tabs: two workers over one database, as two browser tabs of the app have. */
async function twoTabs(options: { quotaFaults?: () => boolean } = {}) {
  const databaseName = `plates-tabs-${process.pid}-${++databases}`;
  const open = async () => {
    const ctx = testContext({ databaseName, keyCostLogN: 4 });
    if (options.quotaFaults) injectQuotaFaults(ctx.db, 'outbox', options.quotaFaults);
    const api = createWorkerApi(ctx);
    await api.startWorker({ relayUrls: [relay.url] });
    const events: WorkerEvent[] = [];
    ctx.notifier.add((event) => events.push(event));
    cleanups.push(() => ctx.close());
    return { ctx, api, events };
  };
  const a = await open();
  const b = await open();
  await a.api.importKey({ secret: nip19.nsecEncode(newAuthor().secretKey), passphrase: PASSPHRASE });
  // Each tab's worker unlocks the key for itself.
  await b.api.unlockKey({ passphrase: PASSPHRASE });
  await a.api.ingestEvents({ events: [exerciseEvent({ author: coach, d: 'squat', title: 'Back Squat' })], source: 'relay' });
  return { a, b };
}

/** The sets of the workout's only exercise. */
function setsOf(session: WorkoutSession | undefined): SessionSet[] {
  const exercise = session?.exercises[0];
  if (!exercise) throw new Error('the workout has no exercise');
  return exercise.sets;
}

function firstSet(session: WorkoutSession): SessionSet {
  const [set] = setsOf(session);
  if (!set) throw new Error('the exercise has no set');
  return set;
}

/** A workout of one exercise with `sets` sets, started in tab `a`. */
async function workoutWithSets(api: Awaited<ReturnType<typeof twoTabs>>['a']['api'], sets: number): Promise<WorkoutSession> {
  await api.startWorkout({});
  let session = await api.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: SQUAT } });
  const exerciseId = session.exercises[0]?.id ?? '';
  while (setsOf(session).length < sets) session = await api.updateActiveWorkout({ action: { type: 'add-set', exerciseId } });
  return session;
}

describe('the workout in progress in two tabs', () => {
  it('keeps every edit when both tabs change it at the same moment', async () => {
    const { a, b } = await twoTabs();
    const session = await workoutWithSets(a.api, 60);
    const sets = setsOf(session);
    // Tab a types the weights of the first half, tab b of the second half, interleaved.
    await Promise.all(
      sets.map((set, i) =>
        (i < 30 ? a : b).api.updateActiveWorkout({
          action: { type: 'edit-set', setId: set.id, field: 'weight', text: String(100 + i), unit: 'kg' },
        }),
      ),
    );
    const stored = await b.api.getActiveWorkout();
    expect(setsOf(stored).map((set) => set.weightKg)).toEqual(sets.map((_, i) => 100 + i));
  });

  it('tells the other tab of each change, start and finish, and not the tab that made it', async () => {
    const { a, b } = await twoTabs();
    const told = (tab: { events: WorkerEvent[] }) => tab.events.filter((e) => e.type === 'active-workout-changed').length;
    await a.api.startWorkout({});
    await until(async () => told(b) === 1);
    const session = await a.api.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: SQUAT } });
    await until(async () => told(b) === 2);
    expect(told(a)).toBe(0);

    const set = firstSet(session);
    for (const [field, text] of [
      ['weight', '80'],
      ['reps', '5'],
      ['rpe', '8'],
    ] as const)
      await b.api.updateActiveWorkout({ action: { type: 'edit-set', setId: set.id, field, text, unit: 'kg' } });
    await b.api.updateActiveWorkout({ action: { type: 'complete-set', setId: set.id } });
    await until(async () => told(a) === 4);
    await a.api.finishActiveWorkout({ id: session.id });
    // Its end time stored, then the workout cleared with its record queued.
    await until(async () => told(b) === 4);
    expect(await b.api.getActiveWorkout()).toBeUndefined();
    // The record stored reaches the other tab's page too (its history re-reads).
    await until(async () => b.events.some((e) => e.type === 'events-ingested' && e.payload.kinds.includes(1301)));
  });

  it('follows settings changed in the other tab', async () => {
    const { a, b } = await twoTabs();
    await a.api.setUnits({ units: 'lb' });
    await until(async () => b.events.some((e) => e.type === 'settings-changed' && e.payload.units === 'lb'));
    await a.api.setRelays({ urls: [relay.url, 'wss://relay.example.com'] });
    await until(async () => b.events.some((e) => e.type === 'settings-changed' && e.payload.relayUrls?.length === 2));
    expect((await b.api.getPreferences()).units).toBe('lb');
  });

  it('never starts a second workout over one started in the other tab', async () => {
    const { a, b } = await twoTabs();
    const started = await Promise.allSettled([a.api.startWorkout({}), b.api.startWorkout({})]);
    expect(started.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(started.find((result) => result.status === 'rejected')).toMatchObject({ reason: { type: 'workout-in-progress' } });
  });
});

describe('finishing a workout', () => {
  async function finishableWorkout(api: Awaited<ReturnType<typeof twoTabs>>['a']['api']): Promise<WorkoutSession> {
    const session = await workoutWithSets(api, 1);
    const set = firstSet(session);
    await api.updateActiveWorkout({ action: { type: 'edit-set', setId: set.id, field: 'weight', text: '100', unit: 'kg' } });
    await api.updateActiveWorkout({ action: { type: 'edit-set', setId: set.id, field: 'reps', text: '5', unit: 'kg' } });
    await api.updateActiveWorkout({ action: { type: 'edit-set', setId: set.id, field: 'rpe', text: '8', unit: 'kg' } });
    return api.updateActiveWorkout({ action: { type: 'complete-set', setId: set.id } });
  }

  /** The 1301 records of session `d` stored and queued. */
  async function recordsOf(ctx: Awaited<ReturnType<typeof twoTabs>>['a']['ctx'], d: string) {
    const stored = (await ctx.db.events.where('kind').equals(1301).toArray()).filter((e) => e.tags.some((t) => t[0] === 'd' && t[1] === d));
    const queued = new Set(
      (await ctx.db.outbox.toArray()).filter((row) => row.event.tags.some((t) => t[0] === 'd' && t[1] === d)).map((row) => row.eventId),
    );
    return { stored: stored.length, queued: queued.size };
  }

  it('records the session once when both tabs finish it at the same moment', async () => {
    const { a, b } = await twoTabs();
    const session = await finishableWorkout(a.api);
    const results = await Promise.allSettled([
      a.api.finishActiveWorkout({ id: session.id }),
      b.api.finishActiveWorkout({ id: session.id }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { type: 'no-workout' } });
    expect(await recordsOf(a.ctx, session.id)).toEqual({ stored: 1, queued: 1 });
    expect(await a.api.getActiveWorkout()).toBeUndefined();
  });

  it('keeps the workout, and queues nothing, when the record does not fit on the device', async () => {
    let full = false;
    const { a } = await twoTabs({ quotaFaults: () => full });
    const session = await finishableWorkout(a.api);
    full = true;
    await expect(a.api.finishActiveWorkout({ id: session.id })).rejects.toMatchObject({ type: 'storage-full' });
    expect(await recordsOf(a.ctx, session.id)).toEqual({ stored: 0, queued: 0 });
    // Still there, finished as it was: finishing again once there is room records it once.
    expect(await a.api.getActiveWorkout()).toMatchObject({ id: session.id, finishedAt: expect.any(Number) });
    full = false;
    await a.api.finishActiveWorkout({ id: session.id });
    expect(await recordsOf(a.ctx, session.id)).toEqual({ stored: 1, queued: 1 });
  });

  it('refuses a finish or discard of a workout that is no longer in progress', async () => {
    const { a, b } = await twoTabs();
    const session = await finishableWorkout(a.api);
    await a.api.discardActiveWorkout({ id: session.id });
    const next = await b.api.startWorkout({});
    await expect(a.api.finishActiveWorkout({ id: session.id })).rejects.toMatchObject({ type: 'no-workout' });
    await expect(a.api.discardActiveWorkout({ id: session.id })).rejects.toMatchObject({ type: 'no-workout' });
    expect(await b.api.getActiveWorkout()).toMatchObject({ id: next.id });
  });
});
