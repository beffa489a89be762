import type { NostrEvent } from '../domain/nostr-event';
import { DEFAULT_START } from './event-factories';
import { newAuthor, signEvent, type TestAuthor } from './sign';

/**
 * Really signed events built the way the other NIP-101e apps build them today, tag for tag,
 * so tests can feed Plates what it meets on relays. Each factory names the file it mirrors
 * (repository @ commit, read for docs/dialects.md); the code here is written from reading,
 * not copied. Nothing here goes through Plates' own builders: these events are foreign on
 * purpose, and several of them are refused or misread by Plates' current parsers (see
 * docs/dialects.md for which and why).
 *
 * Defaults are fixed (times from DEFAULT_START, ids and slugs as the apps would mint them)
 * so a test's expectations do not drift; every factory takes overrides for what varies.
 */

/** Who signs, and (when the app lets the signer choose) the event's created_at. */
export interface DialectSigning {
  /** A new throwaway author when left out. */
  author?: TestAuthor;
}

/** The public key of POWR's exercise library (the author of the 33401 events POWR templates and records point at). */
export const POWR_LIBRARY_PUBKEY = '0bdd91e8a30d87d041eafd1871f17d426fa415c69a9a822eccad49017bac59e7';

/** The public key POWR web's published library and templates are signed with (DocNR/powr_web published_events_reference.md). */
export const POWR_WEB_LIBRARY_PUBKEY = '55127fc9e1c03c6b459a3bab72fdb99def1644c5f239bdd09f3e5fb401ed9b21';

/** The relay the current POWR app writes into every relay-hint slot. */
export const POWR_RELAY = 'wss://relay.powr.build';

/** A set type as the apps write it. */
type SetType = 'warmup' | 'normal' | 'drop' | 'failure';

function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

function sign(author: TestAuthor | undefined, kind: number, tags: string[][], content: string, createdAt: number): NostrEvent {
  return signEvent(author ?? newAuthor(), { kind, tags, content, created_at: createdAt });
}

// ---------------------------------------------------------------------------------------
// POWR web (DocNR/powr_web, Next.js PWA), main @ 641b68316ebb264e1168a18bd53f5cc3d7575f03
// ---------------------------------------------------------------------------------------

/** One performed set as POWR web's active-workout machine records it. */
export interface PowrWebSet {
  /** "33401:<pubkey>:<d>"; defaults to POWR web's library push-up. */
  exerciseRef?: string;
  /** Per exercise, restarting at 1 for each exercise. */
  setNumber: number;
  reps: number;
  /** kg; 0 for bodyweight. */
  weight: number;
  /** Left out when the lifter gave none: the app then writes 7. */
  rpe?: number;
  setType?: SetType;
}

export interface PowrWebRecordOptions extends DialectSigning {
  /** Epoch **milliseconds** (Date.now() when the workout started). */
  startMs?: number;
  /** Epoch milliseconds; start + 30 min by default. */
  endMs?: number;
  /** The template's title plus " - <toLocaleDateString()>", as the setup machine names a workout. */
  title?: string;
  workoutType?: 'strength' | 'circuit' | 'emom' | 'amrap';
  /** The template's d; the record's d becomes "<templateD>-<startMs>". */
  templateD?: string;
  templatePubkey?: string;
  sets?: PowrWebSet[];
  notes?: string;
}

/**
 * Kind 1301 as POWR web publishes a finished workout: `start`/`end` in **milliseconds**, a
 * `duration` in seconds, 8-element exercise tags with an empty relay slot, weight "0" for
 * bodyweight, RPE "7" when none was given, set numbers restarting at 1 per exercise, and
 * `["client","POWR"]`; created_at is the end in seconds.
 * Mirrors src/lib/services/workoutEventGeneration.ts (generateWorkoutRecord), fed by
 * src/lib/machines/workout/workoutLifecycleMachine.ts and activeWorkoutMachine.ts.
 */
export function powrWebRecord(options: PowrWebRecordOptions = {}): NostrEvent {
  const startMs = options.startMs ?? DEFAULT_START * 1000;
  const endMs = options.endMs ?? startMs + 30 * 60 * 1000;
  const templateD = options.templateD ?? 'push-workout-bodyweight';
  const templatePubkey = options.templatePubkey ?? POWR_WEB_LIBRARY_PUBKEY;
  const workoutType = options.workoutType ?? 'strength';
  const title = options.title ?? 'POWR Test Push Workout - 11/14/2023';
  const pushup = `33401:${POWR_WEB_LIBRARY_PUBKEY}:pushup-standard`;
  const sets: PowrWebSet[] = options.sets ?? [
    { exerciseRef: pushup, setNumber: 1, reps: 10, weight: 0, setType: 'normal' },
    { exerciseRef: pushup, setNumber: 2, reps: 8, weight: 0, rpe: 8, setType: 'normal' },
    { exerciseRef: `33401:${POWR_WEB_LIBRARY_PUBKEY}:pike-pushup`, setNumber: 1, reps: 8, weight: 0, setType: 'normal' },
  ];
  const durationSeconds = seconds(endMs - startMs);
  const tags: string[][] = [
    ['d', `${templateD}-${startMs}`],
    ['title', title],
    ['type', workoutType],
    ['start', String(startMs)],
    ['end', String(endMs)],
    ['completed', 'true'],
    ['duration', String(durationSeconds)],
    ['template', `33402:${templatePubkey}:${templateD}`, ''],
  ];
  for (const set of sets) {
    tags.push([
      'exercise',
      set.exerciseRef ?? pushup,
      '',
      String(set.weight),
      String(set.reps),
      String(set.rpe || 7),
      set.setType ?? 'normal',
      String(set.setNumber),
    ]);
  }
  tags.push(['t', 'fitness'], ['t', workoutType], ['client', 'POWR']);
  const content = powrWebSummary(title, durationSeconds, sets, options.notes);
  return sign(options.author, 1301, tags, content, seconds(endMs));
}

