// The starter workouts. Exercise ids are free-exercise-db ids; the build fails on a missing one.
import { straight, together } from './templates.mjs';

export const TEMPLATES = [
  {
    d: 'stronglifts-5x5-a',
    title: '5×5 Workout A',
    type: 'strength',
    restBetweenSets: 180,
    description:
      'The A day of a classic 5×5 barbell program: squat, bench press and barbell row, five sets of five with the same weight. Alternate with Workout B three times a week and add 2.5 kg whenever all 25 reps of a lift were done.',
    hashtags: ['strength', 'full-body', 'barbell', '5x5', 'beginner'],
    blocks: [
      straight('Barbell_Squat', { warmups: 2, sets: 5, reps: 5 }),
      straight('Barbell_Bench_Press_-_Medium_Grip', { warmups: 1, sets: 5, reps: 5 }),
      straight('Bent_Over_Barbell_Row', { warmups: 1, sets: 5, reps: 5 }),
    ],
  },
  {
    d: 'stronglifts-5x5-b',
    title: '5×5 Workout B',
    type: 'strength',
    restBetweenSets: 180,
    description:
      'The B day of a classic 5×5 barbell program: squat and standing overhead press for five sets of five, then one heavy set of five deadlifts. Alternate with Workout A and add weight in small steps while the reps keep coming.',
    hashtags: ['strength', 'full-body', 'barbell', '5x5', 'beginner'],
    blocks: [
      straight('Barbell_Squat', { warmups: 2, sets: 5, reps: 5 }),
      straight('Standing_Military_Press', { warmups: 1, sets: 5, reps: 5 }),
      straight('Barbell_Deadlift', { warmups: 2, sets: 1, reps: 5 }),
    ],
  },
  {
    d: 'push-day',
    title: 'Push day',
    type: 'strength',
    restBetweenSets: 90,
    description:
      'Chest, shoulders and triceps: a heavy bench press first, then incline and overhead dumbbell pressing, lateral raises and cable pushdowns. Stop the working sets about two reps short of failure.',
    hashtags: ['push', 'chest', 'shoulders', 'triceps', 'hypertrophy'],
    blocks: [
      straight('Barbell_Bench_Press_-_Medium_Grip', { warmups: 1, sets: 4, reps: 8, rpe: 8 }),
      straight('Incline_Dumbbell_Press', { sets: 3, reps: 10, rpe: 8 }),
      straight('Dumbbell_Shoulder_Press', { sets: 3, reps: 10, rpe: 8 }),
      straight('Side_Lateral_Raise', { sets: 3, reps: 15 }),
      straight('Triceps_Pushdown', { sets: 3, reps: 12 }),
    ],
  },
  {
    d: 'pull-day',
    title: 'Pull day',
    type: 'strength',
    restBetweenSets: 90,
    description:
      'Back and biceps: pull-ups and barbell rows for the heavy work, cable rows and face pulls for volume and shoulder health, then two curl variations. Use an assisted pull-up or a band if eight reps are out of reach.',
    hashtags: ['pull', 'back', 'biceps', 'hypertrophy'],
    blocks: [
      straight('Pullups', { sets: 4, reps: 8, rpe: 8 }),
      straight('Bent_Over_Barbell_Row', { warmups: 1, sets: 4, reps: 8, rpe: 8 }),
      straight('Seated_Cable_Rows', { sets: 3, reps: 10 }),
      straight('Face_Pull', { sets: 3, reps: 15 }),
      straight('Barbell_Curl', { sets: 3, reps: 10 }),
      straight('Hammer_Curls', { sets: 3, reps: 12 }),
    ],
  },
  {
    d: 'leg-day',
    title: 'Leg day',
    type: 'strength',
    restBetweenSets: 120,
    description:
      'Quads, hamstrings, glutes and calves: deep barbell squats after two warm-up sets, Romanian deadlifts, leg press for volume, leg curls and calf raises to finish.',
    hashtags: ['legs', 'quadriceps', 'hamstrings', 'glutes', 'hypertrophy'],
    blocks: [
      straight('Barbell_Full_Squat', { warmups: 2, sets: 4, reps: 6, rpe: 8 }),
      straight('Romanian_Deadlift', { sets: 3, reps: 8, rpe: 8 }),
      straight('Leg_Press', { sets: 3, reps: 12 }),
      straight('Lying_Leg_Curls', { sets: 3, reps: 12 }),
      straight('Standing_Calf_Raises', { sets: 4, reps: 15 }),
    ],
  },
  {
    d: 'full-body-beginner',
    title: 'Full body for beginners',
    type: 'strength',
    restBetweenSets: 90,
    description:
      'A gentle first program that trains every major muscle group in about 45 minutes, two or three times a week. Pick weights you could lift a few more times than asked and focus on form before load.',
    hashtags: ['full-body', 'beginner', 'strength'],
    blocks: [
      straight('Goblet_Squat', { sets: 3, reps: 10 }),
      straight('Dumbbell_Bench_Press', { sets: 3, reps: 10 }),
      straight('Seated_Cable_Rows', { sets: 3, reps: 10 }),
      straight('Lying_Leg_Curls', { sets: 2, reps: 12 }),
      straight('Side_Lateral_Raise', { sets: 2, reps: 12 }),
      straight('Crunches', { sets: 2, reps: 15 }),
    ],
  },
  {
    d: 'upper-body',
    title: 'Upper body',
    type: 'strength',
    restBetweenSets: 120,
    description:
      'The upper half of an upper/lower split: heavy bench press and barbell rows, then overhead press, lat pulldowns, dips and curls. Pair it with the Lower body workout for four sessions a week.',
    hashtags: ['upper-body', 'strength', 'push', 'pull'],
    blocks: [
      straight('Barbell_Bench_Press_-_Medium_Grip', { warmups: 1, sets: 4, reps: 6, rpe: 8 }),
      straight('Bent_Over_Barbell_Row', { sets: 4, reps: 6, rpe: 8 }),
      straight('Standing_Military_Press', { sets: 3, reps: 8 }),
      straight('Wide-Grip_Lat_Pulldown', { sets: 3, reps: 10 }),
      straight('Dips_-_Triceps_Version', { sets: 3, reps: 10 }),
      straight('Barbell_Curl', { sets: 3, reps: 10 }),
    ],
  },
  {
    d: 'lower-body',
    title: 'Lower body',
    type: 'strength',
    restBetweenSets: 120,
    description:
      'The lower half of an upper/lower split: barbell squats, Romanian deadlifts, walking dumbbell lunges, hip thrusts and calf raises. Lunge reps are per leg.',
    hashtags: ['lower-body', 'legs', 'strength', 'glutes'],
    blocks: [
      straight('Barbell_Squat', { warmups: 1, sets: 4, reps: 6, rpe: 8 }),
      straight('Romanian_Deadlift', { sets: 3, reps: 8 }),
      straight('Dumbbell_Lunges', { sets: 3, reps: 10 }),
      straight('Barbell_Hip_Thrust', { sets: 3, reps: 10 }),
      straight('Standing_Calf_Raises', { sets: 3, reps: 15 }),
    ],
  },
  {
    d: 'dumbbell-full-body',
    title: 'Dumbbell-only full body',
    type: 'strength',
    restBetweenSets: 90,
    description:
      'A complete session with nothing but a pair of dumbbells and a bench: squat, press, row, overhead press, stiff-legged deadlift and curls. Good for a home gym or a crowded gym floor.',
    hashtags: ['full-body', 'dumbbell', 'home', 'strength'],
    blocks: [
      straight('Dumbbell_Squat', { warmups: 1, sets: 3, reps: 10 }),
      straight('Dumbbell_Bench_Press', { sets: 3, reps: 10 }),
      straight('One-Arm_Dumbbell_Row', { sets: 3, reps: 10 }),
      straight('Dumbbell_Shoulder_Press', { sets: 3, reps: 10 }),
      straight('Stiff-Legged_Dumbbell_Deadlift', { sets: 3, reps: 10 }),
      straight('Dumbbell_Bicep_Curl', { sets: 2, reps: 12 }),
    ],
  },
  {
    d: 'bodyweight-at-home',
    title: 'Bodyweight at home',
    type: 'circuit',
    restBetweenRounds: 60,
    description:
      'No equipment but a sturdy chair: three rounds of push-ups, squats, walking lunges, chair dips, single-leg glute bridges and crunches, one after the other with no rest inside a round. Lunge and bridge reps are per leg.',
    hashtags: ['bodyweight', 'home', 'full-body', 'circuit', 'no-equipment'],
    blocks: [
      together(
        3,
        { id: 'Pushups', reps: 10 },
        { id: 'Bodyweight_Squat', reps: 15 },
        { id: 'Bodyweight_Walking_Lunge', reps: 10 },
        { id: 'Bench_Dips', reps: 10 },
        { id: 'Single_Leg_Glute_Bridge', reps: 10 },
        { id: 'Crunches', reps: 15 },
      ),
    ],
  },
  {
    d: 'arms-superset',
    title: 'Arms supersets',
    type: 'superset',
    restBetweenSets: 60,
    description:
      'Biceps and triceps paired back to back: barbell curls with EZ-bar skull crushers, then hammer curls with cable pushdowns. Rest only after both exercises of a pair.',
    hashtags: ['arms', 'biceps', 'triceps', 'superset', 'hypertrophy'],
    blocks: [
      together(3, { id: 'Barbell_Curl', reps: 10 }, { id: 'EZ-Bar_Skullcrusher', reps: 10 }),
      together(3, { id: 'Hammer_Curls', reps: 12 }, { id: 'Triceps_Pushdown', reps: 12 }),
    ],
  },
  {
    d: 'conditioning-circuit',
    title: 'Jump rope conditioning',
    type: 'circuit',
    restBetweenRounds: 90,
    description:
      'Four fast rounds for the heart and legs: a minute of rope jumping, jump squats, mountain climbers and push-ups, straight through. Mountain climber reps count both legs.',
    hashtags: ['conditioning', 'cardio', 'circuit', 'plyometrics'],
    blocks: [
      together(
        4,
        { id: 'Rope_Jumping', duration: 60 },
        { id: 'Freehand_Jump_Squat', reps: 10 },
        { id: 'Mountain_Climbers', reps: 20 },
        { id: 'Pushups', reps: 10 },
      ),
    ],
  },
];
