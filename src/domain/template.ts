import { formatAddress, parseAddress } from './address';
import { KIND } from './kinds';
import type { NostrEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';
import { tagValue, tagValues } from './tags';

/** One prescribed set of a workout template: which exercise, its parameters, its set number. */
export interface TemplateSet {
  exerciseAddress: string;
  relayHint: string;
  /** Values in the exercise's format order; "" means the user fills it in. */
  params: string[];
  /** Equal set numbers are done together (superset/circuit). */
  setNumber: number;
}

export interface WorkoutTemplate {
  d: string;
  title: string;
  type: string;
  description: string;
  sets: TemplateSet[];
  hashtags: string[];
  restBetweenSets?: number;
}

/**
 * Lenient read of a kind 33402 event. Accepts exercise tags with or without the
 * trailing set_number (7 or 8 elements) and references without a pubkey ("33401:<d>"),
 * which are taken to mean the template author's own exercise.
 */
export function parseTemplate(event: Pick<NostrEvent, 'kind' | 'tags' | 'content' | 'pubkey'>): ParseResult<WorkoutTemplate> {
  if (event.kind !== KIND.workoutTemplate) return fail(`kind ${event.kind} is not a workout template (33402)`);
  const d = tagValue(event.tags, 'd');
  if (d === undefined || d === '') return fail('template has no d tag');
  const title = tagValue(event.tags, 'title')?.trim();
  if (!title) return fail('template has no title tag');
  const sets: TemplateSet[] = [];
  let position = 0;
  for (const tag of event.tags) {
    if (tag[0] !== 'exercise') continue;
    position++;
    const address = canonicalExerciseAddress(tag[1] ?? '', event.pubkey);
    if (!address) return fail(`exercise tag ${position}: '${tag[1] ?? ''}' is not a 33401 address`);
    const hasSetNumber = tag.length >= 8;
    const params = tag.slice(3, hasSetNumber ? tag.length - 1 : tag.length);
    const setNumber = hasSetNumber ? Number(tag[tag.length - 1]) : position;
    if (!Number.isInteger(setNumber) || setNumber < 0) {
      return fail(`exercise tag ${position}: set number '${tag[tag.length - 1] ?? ''}' is not a whole number`);
    }
    sets.push({ exerciseAddress: address, relayHint: tag[2] ?? '', params, setNumber });
  }
  if (sets.length === 0) return fail('template has no exercise tags');
  const template: WorkoutTemplate = {
    d,
    title,
    type: tagValue(event.tags, 'type')?.trim().toLowerCase() || 'strength',
    description: event.content,
    sets,
    hashtags: tagValues(event.tags, 't'),
  };
  const rest = Number(tagValue(event.tags, 'rest_between_sets'));
  if (Number.isFinite(rest) && rest > 0) template.restBetweenSets = rest;
  return ok(template);
}

/** "33401:<pubkey>:<d>" as is; "33401:<d>" completed with the referring event's author. */
export function canonicalExerciseAddress(reference: string, authorPubkey: string): string | undefined {
  const full = parseAddress(reference);
  if (full) return full.kind === KIND.exercise ? formatAddress(full) : undefined;
  const match = /^33401:([^:]+)$/.exec(reference);
  if (!match?.[1]) return undefined;
  return formatAddress({ kind: KIND.exercise, pubkey: authorPubkey, d: match[1] });
}

/** Distinct exercise addresses a template needs, in first-use order. */
export function templateExerciseAddresses(template: WorkoutTemplate): string[] {
  return [...new Set(template.sets.map((set) => set.exerciseAddress))];
}