/** The record's content: "Completed <title> in <duration>. <n> sets, <r> total reps. Exercises: …". */
function powrWebSummary(title: string, durationSeconds: number, sets: readonly PowrWebSet[], notes: string | undefined): string {
  const minutes = Math.floor(durationSeconds / 60);
  const rest = durationSeconds % 60;
  const duration =
    durationSeconds < 60
      ? `${durationSeconds} seconds`
      : durationSeconds < 3600
        ? rest === 0
          ? `${minutes} minutes`
          : `${minutes}m ${rest}s`
        : `${Math.floor(durationSeconds / 3600)}h ${Math.floor((durationSeconds % 3600) / 60)}m`;
  const byExercise = new Map<string, PowrWebSet[]>();
  for (const set of sets) {
    const d = (set.exerciseRef ?? '').split(':')[2] ?? '';
    byExercise.set(d, [...(byExercise.get(d) ?? []), set]);
  }
  const parts = [...byExercise].map(([d, group]) => {
    const reps = group.map((set) => set.reps);
    const repText = group.length > 1 ? `${Math.min(...reps)}-${Math.max(...reps)}` : String(reps[0]);
    const weights = group.map((set) => set.weight);
    if (!weights.some((w) => w > 0)) return `${d}: ${group.length}x${repText}`;
    const weightText = group.length > 1 ? `${Math.min(...weights)}-${Math.max(...weights)}kg` : `${weights[0]}kg`;
    return `${d}: ${group.length}x${repText} @ ${weightText}`;
  });
  const totalReps = sets.reduce((sum, set) => sum + set.reps, 0);
  let summary = `Completed ${title} in ${duration}. ${sets.length} sets, ${totalReps} total reps. Exercises: ${parts.join(', ')}.`;
  if (notes) summary += ` Notes: ${notes}`;
  return summary;
}

/** One exercise of a POWR web template: N identical set tags are written for it. */
export interface PowrWebTemplateExercise {
  exerciseRef: string;
  sets: number;
  reps: number;
  /** 0 when none is prescribed. */
  weight?: number;
  /** 7 when none is prescribed. */
  rpe?: number;
  setType?: SetType;
}

export interface PowrWebTemplateOptions extends DialectSigning {
  title?: string;
  description?: string;
  type?: 'strength' | 'circuit' | 'emom' | 'amrap';
  exercises?: PowrWebTemplateExercise[];
  /** Epoch ms at saving: the d is "<title slug>-<nowMs>", created_at its seconds. */
  nowMs?: number;
}

/**
 * Kind 33402 as POWR web saves a template (custom, or "(Modified)" after a workout): one
 * 8-element tag per set with an empty relay slot, weight "0" and RPE "7" when nothing is
 * prescribed, and set numbers that **restart at 1 for each exercise** (1,2,3 then 1,2,3…:
 * not supersets). The d is the title slugged (every non [a-z0-9] becomes "-") plus Date.now().
 * Mirrors src/lib/services/templateManagementService.ts (createCustomTemplate,
 * createModifiedTemplate, updateExistingTemplate).
 */
export function powrWebTemplate(options: PowrWebTemplateOptions = {}): NostrEvent {
  const nowMs = options.nowMs ?? DEFAULT_START * 1000;
  const title = options.title ?? 'Push Day';
  const exercises = options.exercises ?? [
    { exerciseRef: `33401:${POWR_WEB_LIBRARY_PUBKEY}:pushup-standard`, sets: 3, reps: 10 },
    { exerciseRef: `33401:${POWR_WEB_LIBRARY_PUBKEY}:pike-pushup`, sets: 3, reps: 8 },
  ];
  const tags: string[][] = [
    ['d', `${title.toLowerCase().replace(/[^a-z0-9]/g, '-')}-${nowMs}`],
    ['title', title],
    ['type', options.type ?? 'strength'],
  ];
  for (const exercise of exercises) {
    for (let setNumber = 1; setNumber <= exercise.sets; setNumber++) {
      tags.push([
        'exercise',
        exercise.exerciseRef,
        '',
        String(exercise.weight ?? 0),
        String(exercise.reps),
        String(exercise.rpe ?? 7),
        exercise.setType ?? 'normal',
        String(setNumber),
      ]);
    }
  }
  tags.push(['t', 'fitness']);
  return sign(options.author, 33402, tags, options.description ?? '', seconds(nowMs));
}

export interface PowrWebExerciseOptions extends DialectSigning {
  d?: string;
  title?: string;
  instructions?: string;
  equipment?: string;
  difficulty?: string;
  muscleGroups?: string[];
  /** Written as ["image", url]; left out when empty. */
  imageUrl?: string;
  created_at?: number;
}

/**
 * Kind 33401 as POWR web's in-app test publisher wrote its bodyweight library (June–July
 * 2025): the canonical strength format, `difficulty`, an **`["image", url]`** tag instead of
 * `imeta`, the muscle hashtags and `["t","fitness"]`. Mirrors
 * src/lib/test-utils/workout-test-data.ts (generateExerciseTemplate) at main, published by
 * src/components/test/WorkoutPublisher.tsx until commit 559f39f removed it. The shipped app
 * builds no 33401 of its own.
 */
