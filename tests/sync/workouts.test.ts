import { describe, expect, it } from 'vitest';
import { connectRelay } from '../../src/testing/relay-client';
import { exerciseEvent, recordSet, templateEvent, templateSet, workoutRecordEvent } from '../../src/testing/event-factories';
import { newAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until } from '../../src/testing/wait';
import { createWorkerApi } from '../../src/worker/create-api';
import type { WorkoutSession } from '../../src/domain/workout-session';
import { cleanupAfterEach, relayForThisFile } from './support/suite';

const relay = relayForThisFile();
const cleanups = cleanupAfterEach();

const PASSPHRASE = 'correct horse battery';

async function openWorker(databaseName: string) {
  const ctx = testContext({ databaseName, keyCostLogN: 4 });
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls: [relay.url] });
  return { ctx, api };
}

const coach = newAuthor();
const SQUAT = `33401:${coach.pubkey}:squat`;
const BENCH = `33401:${coach.pubkey}:bench`;
const ROW = `33401:${coach.pubkey}:row`;

/** Logs weight and reps into every set of the session and ticks it done. */
async function logAll(
  api: Awaited<ReturnType<typeof openWorker>>['api'],
  session: WorkoutSession,
  weight: string,
): Promise<WorkoutSession> {
  let current = session;
  for (const exercise of session.exercises) {
    for (const set of exercise.sets) {
      for (const [field, text] of [
        ['weight', weight],
        ['reps', '5'],
        ['rpe', '8'],
      ] as const) {
        await api.updateActiveWorkout({ action: { type: 'edit-set', setId: set.id, field, text, unit: 'kg' } });
      }
      current = await api.updateActiveWorkout({ action: { type: 'complete-set', setId: set.id } });
    }
  }
  return current;
}

