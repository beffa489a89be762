import { nsecEncode } from 'nostr-tools/nip19';
import { KIND } from '../../../src/domain/kinds';
import type { NostrEvent } from '../../../src/domain/nostr-event';
import type { SetType } from '../../../src/domain/tag-values';
import { buildWorkoutRecord, type RecordSet } from '../../../src/domain/workout-record';
import { newAuthor, signEvent, type TestAuthor } from '../../../src/testing/sign';

/** The starter library's author (public/starter-pack/pack.ndjson): its exercises are on every device. */
const STARTER_PUBKEY = 'bae5acac061e6ebb26de5520cd1813c4d48733a0a64af758cb6dcff9a3457f69';

export function starterExercise(d: string): string {
  return `${KIND.exercise}:${STARTER_PUBKEY}:${d}`;
}

export interface SetSpec {
  exercise: string;
  /** null = bodyweight. */
  kg: number | null;
  reps: number;
  rpe?: number;
  type?: SetType;
}

export interface WorkoutSpec {
  title: string;
  /** Unix seconds. */
  start: number;
  minutes: number;
  sets: SetSpec[];
  notes?: string;
  prs?: Array<{ exercise: string; metric: string; value: number }>;
  templateAddress?: string;
}

/** A throwaway person: the key, its nsec for the Account screen's "Import a key". */
export function newLifter(): TestAuthor & { nsec: string } {
  const author = newAuthor();
  return { ...author, nsec: nsecEncode(author.secretKey) };
}

/** A signed NIP-101e workout record (kind 1301) as Plates itself writes one. */
export function workoutEvent(author: TestAuthor, spec: WorkoutSpec): NostrEvent {
  const numbers = new Map<string, number>();
  const sets: RecordSet[] = spec.sets.map((set) => {
    const setNumber = (numbers.get(set.exercise) ?? 0) + 1;
    numbers.set(set.exercise, setNumber);
    const params = [set.kg === null ? '' : String(set.kg), String(set.reps), String(set.rpe ?? 8), set.type ?? 'normal'];
    return { exerciseAddress: set.exercise, relayHint: '', params, setNumber };
  });
  const end = spec.start + spec.minutes * 60;
  const draft = buildWorkoutRecord(
    {
      d: `${spec.start}-${Math.random().toString(36).slice(2, 8)}`,
      title: spec.title,
      type: 'strength',
      start: spec.start,
      end,
      completed: true,
      sets,
      prs: (spec.prs ?? []).map((pr) => ({ exerciseAddress: pr.exercise, metric: pr.metric, value: pr.value })),
      notes: spec.notes ?? '',
      hashtags: [],
      legacy: false,
      ...(spec.templateAddress ? { templateAddress: spec.templateAddress, templateRelayHint: '' } : {}),
    },
    end,
  );
  return signEvent(author, draft);
}

/** A kind 3 follow list. */
export function followsEvent(author: TestAuthor, pubkeys: string[]): NostrEvent {
  return signEvent(author, { kind: KIND.contacts, tags: pubkeys.map((pubkey) => ['p', pubkey]) });
}

/** A kind 0 profile. */
export function profileEvent(author: TestAuthor, profile: { name: string; picture?: string }): NostrEvent {
  return signEvent(author, { kind: KIND.profile, content: JSON.stringify(profile) });
}

/** Seconds since the epoch, `days` days before now at a given local hour and minute. */
export function daysAgoAt(days: number, hour: number, minute = 0): number {
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(hour, minute, 0, 0);
  return Math.floor(date.getTime() / 1000);
}
