/** Reading values found in NIP-101e tags: decimals, times, set types, and an exercise tag's parts. */

/** The set types of NIP-101e, in the order the spec lists them. */
export const SET_TYPES = ['warmup', 'normal', 'drop', 'failure'] as const;
export type SetType = (typeof SET_TYPES)[number];

// Plain decimals only: Number() would also take "", " ", "0x10", "1e3", "Infinity".
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A plain decimal ("80", "-12.5", ".5"), or undefined for anything else. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A time in seconds: "1845", "30:45" (mm:ss) or "00:30:45" (hh:mm:ss). NIP-101e writes
 * seconds; the running dialect writes hh:mm:ss, and mm:ss is seen with minutes ≥ 60.
 */
export function parseSeconds(text: string): number | undefined {
  const trimmed = text.trim();
  const plain = parseDecimal(trimmed);
  if (plain !== undefined) return plain >= 0 ? plain : undefined;
  const match = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(trimmed);
  if (!match) return undefined;
  const [a, b, c] = [Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
  if (c === undefined) return b < 60 ? a * 60 + b : undefined;
  return b < 60 && c < 60 ? a * 3600 + b * 60 + c : undefined;
}

/** A set type word in canonical form: lowercased, and `working` (seen in the wild) read as `normal`. */
export function canonicalSetType(text: string): SetType | undefined {
  const lower = text.trim().toLowerCase();
  const word = lower === 'working' ? 'normal' : lower;
  return (SET_TYPES as readonly string[]).includes(word) ? (word as SetType) : undefined;
}

/** The parts of an `exercise` tag after its reference and relay hint. */
export interface ExerciseTagParts {
  params: string[];
  /** The trailing set_number element as written, when the tag carries one. */
  setNumberText?: string;
}

/**
 * Splits ["exercise", ref, relay, ...params, set_number?]. NIP-101e added the 8th element
 * set_number later, so 7-element strength tags have none. A tag is read as carrying one
 * when it has 8 or more elements, or when it ends in "<set type>,<integer>" (a format
 * with fewer than four parameters, e.g. duration, rpe, set_type).
 */
export function splitExerciseTag(tag: readonly string[]): ExerciseTagParts {
  const rest = tag.slice(3);
  const last = rest[rest.length - 1];
  const beforeLast = rest[rest.length - 2];
  const endsInSetNumber =
    tag.length >= 8 || (last !== undefined && beforeLast !== undefined && /^\d+$/.test(last) && canonicalSetType(beforeLast) !== undefined);
  if (!endsInSetNumber || last === undefined) return { params: rest };
  return { params: rest.slice(0, -1), setNumberText: last };
}

/**
 * Whether params written with a set number after them would read back differently (see
 * splitExerciseTag): fewer than four params that do not end in a set type (an exercise's
 * own format, e.g. weight, reps, tempo).
 */
export function setNumberWouldMisread(params: readonly string[]): boolean {
  return params.length < 4 && canonicalSetType(params[params.length - 1] ?? '') === undefined;
}
