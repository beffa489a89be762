import { describe, expect, it } from 'vitest';
import { SET_TYPE_UNIT } from '../../src/domain/exercise-format';
import { runstrRun } from '../../src/testing/dialect-events';
import { exerciseEvent, recordSet, workoutRecordEvent } from '../../src/testing/event-factories';
import { connectRelay } from '../../src/testing/relay-client';
import { newAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until } from '../../src/testing/wait';
import { createWorkerApi } from '../../src/worker/create-api';
import { cleanupAfterEach, relayForThisFile } from './support/suite';

const relay = relayForThisFile();
const cleanups = cleanupAfterEach();

const coach = newAuthor();
const PLANK = `33401:${coach.pubkey}:plank`;
const ROW = `33401:${coach.pubkey}:row`;
const SQUAT = `33401:${coach.pubkey}:squat`;
const EXERCISES = [
  exerciseEvent({
    author: coach,
    d: 'plank',
    title: 'Plank',
    format: ['duration', 'rpe', 'set_type'],
    formatUnits: ['seconds', '0-10', SET_TYPE_UNIT],
  }),
  exerciseEvent({
    author: coach,
    d: 'row',
    title: 'Rowing, Stationary',
    format: ['duration', 'distance', 'rpe', 'set_type'],
    formatUnits: ['seconds', 'km', '0-10', SET_TYPE_UNIT],
  }),
  exerciseEvent({ author: coach, d: 'squat', title: 'Back Squat' }),
];

describe('history of exercises of every format', () => {
  it('gives holds their longest time, rows their distance and pace, and runs of another app their distance, never a volume', async () => {
    const me = newAuthor();
    const day = 86_400;
    const start = Math.floor(Date.now() / 1000) - 10 * day;
    const mixed = workoutRecordEvent({
      author: me,
      d: 'mixed',
      title: 'Squats, rows and planks',
      start,
      sets: [
        recordSet(SQUAT, { params: ['100', '5', '8', 'normal'], setNumber: 1 }),
        recordSet(ROW, { params: ['485', '2', '7', 'normal'], setNumber: 1 }),
        recordSet(PLANK, { params: ['60', '7', 'normal'], setNumber: 1 }),
        recordSet(PLANK, { params: ['90', '8', 'normal'], setNumber: 2 }),
      ],
    });
    const rows = workoutRecordEvent({
      author: me,
      d: 'rows',
      title: 'Rowing',
      start: start + day,
      sets: [
        recordSet(ROW, { params: ['478', '2', '8', 'normal'], setNumber: 1 }),
        recordSet(ROW, { params: ['1260', '5', '6', 'normal'], setNumber: 2 }),
      ],
    });
    const planks = workoutRecordEvent({
      author: me,
      d: 'planks',
      title: 'Core',
      start: start + 2 * day,
      sets: [
        recordSet(PLANK, { params: ['200', '3', 'warmup'], setNumber: 1 }),
        recordSet(PLANK, { params: ['105', '9', 'normal'], setNumber: 2 }),
      ],
    });
    // RUNSTR's running dialect: ["exercise","running"], a distance and a duration, no sets; created_at is the start.
    const run = runstrRun({ author: me, id: 'run-1', start: start + 3 * day, distanceMeters: 5200, durationSeconds: 30 * 60 + 45 });
    const client = await connectRelay(relay.url);
    for (const event of [mixed, rows, planks, run]) expect((await client.publish(event)).accepted).toBe(true);
    await client.disconnect();

    const ctx = testContext({ databaseName: `plates-history-formats-${Date.now()}`, keyCostLogN: 4 });
    cleanups.push(() => ctx.close());
    const api = createWorkerApi(ctx);
    await api.startWorker({ relayUrls: [relay.url] });
    await api.ingestEvents({ events: EXERCISES, source: 'relay' });
    await api.importKey({ secret: Buffer.from(me.secretKey).toString('hex'), passphrase: 'correct horse battery' });
    await api.loadStartup({});
    await until(async () => (await api.listRecords()).length === 4);

    const records = await api.listRecords();
    expect(records.map((r) => [r.title, r.volumeKg, r.distanceMetres, r.setCount, r.activity])).toEqual([
      ['Running Workout', 0, 5200, 0, 'running'],
      ['Core', 0, 0, 2, undefined],
      ['Rowing', 0, 7000, 2, undefined],
      ['Squats, rows and planks', 500, 2000, 4, undefined],
    ]);
    expect(records[0]).toMatchObject({ durationSeconds: 1845, exercises: [] });
    expect(records[3]?.exercises.map((e) => [e.title, e.format?.names])).toEqual([
      ['Back Squat', ['weight', 'reps', 'rpe', 'set_type']],
      ['Rowing, Stationary', ['duration', 'distance', 'rpe', 'set_type']],
      ['Plank', ['duration', 'rpe', 'set_type']],
    ]);

    const plank = await api.exerciseHistory({ address: PLANK });
    expect(plank.format?.names).toEqual(['duration', 'rpe', 'set_type']);
    // Only the figure a hold measures (toEqual: the others are undefined); the warm-up's 200 s is left out.
    expect(plank.bests).toEqual({ duration: 105 });
    expect(plank.repsAtWeight).toEqual([]);
    expect(plank.sessions.map((s) => [s.recordKey, s.best?.durationSeconds, s.bests])).toEqual([
      [planks.id, 105, { duration: 105 }],
      [mixed.id, 90, { duration: 90 }],
    ]);

    const row = await api.exerciseHistory({ address: ROW });
    // Fastest pace: 2 km in 7:58 is 239 s per km; the 5 km is the longest distance.
    expect(row.bests).toEqual({ distance: 5000, pace: 239 });
    expect(row.sessions.map((s) => [s.best?.distanceMetres, s.best?.durationSeconds, s.bests])).toEqual([
      [5000, 1260, { distance: 5000, pace: 239 }],
      [2000, 485, { distance: 2000, pace: 242.5 }],
    ]);

    const squat = await api.exerciseHistory({ address: SQUAT });
    expect(squat.bests).toEqual({ weight: 100, e1rm: 116.667, volume: 500 });
    expect(squat.repsAtWeight).toEqual([{ weightKg: 100, reps: 5 }]);
  }, 30_000);
});