export function powrWebExercise(options: PowrWebExerciseOptions = {}): NostrEvent {
  const d = options.d ?? 'pushup-standard';
  const imageUrl = options.imageUrl ?? `https://cdn.powr.app/exercises/${d}.jpg`;
  const tags: string[][] = [
    ['d', d],
    ['title', options.title ?? 'Standard Pushup'],
    ['format', 'weight', 'reps', 'rpe', 'set_type'],
    ['format_units', 'kg', 'count', '0-10', 'warmup|normal|drop|failure'],
    ['equipment', options.equipment ?? 'bodyweight'],
    ['difficulty', options.difficulty ?? 'beginner'],
  ];
  if (imageUrl) tags.push(['image', imageUrl]);
  for (const muscle of options.muscleGroups ?? ['chest', 'triceps', 'push']) tags.push(['t', muscle]);
  tags.push(['t', 'fitness']);
  const content = options.instructions ?? 'Start in plank position. Lower body to ground. Push back up.';
  return sign(options.author, 33401, tags, content, options.created_at ?? DEFAULT_START);
}

/**
 * Kind 33401 as POWR web's maintainers publish the library the app reads, with `nak`:
 * `format_units` ending in **`enum`**, free-form equipment words (`pullup_bar`, `trx`…), and
 * the title convention "Name (Equipment or Variation)". Mirrors the command template in
 * .clinerules/nak-nip-101e-publishing.md.
 */
export function powrWebLibraryExercise(options: Omit<PowrWebExerciseOptions, 'imageUrl'> = {}): NostrEvent {
  const tags: string[][] = [
    ['d', options.d ?? 'pullup-assisted'],
    ['title', options.title ?? 'Pull Up (Assisted)'],
    ['format', 'weight', 'reps', 'rpe', 'set_type'],
    ['format_units', 'kg', 'count', '0-10', 'enum'],
    ['equipment', options.equipment ?? 'pullup_bar'],
    ['difficulty', options.difficulty ?? 'intermediate'],
  ];
  for (const hashtag of options.muscleGroups ?? ['back', 'pull']) tags.push(['t', hashtag]);
  tags.push(['t', 'fitness']);
  const content = options.instructions ?? 'Assisted pull-up using resistance bands to reduce bodyweight load.';
  return sign(options.author, 33401, tags, content, options.created_at ?? DEFAULT_START);
}

export interface PowrWebTestTemplateOptions extends DialectSigning {
  d?: string;
  title?: string;
  description?: string;
  exercises?: Array<{ d: string; sets: number; reps: number; weight?: number }>;
  /** Seconds. */
  estimatedDuration?: number;
  difficulty?: string;
  created_at?: number;
}

/**
 * Kind 33402 as POWR web's in-app test publisher wrote templates (June–July 2025): one
 * 5-element tag per exercise, **`["exercise","33401:<author>:<d>","<sets>","<reps>","<weight>"]`**
 * (the set count sits in the relay-hint slot), no `type` tag, a `duration` and a `difficulty`.
 * Mirrors src/lib/test-utils/workout-test-data.ts (generateWorkoutTemplate), published by
 * src/components/test/WorkoutPublisher.tsx until commit 559f39f.
 */
export function powrWebTestTemplate(options: PowrWebTestTemplateOptions = {}): NostrEvent {
  const author = options.author ?? newAuthor();
  const tags: string[][] = [
    ['d', options.d ?? 'push-workout-bodyweight'],
    ['title', options.title ?? 'POWR Test Push Workout'],
  ];
  const exercises = options.exercises ?? [
    { d: 'pushup-standard', sets: 3, reps: 10 },
    { d: 'pike-pushup', sets: 3, reps: 8 },
  ];
  for (const exercise of exercises) {
    tags.push([
      'exercise',
      `33401:${author.pubkey}:${exercise.d}`,
      String(exercise.sets),
      String(exercise.reps),
      String(exercise.weight ?? 0),
    ]);
  }
  tags.push(['duration', String(options.estimatedDuration ?? 1800)]);
  if (options.difficulty !== '') tags.push(['difficulty', options.difficulty ?? 'intermediate']);
  tags.push(['t', 'fitness']);
  const content = options.description ?? 'Upper body push exercises for strength building';
  return sign(author, 33402, tags, content, options.created_at ?? DEFAULT_START);
}

// ---------------------------------------------------------------------------------------
// POWR React Native app (DocNR/POWR), main @ 6c7c54a54e7d80027d856e1041ebb1f878b16e59
// ---------------------------------------------------------------------------------------

/**
 * An id as the app's utils/ids.ts generateId('local') mints them, "local:<ms base36>-<random>":
 * used for workouts, exercises added to a workout and exercises created in the app alike.
 */
export function powrNativeLocalId(ms: number, random = 'k3j9x2m1q8w'): string {
  return `local:${ms.toString(36)}-${random}`;
}

export interface PowrNativeExerciseOptions extends DialectSigning {
  /** The exercise's id, also its d: a local id by default. */
  id?: string;
  title?: string;
  type?: 'strength' | 'cardio' | 'bodyweight';
  category?: 'Push' | 'Pull' | 'Legs' | 'Core';
  equipment?: 'bodyweight' | 'barbell' | 'dumbbell' | 'kettlebell' | 'machine' | 'cable' | 'other';
  description?: string;
  /** Hashtags; the lowercased category when none are given. */
  tags?: string[];
  created_at?: number;
}