describe('a workout from start to history', () => {
  it('starts from a template missing an exercise, survives a reload, finishes with volume and a PR, and reaches the relay', async () => {
    const databaseName = `plates-workout-${Date.now()}`;
    const first = await openWorker(databaseName);
    const me = await first.api.createLocalKey({ passphrase: PASSPHRASE });
    await first.api.confirmBackup({});
    if (me.status !== 'ready') throw new Error('not signed in');
    await first.api.ingestEvents({
      events: [
        exerciseEvent({ author: coach, d: 'squat', title: 'Back Squat' }),
        exerciseEvent({ author: coach, d: 'bench', title: 'Bench Press' }),
        templateEvent({
          author: coach,
          d: 'abc',
          title: 'A-B-C',
          sets: [SQUAT, BENCH, ROW].flatMap((address, e) =>
            [1, 2].map((n) => templateSet(address, { params: ['', '5', '8', 'normal'], setNumber: e * 2 + n })),
          ),
        }),
      ],
      source: 'relay',
    });
    // An earlier squat session at 90 kg: today's 100 kg is a PR.
    await first.api.startWorkout({});
    const earlier = await first.api.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: SQUAT } });
    expect(earlier.exercises[0]?.title).toBe('Back Squat');
    expect(earlier.exercises[0]?.sets).toHaveLength(1); // a new exercise comes with one set
    await logAll(first.api, earlier, '90');
    await first.api.finishActiveWorkout();

    const started = await first.api.startWorkout({ templateAddress: `33402:${coach.pubkey}:abc` });
    expect(started.exercises.map((e) => [e.title, e.sets.length])).toEqual([
      ['Back Squat', 2],
      ['Bench Press', 2],
      [undefined, 2],
    ]);
    const previous = await first.api.previousPerformance({ exerciseAddresses: [SQUAT, BENCH] });
    expect(previous[SQUAT]?.map((set) => set.weightKg)).toEqual([90]);
    expect(previous[BENCH]).toEqual([]);
    const logged = await logAll(first.api, started, '100');
    await expect(
      first.api.updateActiveWorkout({
        action: { type: 'edit-set', setId: logged.exercises[0]?.sets[0]?.id ?? '', field: 'reps', text: '-3', unit: 'kg' },
      }),
    ).resolves.toMatchObject({
      exercises: [
        expect.objectContaining({
          sets: [expect.objectContaining({ reps: 5, errors: { reps: expect.objectContaining({ text: '-3' }) } }), expect.anything()],
        }),
        expect.anything(),
        expect.anything(),
      ],
    });
    await first.ctx.close();

    // Reload: every logged set is there.
    const second = await openWorker(databaseName);
    cleanups.push(() => second.ctx.close());
    const resumed = await second.api.getActiveWorkout();
    expect(resumed?.exercises.flatMap((e) => e.sets.map((s) => [s.weightKg, s.reps, s.completedAt !== undefined]))).toEqual(
      Array(6).fill([100, 5, true]),
    );
    await second.api.unlockKey({ passphrase: PASSPHRASE });

    const report = await second.api.finishActiveWorkout();
    expect(report.summary).toMatchObject({ volumeKg: 3000, sets: 6 });
    expect(report.summary.prs.map((pr) => [pr.exerciseAddress, pr.metric])).toContainEqual([SQUAT, 'weight']);
    expect(await second.api.getActiveWorkout()).toBeUndefined();

    const records = await second.api.listRecords();
    const latest = records.find((r) => r.key === report.recordKey);
    const older = records.find((r) => r.key !== report.recordKey);
    expect(records).toHaveLength(2);
    expect(latest).toMatchObject({ key: report.recordKey, title: 'A-B-C', volumeKg: 3000, setCount: 6 });
    expect(latest?.prs.length).toBeGreaterThan(0);
    expect(older?.volumeKg).toBe(450);
    const squat = await second.api.exerciseHistory({ address: SQUAT });
    expect(squat).toMatchObject({ title: 'Back Squat', bests: { weight: 100, volume: 1000 } });
    // Both workouts ran within the same second here, so their order is not asserted.
    expect(squat.sessions.map((s) => s.bests.e1rm?.toFixed(2)).sort()).toEqual(['105.00', '116.67']);

    await until(async () => (await second.api.listOutbox()).every((item) => item.status === 'sent'));
    const client = await connectRelay(relay.url);
    const onRelay = await client.query({ kinds: [1301], authors: [me.pubkey] });
    await client.disconnect();
    expect(onRelay.map((event) => event.id)).toContain(report.recordKey);
  }, 30_000);

  it('finishing signed out keeps the finished workout saved and says why', async () => {
    const { api, ctx } = await openWorker(`plates-workout-signed-out-${Date.now()}`);
    cleanups.push(() => ctx.close());
    await api.startWorkout({});
    await expect(api.finishActiveWorkout()).rejects.toMatchObject({ type: 'invalid-workout' });
    const session = await api.updateActiveWorkout({ action: { type: 'add-exercise', exerciseAddress: SQUAT } });
    await logAll(api, session, '60');
    await expect(api.finishActiveWorkout()).rejects.toMatchObject({ type: 'signed-out' });
    expect((await api.getActiveWorkout())?.finishedAt).toBeDefined();
    await expect(api.startWorkout({})).rejects.toMatchObject({ type: 'workout-in-progress' });
  });
});

describe('a new device', () => {
  it('brings back the person’s workouts and templates from their relays once they sign in', async () => {
    const lifter = newAuthor();
    const start = Math.floor(Date.now() / 1000) - 86_400;
    const client = await connectRelay(relay.url);
    const published = [
      workoutRecordEvent({ author: lifter, d: 'monday', title: 'Monday', start, sets: [recordSet(SQUAT)] }),
      templateEvent({ author: lifter, d: 'my-legs', title: 'My legs', sets: [templateSet(SQUAT)] }),
    ];
    for (const event of published) expect((await client.publish(event)).accepted).toBe(true);
    await client.disconnect();

    const { api, ctx } = await openWorker(`plates-new-device-${Date.now()}`);
    cleanups.push(() => ctx.close());
    await api.importKey({ secret: Buffer.from(lifter.secretKey).toString('hex'), passphrase: PASSPHRASE });
    expect(await api.listRecords()).toEqual([]);
    await api.loadStartup({});
    await until(async () => (await api.listRecords()).length === 1 && (await api.listTemplates({ scope: 'mine' })).length === 1);
    expect((await api.listRecords())[0]).toMatchObject({ title: 'Monday', volumeKg: 500 });
  });
});
