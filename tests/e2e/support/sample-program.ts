import type { NostrEvent } from '../../../src/domain/nostr-event';
import type { TestAuthor } from '../../../src/testing/sign';
import { daysAgoAt, starterExercise, workoutEvent, type SetSpec } from './workout-events';

const ex = {
  squat: starterExercise('Barbell_Squat'),
  rdl: starterExercise('Romanian_Deadlift'),
  legPress: starterExercise('Leg_Press'),
  bench: starterExercise('Barbell_Bench_Press_-_Medium_Grip'),
  press: starterExercise('Standing_Military_Press'),
  dips: starterExercise('Dips_-_Triceps_Version'),
  deadlift: starterExercise('Barbell_Deadlift'),
  row: starterExercise('Bent_Over_Barbell_Row'),
  pullups: starterExercise('Pullups'),
};

const NOTES = ['Felt strong, last set moved fast.', '', 'Short on sleep; kept RPE honest.', '', 'New belt helps on the heavy sets.'];

function sets(exercise: string, kg: number | null, reps: number, count: number, rpe = 8): SetSpec[] {
  return Array.from({ length: count }, (_, i) => ({ exercise, kg, reps, rpe: Math.min(10, rpe + i * 0.5) }));
}

function warmup(exercise: string, kg: number, reps: number): SetSpec {
  return { exercise, kg, reps, rpe: 5, type: 'warmup' };
}

/**
 * Six weeks of a push / pull / legs programme on Mondays, Wednesdays and Fridays up to today,
 * the main lifts adding weight each week, the top set of each claimed as a PR after the first.
 */
export function sampleProgramme(author: TestAuthor): NostrEvent[] {
  const events: NostrEvent[] = [];
  let session = 0;
  for (let daysAgo = 41; daysAgo >= 0; daysAgo--) {
    const day = new Date(daysAgoAt(daysAgo, 12) * 1000).getDay();
    if (day !== 1 && day !== 3 && day !== 5) continue;
    const kind = session % 3;
    const week = Math.floor(session / 3);
    const start = daysAgoAt(daysAgo, 17 + (session % 2), (session * 7) % 60);
    const minutes = 52 + ((session * 5) % 19);
    const notes = NOTES[session % NOTES.length] ?? '';
    if (kind === 0) {
      const top = 70 + week * 2.5;
      events.push(
        workoutEvent(author, {
          title: 'Push',
          start,
          minutes,
          notes,
          prs: week > 0 ? [{ exercise: ex.bench, metric: 'weight', value: top }] : [],
          sets: [
            warmup(ex.bench, 40, 10),
            ...sets(ex.bench, top, 5, 3),
            ...sets(ex.press, 40 + week * 1.25, 8, 3),
            ...sets(ex.dips, null, 10, 3, 7),
          ],
        }),
      );
    } else if (kind === 1) {
      const top = 120 + week * 5;
      events.push(
        workoutEvent(author, {
          title: 'Pull',
          start,
          minutes,
          notes,
          prs: week > 0 ? [{ exercise: ex.deadlift, metric: 'weight', value: top }] : [],
          sets: [
            warmup(ex.deadlift, 60, 5),
            ...sets(ex.deadlift, top, 5, 3),
            ...sets(ex.row, 60 + week * 2.5, 8, 3),
            ...sets(ex.pullups, null, 8, 3, 8),
          ],
        }),
      );
    } else {
      const top = 95 + week * 2.5;
      const e1rm = Math.round(top * (1 + 5 / 30) * 1000) / 1000;
      events.push(
        workoutEvent(author, {
          title: 'Legs',
          start,
          minutes,
          notes,
          prs:
            week > 0
              ? [
                  { exercise: ex.squat, metric: 'weight', value: top },
                  { exercise: ex.squat, metric: 'e1rm', value: e1rm },
                ]
              : [],
          sets: [
            warmup(ex.squat, 60, 5),
            ...sets(ex.squat, top, 5, 3),
            ...sets(ex.rdl, 80 + week * 2.5, 8, 3),
            ...sets(ex.legPress, 160 + week * 10, 10, 3, 7),
          ],
        }),
      );
    }
    session++;
  }
  return events;
}