/**
 * Kind 33401 as the POWR React Native app publishes an exercise created in its library:
 * `type` and `category` tags, and **`format_units` flattened as name/unit pairs**
 * (`["format_units","weight","kg","reps","count","rpe","0-10","set_type","warmup|normal|drop|failure"]`),
 * so the unit list is twice as long as `format`. The d is the app's local id (with a colon).
 * Mirrors components/library/ExerciseSheet.tsx (handleSubmit).
 */
export function powrNativeExercise(options: PowrNativeExerciseOptions = {}): NostrEvent {
  const category = options.category ?? 'Legs';
  const hashtags = options.tags && options.tags.length > 0 ? options.tags : [category.toLowerCase()];
  const units: Array<[string, string]> = [
    ['weight', 'kg'],
    ['reps', 'count'],
    ['rpe', '0-10'],
    ['set_type', 'warmup|normal|drop|failure'],
  ];
  const tags: string[][] = [
    ['d', options.id ?? powrNativeLocalId(DEFAULT_START * 1000 - 86_400_000, 'sq7t2b9d4ex')],
    ['title', options.title ?? 'Barbell Back Squat'],
    ['type', options.type ?? 'strength'],
    ['category', category],
    ['equipment', options.equipment ?? 'barbell'],
    ...hashtags.map((t) => ['t', t]),
    ['format', ...units.map(([name]) => name)],
    ['format_units', ...units.flat()],
  ];
  return sign(options.author, 33401, tags, options.description ?? '', options.created_at ?? DEFAULT_START);
}

export interface PowrNativeTemplateOptions extends DialectSigning {
  d?: string;
  title?: string;
  description?: string;
  type?: 'strength' | 'circuit' | 'emom' | 'amrap';
  rounds?: number;
  /** Seconds. */
  duration?: number;
  interval?: number;
  /** One tag per exercise: the exercise's id (no pubkey), target sets, target reps, set type. */
  exercises?: Array<{ id: string; targetSets?: number; targetReps?: number; setType?: SetType }>;
  hashtags?: string[];
  created_at?: number;
}

/**
 * Kind 33402 as the POWR React Native app builds a template: **one 5-element tag per exercise,
 * `["exercise","33401:<id>","<sets>","<reps>","<set type>"]`** — a reference without pubkey,
 * and a target set count where NIP-101e has the relay hint. Mirrors types/templates.ts
 * (createNostrTemplateEvent); the only 33402 the app actually publishes comes from its
 * Development tab (app/(tabs)/library/programs.tsx, dev builds only), which writes the same
 * shape with `33401:exercise-<unix seconds>`, as the defaults here do.
 */
export function powrNativeTemplate(options: PowrNativeTemplateOptions = {}): NostrEvent {
  const at = options.created_at ?? DEFAULT_START;
  const tags: string[][] = [
    ['d', options.d ?? `template-${at}`],
    ['title', options.title ?? 'Test Workout Template'],
    ['type', options.type ?? 'strength'],
  ];
  if (options.rounds) tags.push(['rounds', String(options.rounds)]);
  if (options.duration) tags.push(['duration', String(options.duration)]);
  if (options.interval) tags.push(['interval', String(options.interval)]);
  for (const exercise of options.exercises ?? [{ id: `exercise-${at - 1}`, targetSets: 3, targetReps: 10 }]) {
    tags.push([
      'exercise',
      `33401:${exercise.id}`,
      String(exercise.targetSets ?? 0),
      String(exercise.targetReps ?? 0),
      exercise.setType ?? 'normal',
    ]);
  }
  for (const hashtag of options.hashtags ?? ['strength', 'legs', 'powr']) tags.push(['t', hashtag]);
  return sign(options.author, 33402, tags, options.description ?? 'Test event from POWR App', at);
}

/** One set as the app's workout store holds it (no RPE input exists in the app). */
export interface PowrNativeSet {
  weight?: number;
  reps?: number;
  rpe?: number;
  type: SetType;
}

export interface PowrNativeRecordOptions extends DialectSigning {
  /** The workout's id, also its d: a local id by default. */
  id?: string;
  title?: string;
  type?: 'strength' | 'circuit' | 'emom' | 'amrap';
  /** Epoch ms; written as seconds. */
  startMs?: number;
  /** Epoch ms; written as seconds, or "" when the workout has none. */
  endMs?: number | null;
  completed?: boolean;
  /** The template the workout started from; the app writes it as "33402:<templatePubkey or ''>:<templateId>". */
  templateId?: string | null;
  templatePubkey?: string;
  /** Each exercise of the workout, by its (local) id, with all its sets, done or not. */
  exercises?: Array<{ id: string; sets: PowrNativeSet[] }>;
  /** The app's "limited" publishing choice: one bare ["exercise","33401:<id>"] per exercise. */
  limited?: boolean;
  notes?: string;
  hashtags?: string[];
  /** Date.now() at publishing, in seconds. */
  created_at?: number;
}

