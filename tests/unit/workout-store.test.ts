import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionAction, WorkoutSession } from '../../src/domain/workout-session';
import { testContext } from '../../src/testing/test-context';
import { createWorkerApi } from '../../src/worker/create-api';
import type * as WorkerClient from '../../src/lib/worker-client';
import type { WorkerApi } from '../../src/worker/api';

/**
 * The active workout's optimistic flow: the store applies each change at once with the
 * domain reducer, the worker (here the real handlers over fake-indexeddb, in process)
 * applies it again and stores it, and every answer is rebased under the changes still on
 * their way. Answers are held back here to decide when each arrives.
 */
const held: Array<() => void> = [];
let api: WorkerApi;
let refuse: ((action: SessionAction) => boolean) | undefined;

vi.mock('../../src/lib/worker-client', async (original) => ({
  ...(await original<typeof WorkerClient>()),
  workerApi: () => api,
}));

const { useWorkoutStore, isSetStored } = await import('../../src/store/workout-store');
const EXERCISE = '33401:0000000000000000000000000000000000000000000000000000000000000001:squat';

function holdAnswers(real: WorkerApi): WorkerApi {
  return {
    ...real,
    async updateActiveWorkout(args) {
      await new Promise<void>((release) => held.push(release));
      if (refuse?.(args.action)) throw { type: 'invalid-action', message: 'refused by the worker' };
      return real.updateActiveWorkout(args);
    },
  };
}

/** Lets the oldest held call through once it has been made, and waits for its answer to land. */
async function releaseNext(): Promise<void> {
  await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));
  held.shift()?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const setOf = (session: WorkoutSession | undefined) => session?.exercises[0]?.sets[0];

describe('the workout store', () => {
  let real: WorkerApi;
  beforeEach(async () => {
    real = createWorkerApi(testContext());
    await real.startWorker({ relayUrls: [] });
    api = holdAnswers(real);
    refuse = undefined;
    useWorkoutStore.setState({ session: undefined, saved: undefined, loaded: false, error: undefined, finished: undefined });
    expect(await useWorkoutStore.getState().start()).toBe(true);
  });
  afterEach(() => held.splice(0).forEach((release) => release()));

  it('shows every change at once and keeps the unanswered ones on top of each answer', async () => {
    const { apply } = useWorkoutStore.getState();
    apply({ type: 'add-exercise', exerciseAddress: EXERCISE, title: 'Squat' });
    const setId = setOf(useWorkoutStore.getState().session)?.id ?? '';
    apply({ type: 'edit-set', setId, field: 'weight', text: '100', unit: 'kg' });
    apply({ type: 'edit-set', setId, field: 'reps', text: '5', unit: 'kg' });
    // Nothing answered yet: all three show.
    expect(setOf(useWorkoutStore.getState().session)).toMatchObject({ weightKg: 100, reps: 5 });
    expect((await real.getActiveWorkout({}))?.exercises).toHaveLength(0);

    await releaseNext();
    // The worker stored the exercise only; the two edits still on their way are rebased on its answer.
    expect((await real.getActiveWorkout({}))?.exercises[0]?.sets[0]?.weightKg).toBeUndefined();
    expect(setOf(useWorkoutStore.getState().session)).toMatchObject({ weightKg: 100, reps: 5 });

    await releaseNext();
    await releaseNext();
    const stored = await real.getActiveWorkout({});
    expect(setOf(stored)).toMatchObject({ weightKg: 100, reps: 5 });
    expect(useWorkoutStore.getState().session).toEqual(stored);
  });

  it('shows a tick as not stored until the worker has stored it, and after a reload only what it stored', async () => {
    const { apply } = useWorkoutStore.getState();
    apply({ type: 'add-exercise', exerciseAddress: EXERCISE, title: 'Squat' });
    await releaseNext();
    const setId = setOf(useWorkoutStore.getState().session)?.id ?? '';
    for (const [field, text] of [
      ['weight', '100'],
      ['reps', '5'],
      ['rpe', '8'],
    ] as const) {
      apply({ type: 'edit-set', setId, field, text, unit: 'kg' });
      await releaseNext();
    }
    const shownStored = () => {
      const { session, saved } = useWorkoutStore.getState();
      const shown = setOf(session);
      return shown !== undefined && isSetStored(shown, setOf(saved));
    };
    expect(shownStored()).toBe(true);

    apply({ type: 'complete-set', setId });
    // Shown ticked at once, but as on its way: the worker has not stored it.
    expect(setOf(useWorkoutStore.getState().session)?.completedAt).toBeDefined();
    expect(shownStored()).toBe(false);
    // The tab dies now: what comes back is the set not done, as stored.
    expect(setOf(await real.getActiveWorkout({}))?.completedAt).toBeUndefined();

    await releaseNext();
    expect(shownStored()).toBe(true);
    expect(setOf(await real.getActiveWorkout({}))?.completedAt).toBeDefined();
  });

  it('re-reads the workout another tab changed, keeping this tab’s changes on their way on top', async () => {
    const { apply, followOtherTab } = useWorkoutStore.getState();
    apply({ type: 'add-exercise', exerciseAddress: EXERCISE, title: 'Squat' });
    await releaseNext();
    const setId = setOf(useWorkoutStore.getState().session)?.id ?? '';
    // Another tab (its own worker over the same database) types the reps; this tab types the weight.
    await real.updateActiveWorkout({ action: { type: 'edit-set', setId, field: 'reps', text: '5', unit: 'kg' } });
    apply({ type: 'edit-set', setId, field: 'weight', text: '100', unit: 'kg' });
    followOtherTab();
    expect(setOf(useWorkoutStore.getState().session)).toMatchObject({ weightKg: 100 });
    await releaseNext();
    await vi.waitFor(() => expect(setOf(useWorkoutStore.getState().session)).toMatchObject({ weightKg: 100, reps: 5 }));
    expect(useWorkoutStore.getState().session).toEqual(await real.getActiveWorkout({}));
  });

  it('shows what the worker stored when it refuses a change, with its reason', async () => {
    const { apply } = useWorkoutStore.getState();
    apply({ type: 'add-exercise', exerciseAddress: EXERCISE, title: 'Squat' });
    await releaseNext();
    const setId = setOf(useWorkoutStore.getState().session)?.id ?? '';
    refuse = (action) => action.type === 'edit-set';
    apply({ type: 'edit-set', setId, field: 'weight', text: '140', unit: 'kg' });
    expect(setOf(useWorkoutStore.getState().session)?.weightKg).toBe(140);
    await releaseNext();
    await vi.waitFor(() => expect(useWorkoutStore.getState().error).toEqual({ type: 'invalid-action', message: 'refused by the worker' }));
    expect(setOf(useWorkoutStore.getState().session)?.weightKg).toBeUndefined();
    expect(useWorkoutStore.getState().session).toEqual(await real.getActiveWorkout({}));
  });

  it('counts a time, a distance or an own parameter not yet stored as not stored', () => {
    const saved = { id: 's2', setType: 'normal' as const, durationSeconds: 60, distanceMetres: 2000, other: { tempo: '3-1-1' } };
    expect(isSetStored({ ...saved }, saved)).toBe(true);
    expect(isSetStored({ ...saved, durationSeconds: 61 }, saved)).toBe(false);
    expect(isSetStored({ ...saved, distanceMetres: 2500 }, saved)).toBe(false);
    expect(isSetStored({ ...saved, other: { tempo: '4-0-1' } }, saved)).toBe(false);
  });
});
