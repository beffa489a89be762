import { describe, expect, it } from 'vitest';
import { PR_METRICS, addToPast, detectPersonalRecords, personalRecordsAgainst, type ExercisePast } from './personal-records';
import type { PerformedSet } from './strength';
import type { SetType } from './tag-values';

const PUBKEY = 'b'.repeat(64);
const SQUAT = `33401:${PUBKEY}:squat`;
const BENCH = `33401:${PUBKEY}:bench`;

function set(exerciseAddress: string, weightKg: number | null, reps: number, setType: SetType = 'normal'): PerformedSet {
  return { exerciseAddress, weightKg, reps, setType };
}

function workout(...sets: PerformedSet[]) {
  return { sets };
}

const LAST_WEEK = workout(set(SQUAT, 60, 10, 'warmup'), set(SQUAT, 100, 5), set(SQUAT, 100, 5), set(SQUAT, 90, 8));

describe('detectPersonalRecords', () => {
  it('uses the metric names weight, reps, e1rm, volume, duration, distance, pace', () => {
    expect(PR_METRICS).toEqual(['weight', 'reps', 'e1rm', 'volume', 'duration', 'distance', 'pace']);
  });

  it('finds nothing for a first performance: it sets the baseline', () => {
    expect(detectPersonalRecords([set(SQUAT, 100, 5)], [])).toEqual([]);
    expect(detectPersonalRecords([set(BENCH, 80, 5)], [LAST_WEEK])).toEqual([]);
    // Warm-ups alone are no history.
    expect(detectPersonalRecords([set(BENCH, 80, 5)], [workout(set(BENCH, 40, 10, 'warmup'))])).toEqual([]);
  });

  it('finds every metric beaten, one claim each, with the value beaten', () => {
    const today = [set(SQUAT, 105, 5), set(SQUAT, 100, 6), set(SQUAT, 100, 5), set(SQUAT, 90, 8)];
    expect(detectPersonalRecords(today, [LAST_WEEK])).toEqual([
      { exerciseAddress: SQUAT, metric: 'weight', value: 105, previous: 100 },
      { exerciseAddress: SQUAT, metric: 'reps', value: 6, previous: 5, weightKg: 100 },
      { exerciseAddress: SQUAT, metric: 'e1rm', value: 122.5, previous: 116.667 },
      { exerciseAddress: SQUAT, metric: 'volume', value: 2345, previous: 1720 },
    ]);
  });

  it('compares volume per workout, not against all history together', () => {
    const history = [workout(set(SQUAT, 100, 5), set(SQUAT, 100, 5)), workout(set(SQUAT, 100, 5), set(SQUAT, 100, 5), set(SQUAT, 100, 4))];
    const today = [set(SQUAT, 100, 5), set(SQUAT, 100, 5), set(SQUAT, 100, 5)];
    expect(detectPersonalRecords(today, history)).toEqual([{ exerciseAddress: SQUAT, metric: 'volume', value: 1500, previous: 1400 }]);
  });

  it('needs strictly better: a tie is no record', () => {
    expect(detectPersonalRecords(LAST_WEEK.sets, [LAST_WEEK])).toEqual([]);
  });

  it('counts reps at a load against every earlier set at that load or heavier', () => {
    const history = [workout(set(SQUAT, 100, 5), set(SQUAT, 80, 12))];
    // 9 at 90 kg beats the 5 at 100 kg, the heaviest earlier load at or above 90.
    expect(detectPersonalRecords([set(SQUAT, 90, 9)], history).find((pr) => pr.metric === 'reps')).toEqual({
      exerciseAddress: SQUAT,
      metric: 'reps',
      value: 9,
      previous: 5,
      weightKg: 90,
    });
    // 11 at 80 kg does not beat the 12 at 80 kg.
    expect(detectPersonalRecords([set(SQUAT, 80, 11)], history).some((pr) => pr.metric === 'reps')).toBe(false);
  });

  it('claims the heaviest reps record of the workout', () => {
    const history = [workout(set(SQUAT, 100, 5), set(SQUAT, 80, 8))];
    const reps = detectPersonalRecords([set(SQUAT, 80, 10), set(SQUAT, 100, 6), set(SQUAT, 100, 7)], history).find(
      (pr) => pr.metric === 'reps',
    );
    expect(reps).toMatchObject({ value: 7, previous: 5, weightKg: 100 });
  });

  it('leaves a load never lifted before to the weight record', () => {
    const prs = detectPersonalRecords([set(SQUAT, 110, 1)], [workout(set(SQUAT, 100, 5))]);
    expect(prs.map((pr) => pr.metric)).toEqual(['weight']);
  });

  it('ignores warm-ups of the workout and of history', () => {
    const history = [workout(set(SQUAT, 100, 5), set(SQUAT, 200, 1, 'warmup'))];
    expect(detectPersonalRecords([set(SQUAT, 150, 1, 'warmup'), set(SQUAT, 100, 5)], history)).toEqual([]);
    expect(detectPersonalRecords([set(SQUAT, 120, 1)], history).map((pr) => [pr.metric, pr.previous])).toEqual([
      ['weight', 100],
      ['e1rm', 116.667],
    ]);
  });

  it('gives sets without load the most reps in a set, and no load figures', () => {
    const history = [workout(set(BENCH, null, 10))];
    expect(detectPersonalRecords([set(BENCH, null, 15)], history)).toEqual([
      { exerciseAddress: BENCH, metric: 'reps', value: 15, previous: 10 },
    ]);
    expect(detectPersonalRecords([set(BENCH, null, 10)], history)).toEqual([]);
    // A first weighted set beats "no load".
    expect(detectPersonalRecords([set(BENCH, 10, 5)], history).map((pr) => [pr.metric, pr.value, pr.previous])).toEqual([
      ['weight', 10, 0],
      ['e1rm', 11.667, 0],
      ['volume', 50, 0],
    ]);
  });

  it('lists exercises in first-use order', () => {
    const history = [workout(set(SQUAT, 100, 5), set(BENCH, 80, 5))];
    const prs = detectPersonalRecords([set(BENCH, 85, 5), set(SQUAT, 105, 5)], history);
    expect([...new Set(prs.map((pr) => pr.exerciseAddress))]).toEqual([BENCH, SQUAT]);
  });
});

describe('a past kept workout by workout', () => {
  it('finds the same PRs as the whole history read each time', () => {
    const workouts = [
      LAST_WEEK,
      workout(set(SQUAT, 105, 5), set(SQUAT, 100, 6), set(BENCH, 80, 5)),
      workout(set(SQUAT, 100, 7), set(SQUAT, 60, 12, 'warmup'), set(BENCH, 80, 6), set(BENCH, null, 15)),
      workout(set(SQUAT, 110, 2), set(SQUAT, 95, 9), set(BENCH, 85, 5), set(BENCH, null, 18)),
      workout(set(SQUAT, 100, 8, 'drop'), set(BENCH, 40, 30)),
    ];
    const pasts = new Map<string, ExercisePast>();
    workouts.forEach((current, i) => {
      const found = personalRecordsAgainst(current.sets, (address) => pasts.get(address));
      expect(found).toEqual(detectPersonalRecords(current.sets, workouts.slice(0, i)));
      for (const address of [SQUAT, BENCH]) {
        const past = addToPast(
          pasts.get(address),
          current.sets.filter((s) => s.exerciseAddress === address),
        );
        if (past) pasts.set(address, past);
      }
    });
    expect(pasts.get(SQUAT)?.bests.weight).toBe(110);
  });
});