/**
 * Kind 1301 as the POWR React Native app publishes a finished workout: start/end in seconds,
 * exercise references **without pubkey** whose id is the workout-local id
 * (`33401:local:<base36>-<random>`), an empty relay slot, then only the values the set has —
 * **weight, reps, set type (no RPE)**, weight "0" by default — for every set of the workout,
 * completed or not; a template reference with an **empty pubkey** (`33402::<templateId>`).
 * Mirrors lib/db/services/NostrWorkoutService.ts (workoutToNostrEvent), called from
 * stores/workoutStore.ts (completeWorkout); sets come from startWorkoutFromTemplate/addExercises.
 */
export function powrNativeRecord(options: PowrNativeRecordOptions = {}): NostrEvent {
  const startMs = options.startMs ?? DEFAULT_START * 1000;
  const endMs = options.endMs === undefined ? startMs + 45 * 60 * 1000 : options.endMs;
  const tags: string[][] = [
    ['d', options.id ?? powrNativeLocalId(startMs, 'w0rk0ut1d2x')],
    ['title', options.title ?? 'Leg Day'],
    ['type', options.type ?? 'strength'],
    ['start', String(seconds(startMs))],
    ['end', endMs === null ? '' : String(seconds(endMs))],
    ['completed', options.completed === false ? 'false' : 'true'],
  ];
  const templateId = options.templateId === undefined ? powrNativeLocalId(startMs - 86_400_000, 't3mpl4t3x9z') : options.templateId;
  if (templateId) tags.push(['template', `33402:${options.templatePubkey ?? ''}:${templateId}`, '']);
  const exercises = options.exercises ?? [
    {
      id: powrNativeLocalId(startMs + 1, 'ex1a2b3c4d5'),
      sets: [
        { weight: 100, reps: 5, type: 'normal' as const },
        { weight: 100, reps: 5, type: 'normal' as const },
        { weight: 0, reps: 10, type: 'normal' as const },
      ],
    },
  ];
  for (const exercise of exercises) {
    if (options.limited) {
      tags.push(['exercise', `33401:${exercise.id}`]);
      continue;
    }
    for (const set of exercise.sets) {
      const tag = ['exercise', `33401:${exercise.id}`, ''];
      if (set.weight !== undefined) tag.push(String(set.weight));
      if (set.reps !== undefined) tag.push(String(set.reps));
      if (set.rpe !== undefined) tag.push(String(set.rpe));
      if (set.type) tag.push(set.type);
      tags.push(tag);
    }
  }
  for (const hashtag of options.hashtags ?? []) tags.push(['t', hashtag]);
  return sign(options.author, 1301, tags, options.notes ?? '', options.created_at ?? seconds(endMs ?? startMs));
}

// ---------------------------------------------------------------------------------------
// Amethyst (vitorpamplona/amethyst), main @ 10149d7150bc4ee93d3da5e3708802a99e9e1ff9
// ---------------------------------------------------------------------------------------

/** A Kotlin Double as its toString() writes it for ordinary values: 5 → "5.0", 5.2 → "5.2". */
function kotlinDouble(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** Amethyst's activity codes (ExerciseType) and the capitalised hashtag published with each. */
const AMETHYST_HASHTAGS: Record<string, string> = {
  running: 'Running',
  walking: 'Walking',
  cycling: 'Cycling',
  hiking: 'Hiking',
  swimming: 'Swimming',
  rowing: 'Rowing',
  strength: 'Strength',
  yoga: 'Yoga',
  meditation: 'Meditation',
  diet: 'Diet',
  fasting: 'Fasting',
  circuit: 'Circuit',
  emom: 'EMOM',
  amrap: 'AMRAP',
};

export interface AmethystRecordOptions extends DialectSigning {
  /** An ExerciseType code: running, walking, cycling, hiking, swimming, rowing, strength, yoga… */
  exercise?: string;
  /** Seconds; written as HH:MM:SS. Must be > 0 (the form refuses to post otherwise). */
  durationSeconds?: number;
  /** Left blank in the form by default: no `title` tag at all. */
  title?: string;
  notes?: string;
  /** The form's distance field, as typed; no tag when absent. */
  distance?: number;
  distanceUnit?: 'km' | 'mi';
  calories?: number;
  /** "manual" from the form; a Health Connect app name (e.g. "Samsung Health") when prefilled from a detected workout. */
  source?: string;
  avgHeartRate?: number;
  maxHeartRate?: number;
  steps?: number;
  elevationGainMeters?: number;
  /** Unix seconds; only set when prefilled from Health Connect. */
  workoutStartTime?: number;
  /** ["client","Amethyst"] is appended by the account's signer unless the user turned it off (on by default). */
  clientTag?: boolean;
  /** A random UUID in the app. */
  d?: string;
  /** TimeUtils.now() at posting. */
  created_at?: number;
}

/**
 * Kind 1301 as Amethyst's "New workout" screen publishes it (RUNSTR's running dialect):
 * `d` (UUID), `["exercise","<activity>"]`, a capitalised `t`, `duration` as HH:MM:SS, a
 * `title` **only when the user typed one** (none by default), `source`, then the optional
 * metrics (distance as a Kotlin double with "km"/"mi", calories, heart rates, steps,
 * elevation_gain in metres, workout_start_time) and the signer's `["client","Amethyst"]`.
 * No start/end/completed. Mirrors amethyst/src/main/java/com/vitorpamplona/amethyst/ui/screen/
 * loggedIn/workouts/NewWorkoutViewModel.kt (createTemplate) and quartz/src/commonMain/kotlin/
 * com/vitorpamplona/quartz/experimental/fitness/workout/WorkoutRecordEvent.kt (build),
 * TagArrayBuilderExt.kt and tags/*.kt; the client tag from quartz/.../nip89AppHandlers/
 * clientTag/NostrSignerWithClientTag.kt as set up in amethyst/.../accountsCache/AccountCacheState.kt.
 */
export function amethystRecord(options: AmethystRecordOptions = {}): NostrEvent {
  const exercise = options.exercise ?? 'running';
  const duration = options.durationSeconds ?? 31 * 60 + 30;
  const hh = String(Math.floor(duration / 3600)).padStart(2, '0');
  const mm = String(Math.floor((duration % 3600) / 60)).padStart(2, '0');
  const ss = String(duration % 60).padStart(2, '0');
  const tags: string[][] = [
    ['d', options.d ?? '57b08a45-2c2f-4b51-9b6f-21f3936b3ef1'],
    ['exercise', exercise],
    ['t', AMETHYST_HASHTAGS[exercise] ?? exercise],
    ['duration', `${hh}:${mm}:${ss}`],
  ];
  const title = options.title?.trim();
  if (title) tags.push(['title', options.title ?? '']);
  tags.push(['source', options.source ?? 'manual']);
  if (options.distance !== undefined) tags.push(['distance', kotlinDouble(options.distance), options.distanceUnit ?? 'km']);
  if (options.calories !== undefined) tags.push(['calories', String(options.calories)]);
  if (options.avgHeartRate) tags.push(['avg_heart_rate', String(options.avgHeartRate)]);
  if (options.maxHeartRate) tags.push(['max_heart_rate', String(options.maxHeartRate)]);
  if (options.steps) tags.push(['steps', String(options.steps)]);
  if (options.elevationGainMeters) tags.push(['elevation_gain', kotlinDouble(options.elevationGainMeters), 'm']);
  if (options.workoutStartTime) tags.push(['workout_start_time', String(options.workoutStartTime)]);
  if (options.clientTag !== false) tags.push(['client', 'Amethyst']);
  return sign(options.author, 1301, tags, options.notes ?? '', options.created_at ?? DEFAULT_START + duration);
}

// ---------------------------------------------------------------------------------------
// RUNSTR
// ---------------------------------------------------------------------------------------

export interface RunstrRunOptions extends DialectSigning {
  /** The app's workout id (a UUID for tracked and HealthKit workouts). */
  id?: string;
  /** The app's workout type, mapped to the `exercise` verb and the `t` hashtag. */
  workoutType?: string;
  /** Seconds. */
  durationSeconds?: number;
  /** Metres; a distance tag only when > 0. */
  distanceMeters?: number;
  unitSystem?: 'metric' | 'imperial';
  /** Metres. */
  elevationGain?: number;
  calories?: number;
  sets?: number;
  reps?: number;
  /** Unix seconds of the workout's start: the event's created_at. */
  start?: number;
  notes?: string;
}

/** The activity verb RUNSTR's app maps a workout type to (unknown types become "other"). */
function runstrVerb(type: string): string {
  const t = type.toLowerCase();
  const rules: Array<[RegExp, string]> = [
    [/run/, 'running'],
    [/walk/, 'walking'],
    [/cycl|bike/, 'cycling'],
    [/hik/, 'hiking'],
    [/swim/, 'swimming'],
    [/row/, 'rowing'],
    [/strength|gym|weight|pushup|pullup|situp/, 'strength'],
    [/yoga/, 'yoga'],
    [/meditation/, 'meditation'],
  ];
  return rules.find(([pattern]) => pattern.test(t))?.[1] ?? 'other';
}

/**
 * Kind 1301 as the RUNSTR React Native app published a workout to relays: the running
 * dialect — `["exercise","running"]`, `duration` as HH:MM:SS, `["source","RUNSTR"]`, a
 * 3-element `["client","RUNSTR","0.1.7"]`, a capitalised `t`, `distance` with two decimals
 * and "km"/"mi", `elevation_gain` rounded with "m"/"ft", `calories`, `sets`/`reps`; no
 * start/end/completed, and **created_at is the workout's start**, not its end. The title is
 * "<Verb> Workout" unless a specific exercise is known. Mirrors
 * src/services/nostr/workoutPublishingService.ts (saveWorkoutToNostr, createNIP101eWorkoutTags)
 * in RUNSTR-LLC/RUNSTR @ 594f99b68374c3cbc676fe9e610e8daa63aa2d1a. (Later versions build the
 * same event with more tags but send it to RUNSTR's backend, not to relays.)
 */
export function runstrRun(options: RunstrRunOptions = {}): NostrEvent {
  const type = options.workoutType ?? 'running';
  const verb = runstrVerb(type);
  const duration = options.durationSeconds ?? 30 * 60 + 45;
  const hh = String(Math.floor(duration / 3600)).padStart(2, '0');
  const mm = String(Math.floor((duration % 3600) / 60)).padStart(2, '0');
  const ss = String(Math.floor(duration % 60)).padStart(2, '0');
  const hashtag = verb === 'other' ? 'Fitness' : verb.charAt(0).toUpperCase() + verb.slice(1);
  const imperial = options.unitSystem === 'imperial';
  const tags: string[][] = [
    ['d', options.id ?? 'f1c2d3e4-5a6b-4c7d-8e9f-0a1b2c3d4e5f'],
    ['title', `${verb.charAt(0).toUpperCase()}${verb.slice(1)} Workout`],
    ['exercise', verb],
    ['duration', `${hh}:${mm}:${ss}`],
    ['source', 'RUNSTR'],
    ['client', 'RUNSTR', '0.1.7'],
    ['t', hashtag],
  ];
  const meters = options.distanceMeters ?? 5200;
  if (meters > 0) {
    const km = (meters / 1000).toFixed(2);
    tags.push(['distance', imperial ? (parseFloat(km) * 0.621371).toFixed(2) : km, imperial ? 'mi' : 'km']);
  }
  if (options.elevationGain && options.elevationGain > 0) {
    tags.push([
      'elevation_gain',
      String(Math.round(imperial ? options.elevationGain * 3.28084 : options.elevationGain)),
      imperial ? 'ft' : 'm',
    ]);
  }
  if (options.calories && options.calories > 0) tags.push(['calories', String(Math.round(options.calories))]);
  if (options.sets && options.sets > 0) tags.push(['sets', String(options.sets)]);
  if (options.reps && options.reps > 0) tags.push(['reps', String(options.reps)]);
  const content = options.notes ?? (verb === 'running' ? 'Completed a run with RUNSTR!' : 'Completed a workout with RUNSTR!');
  return sign(options.author, 1301, tags, content, options.start ?? DEFAULT_START);
}

export interface RunstrPwaRunOptions extends DialectSigning {
  /** run, walk or cycle. */
  activityType?: 'run' | 'walk' | 'cycle';
  /** Metres. */
  distanceMeters?: number;
  distanceUnit?: 'km' | 'mi';
  durationSeconds?: number;
  /** Metres, written as the app holds it (not rounded) in "m", or ×3.28084 rounded in "ft". */
  elevationGain?: number;
  /** The run's own title; usually none, and the tag is then written empty. */
  title?: string;
  notes?: string;
  d?: string;
  /** Publication time (the app signs when the user saves). */
  created_at?: number;
}

/**
 * Kind 1301 as RUNSTR's earlier web app (PWA, v1.0.5) publishes a run: **`["title",""]`**
 * (the title was removed on purpose), `["exercise","run"|"walk"|"cycle"]` (short verbs, not
 * "running"), distance with two decimals, HH:MM:SS duration, `["source","RUNSTR"]` and the
 * literal `["client","Runstr","vCurrentAppVersion"]`; no start/end. Mirrors src/utils/nostr.js
 * (createWorkoutEvent) in HealthNoteLabs/Runstr @ ab27dfe9d937a6d1c45b4dbd978b35037b2f3cb5.
 */
export function runstrPwaRun(options: RunstrPwaRunOptions = {}): NostrEvent {
  const activity = options.activityType ?? 'run';
  const unit = options.distanceUnit ?? 'km';
  const meters = options.distanceMeters ?? 5000;
  const distance = unit === 'km' ? (meters / 1000).toFixed(2) : (meters / 1609.344).toFixed(2);
  const duration = options.durationSeconds ?? 30 * 60;
  const hh = String(Math.floor(duration / 3600)).padStart(2, '0');
  const mm = String(Math.floor((duration % 3600) / 60)).padStart(2, '0');
  const ss = String(Math.floor(duration % 60)).padStart(2, '0');
  const hashtag = activity === 'walk' ? 'Walking' : activity === 'cycle' ? 'Cycling' : 'Running';
  const tags: string[][] = [
    ['d', options.d ?? '0b9e8d7c-6f5a-4b3c-9d2e-1f0a9b8c7d6e'],
    ['title', options.title ?? ''],
    ['exercise', activity],
    ['distance', distance, unit],
    ['duration', `${hh}:${mm}:${ss}`],
  ];
  if (options.elevationGain) {
    tags.push([
      'elevation_gain',
      String(unit === 'km' ? options.elevationGain : Math.round(options.elevationGain * 3.28084)),
      unit === 'km' ? 'm' : 'ft',
    ]);
  }
  tags.push(['source', 'RUNSTR'], ['client', 'Runstr', 'vCurrentAppVersion'], ['t', hashtag]);
  const emoji = activity === 'walk' ? '🚶‍♀️' : activity === 'cycle' ? '🚴' : '🏃‍♂️';
  const content = options.notes ?? `Completed a ${distance}${unit} ${activity}. ${emoji}`;
  return sign(options.author, 1301, tags, content, options.created_at ?? DEFAULT_START + duration);
}

// ---------------------------------------------------------------------------------------
// The current POWR app (source not public): shapes from real events quoted in Amethyst's
// interop tests (vitorpamplona/amethyst quartz/src/commonTest/kotlin/com/vitorpamplona/
// quartz/experimental/fitness/WorkoutRecordEventTest.kt @ fa11a94613fcad6881264ebcb0b166169565b92b
// and WorkoutTemplateEventTest.kt @ 0667292484c67b512e8cb09e7cb5d627aa76820c).
// ---------------------------------------------------------------------------------------

/** One logged or prescribed set of the current POWR app. */
export interface PowrSet {
  /** The exercise's d in POWR's library (authored by POWR_LIBRARY_PUBKEY unless `pubkey` says otherwise). */
  d: string;
  pubkey?: string;
  /** kg; "" for bodyweight/unloaded (and left to fill in templates). */
  weight?: string;
  reps?: string;
  /** "" when not given. */
  rpe?: string;
  setType?: SetType;
  /** Restarts at 1 for each exercise. */
  setNumber: number;
}

function powrSetTag(set: PowrSet): string[] {
  return [
    'exercise',
    `33401:${set.pubkey ?? POWR_LIBRARY_PUBKEY}:${set.d}`,
    POWR_RELAY,
    set.weight ?? '',
    set.reps ?? '',
    set.rpe ?? '',
    set.setType ?? 'normal',
    String(set.setNumber),
  ];
}

export interface PowrRecordOptions extends DialectSigning {
  d?: string;
  title?: string;
  /** Unix seconds. */
  start?: number;
  end?: number;
  /** The template's d in POWR's library; null for none. */
  templateD?: string | null;
  sets?: PowrSet[];
  notes?: string;
  created_at?: number;
}

/**
 * Kind 1301 as the current POWR app publishes it: start/end in seconds, `completed`, a
 * `template` reference with the relay hint `wss://relay.powr.build`, 8-element exercise tags
 * with the same relay hint, "" for a bodyweight weight and for an RPE not given, set numbers
 * restarting at 1 per exercise, and `["client","POWR"]`. The quoted sample shows no `d`
 * (perhaps trimmed): a d is written here, since NIP-101e requires one.
 */
export function powrRecord(options: PowrRecordOptions = {}): NostrEvent {
  const start = options.start ?? DEFAULT_START;
  const end = options.end ?? start + 3213;
  const templateD = options.templateD === undefined ? 'novice-hyp-day2-lower-a' : options.templateD;
  const tags: string[][] = [
    ['d', options.d ?? 'a6c1f0e2-8b4d-4f3a-9c7e-2d5b8a1f0c3e'],
    ['title', options.title ?? 'Novice Hypertrophy — Day 2'],
    ['type', 'strength'],
    ['start', String(start)],
    ['end', String(end)],
    ['completed', 'true'],
  ];
  if (templateD) tags.push(['template', `33402:${POWR_LIBRARY_PUBKEY}:${templateD}`, POWR_RELAY]);
  const sets = options.sets ?? [
    { d: 'back-squat-bb', weight: '84', reps: '8', rpe: '8', setNumber: 1 },
    { d: 'back-squat-bb', weight: '84', reps: '8', rpe: '8', setNumber: 2 },
    { d: 'back-squat-bb', weight: '84', reps: '8', rpe: '9', setNumber: 3 },
    { d: 'seated-calf-raise-machine', weight: '', reps: '8', rpe: '', setNumber: 1 },
  ];
  for (const set of sets) tags.push(powrSetTag(set));
  tags.push(['client', 'POWR']);
  return sign(options.author, 1301, tags, options.notes ?? '', options.created_at ?? end);
}

export interface PowrTemplateOptions extends DialectSigning {
  title?: string;
  /** Seconds; written as rest_between_sets. */
  restBetweenSets?: number;
  difficulty?: string;
  sets?: PowrSet[];
  created_at?: number;
}

/**
 * Kind 33402 as the current POWR app publishes a template: d = the title slugged ("Bar Zero -
 * Push" → "bar-zero---push"), 8-element exercise tags pointing at POWR's library with the
 * relay hint `wss://relay.powr.build`, weight/reps/RPE left "" and set numbers **restarting
 * at 1 for each exercise**, then `rest_between_sets`, `difficulty`, a NIP-31
 * `["alt","Workout template: <title>"]` and `["client","POWR"]`; empty content.
 */
export function powrTemplate(options: PowrTemplateOptions = {}): NostrEvent {
  const title = options.title ?? 'Bar Zero - Push';
  const tags: string[][] = [
    ['d', title.toLowerCase().replace(/[^a-z0-9]/g, '-')],
    ['title', title],
    ['type', 'strength'],
  ];
  const sets = options.sets ?? [
    { d: 'tricep-dips', setNumber: 1 },
    { d: 'tricep-dips', setNumber: 2 },
    { d: 'press', setNumber: 1 },
    { d: 'press', setNumber: 2 },
    { d: 'bench-press', setNumber: 1 },
  ];
  for (const set of sets) tags.push(powrSetTag(set));
  tags.push(
    ['rest_between_sets', String(options.restBetweenSets ?? 90)],
    ['difficulty', options.difficulty ?? 'intermediate'],
    ['alt', `Workout template: ${title}`],
    ['client', 'POWR'],
  );
  return sign(options.author, 33402, tags, '', options.created_at ?? DEFAULT_START);
}

export interface PowrExerciseOptions extends DialectSigning {
  d?: string;
  title?: string;
  equipment?: string;
  difficulty?: string;
  instructions?: string;
  created_at?: number;
}

/**
 * Kind 33401 of POWR's exercise library as Amethyst's test quotes it ("Back Squat (Barbell)",
 * d back-squat-bb): the strength format with `format_units` ending in **`enum`**, equipment and
 * difficulty. Less certain than the record and template above: the test's exercise is not
 * marked as a verbatim relay event, and no `t` or media tags appear in it. Signed by a test
 * author (the real ones are POWR_LIBRARY_PUBKEY's).
 */
export function powrExercise(options: PowrExerciseOptions = {}): NostrEvent {
  const tags: string[][] = [
    ['d', options.d ?? 'back-squat-bb'],
    ['title', options.title ?? 'Back Squat (Barbell)'],
    ['format', 'weight', 'reps', 'rpe', 'set_type'],
    ['format_units', 'kg', 'count', '0-10', 'enum'],
    ['equipment', options.equipment ?? 'barbell'],
    ['difficulty', options.difficulty ?? 'intermediate'],
  ];
  return sign(options.author, 33401, tags, options.instructions ?? 'Keep a neutral spine.', options.created_at ?? DEFAULT_START);
}
