import { schnorr } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { noteEncode, npubEncode } from 'nostr-tools/nip19';
import { getEventHash } from 'nostr-tools/pure';
import { EVENT_LIMITS } from '../domain/event-shape';
import type { NostrEvent } from '../domain/nostr-event';
import { exerciseTags, type TestAuthor } from './sign';
import { mulberry32 } from './seeded-random';

/**
 * A seeded, deterministic generator of malformed (and, for contrast, valid) inputs for the
 * ingest pipeline. Every input carries the category of its damage and what the pipeline
 * must do with it. Signing is slow (~300 events/s), so a few hundred valid events are
 * signed once and most damaged inputs are derived from them by mutation.
 */

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }

  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

// ---------------------------------------------------------------- deterministic signing

/** An author whose key comes from the PRNG, so the same seed gives the same pubkeys and ids. */
export function seededAuthor(rng: Rng): TestAuthor {
  for (;;) {
    const secretKey = rng.bytes(32);
    try {
      return { secretKey, pubkey: bytesToHex(schnorr.getPublicKey(secretKey)) };
    } catch {
      // Out of the curve order (astronomically rare): draw again.
    }
  }
}

/** A really signed event; the BIP-340 aux randomness comes from the PRNG too, so signatures are reproducible. */
export function signSeeded(
  author: TestAuthor,
  draft: { kind: number; tags: string[][]; content: string; created_at: number },
  rng: Rng,
): NostrEvent {
  const unsigned = { pubkey: author.pubkey, kind: draft.kind, tags: draft.tags, content: draft.content, created_at: draft.created_at };
  const id = getEventHash(unsigned);
  const sig = bytesToHex(schnorr.sign(hexToBytes(id), author.secretKey, rng.bytes(32)));
  return { id, pubkey: author.pubkey, created_at: draft.created_at, kind: draft.kind, tags: draft.tags, content: draft.content, sig };
}

// ---------------------------------------------------------------- categories

/** Damage that the pipeline must refuse. */
export type DamageCategory =
  | 'not-an-object'
  | 'wrong-type'
  | 'huge'
  | 'bad-hex'
  | 'bad-signature'
  | 'wrong-id'
  | 'bad-number'
  | 'unicode-after-signing'
  | 'not-nip101e'
  /** A kind 5 made to look like the target's author's own: the target must survive it. */
  | 'forged-deletion';

/** Signed events the pipeline must store. */
export type ValidCategory = 'valid' | 'unicode-signed' | 'at-limit' | 'dialect';

/** Signed events the pipeline may store or refuse (with a reason). */
export type TolerableCategory = 'deletion-of-others' | 'odd-content';

export const DAMAGE_CATEGORIES: readonly DamageCategory[] = [
  'not-an-object',
  'wrong-type',
  'huge',
  'bad-hex',
  'bad-signature',
  'wrong-id',
  'bad-number',
  'unicode-after-signing',
  'not-nip101e',
];

export type FuzzCase =
  | { expect: 'reject'; category: DamageCategory; detail: string; input: unknown; reason: RegExp; protects?: string }
  | { expect: 'store'; category: ValidCategory; detail: string; input: NostrEvent }
  /** `protects`: an event of another author that must survive this input (a deletion's target). */
  | { expect: 'either'; category: TolerableCategory; detail: string; input: NostrEvent; protects?: string };

export interface FuzzPlan {
  batches: FuzzCase[][];
  /** Every damage detail the generator knows, by category, to check that each was exercised. */
  details: ReadonlyMap<DamageCategory, readonly string[]>;
}

// ---------------------------------------------------------------- junk and limits

/** Unicode that breaks naive code: lone surrogates, invisible and bidi controls, emoji sequences, NUL. */
export const UNICODE_JUNK: ReadonlyArray<readonly [string, string]> = [
  ['lone-high-surrogate', '\uD83D'],
  ['lone-low-surrogate', '\uDCAA'],
  ['reversed-surrogates', '\uDCAA\uD83D'],
  ['zero-width-space', '\u200B'],
  ['zero-width-joiner', 'a\u200Db'],
  ['bom', '\uFEFF'],
  ['rtl-override', '\u202Egnp.exe'],
  ['bidi-isolates', '\u2066\u2067\u2068\u2069'],
  ['emoji', '💪🏋️‍♀️'],
  ['emoji-family', '👨‍👩‍👧‍👦'],
  ['flag', '🇳🇴'],
  ['null-byte', 'a\u0000b'],
  ['control-chars', '\u0001\u001f\u007f\u0085'],
  ['combining-stack', 'Z\u0301\u0302\u0303\u0304\u0305\u0306'],
  ['noncharacters', '\uFFFE\uFFFF'],
  ['replacement-char', '\uFFFD'],
  ['line-separators', '\u2028\u2029'],
  ['astral-plane', '\u{10FFFF}\u{1D11E}'],
];

const TOO_LONG_VALUE = 'x'.repeat(EVENT_LIMITS.maxTagValueLength + 1);
const AT_LIMIT_VALUE = 'y'.repeat(EVENT_LIMITS.maxTagValueLength);
const TOO_LONG_CONTENT = 'c'.repeat(EVENT_LIMITS.maxContentLength + 1);
const HUGE_CONTENT = 'h'.repeat(1024 * 1024);
/** Over the limit in UTF-16 code units, though only maxContentLength / 2 + 1 characters. */
const TOO_LONG_EMOJI_CONTENT = '💪'.repeat(EVENT_LIMITS.maxContentLength / 2 + 1);
const TOO_MANY_TAGS: string[][] = Array.from({ length: EVENT_LIMITS.maxTags + 1 }, () => ['t', 'x']);
const FAR_TOO_MANY_TAGS: string[][] = Array.from({ length: EVENT_LIMITS.maxTags * 10 }, () => ['t', 'x']);
const TOO_WIDE_TAG: string[] = ['t', ...Array.from({ length: EVENT_LIMITS.maxTagElements }, (_, i) => `v${i}`)];

const REASON = {
  object: /object/i,
  objectOrId: /object|\bid\b/i,
  id: /\bid\b/,
  pubkey: /pubkey/,
  sig: /\bsig\b/,
  created_at: /created_at/,
  kind: /\bkind\b/,
  content: /content/,
  tags: /\btags?\b/,
  /** The verifier: the id is not the hash of the event, or the signature does not verify. */
  signature: /signature|\bid\b.*(invalid|match)/i,
};

type Field = 'id' | 'pubkey' | 'sig' | 'created_at' | 'kind' | 'content' | 'tags';
const MISSING = Symbol('missing');

type Mutable = Record<string, unknown>;

function copyOf(event: NostrEvent): NostrEvent {
  return { ...event, tags: event.tags.map((tag) => [...tag]) };
}

function withField(event: NostrEvent, field: Field, value: unknown): Mutable {
  const copy: Mutable = { ...copyOf(event) };
  if (value === MISSING) return Object.fromEntries(Object.entries(copy).filter(([key]) => key !== field));
  copy[field] = value;
  return copy;
}

function serialized(event: Pick<NostrEvent, 'pubkey' | 'created_at' | 'kind' | 'tags' | 'content'>): string {
  return JSON.stringify([0, event.pubkey, event.created_at, event.kind, event.tags, event.content]);
}

/** A change made after signing must change what the id hashes, else the "damaged" event is still valid. */
function tampered(base: NostrEvent, change: (copy: NostrEvent) => void): NostrEvent {
  const copy = copyOf(base);
  change(copy);
  if (serialized(copy) === serialized(base)) throw new Error(`generator bug: tampering left ${base.id} unchanged`);
  return copy;
}

const HEX = '0123456789abcdef';

/** The hex string with one digit replaced by a different hex digit. */
function flipHexDigit(hex: string, rng: Rng, from = 0, to = hex.length): string {
  const at = from + rng.int(to - from);
  const old = hex[at] ?? '0';
  const replacement = HEX[(HEX.indexOf(old) + 1 + rng.int(15)) % 16] ?? '0';
  return hex.slice(0, at) + replacement + hex.slice(at + 1);
}

function replaceAt(text: string, at: number, char: string): string {
  return text.slice(0, at) + char + text.slice(at + 1);
}

function upper(hex: string): string {
  const up = hex.toUpperCase();
  return up === hex ? `A${hex.slice(1)}` : up;
}

function sparse<T>(before: T[], after: T[]): T[] {
  const out = [...before];
  out.length += 1; // a hole, as structured clone keeps it
  out.push(...after);
  return out;
}

// ---------------------------------------------------------------- damage catalogue

interface Damage {
  category: DamageCategory;
  detail: string;
  /** Whether this damage can be applied to that base event. */
  applies?: (base: NostrEvent) => boolean;
  /** Whether it is derived from a base event (each base is used once per batch, keeping ids unique). */
  usesBase: boolean;
  apply(base: NostrEvent, rng: Rng, other: NostrEvent): { input: unknown; reason: RegExp };
}

function damage(
  category: DamageCategory,
  detail: string,
  apply: Damage['apply'],
  options: { usesBase?: boolean; applies?: (base: NostrEvent) => boolean } = {},
): Damage {
  const entry: Damage = { category, detail, apply, usesBase: options.usesBase ?? true };
  if (options.applies) entry.applies = options.applies;
  return entry;
}

function notAnObject(): Damage[] {
  const cases: Array<[string, (base: NostrEvent) => unknown, RegExp]> = [
    ['null', () => null, REASON.object],
    ['undefined', () => undefined, REASON.object],
    ['number', () => 33401, REASON.object],
    ['nan', () => NaN, REASON.object],
    ['string', () => 'hello', REASON.object],
    ['empty-string', () => '', REASON.object],
    ['json-string', (base) => JSON.stringify(base), REASON.object],
    ['boolean', () => true, REASON.object],
    ['bigint', () => 33401n, REASON.object],
    ['empty-array', () => [], REASON.object],
    ['event-in-array', (base) => [base], REASON.object],
    ['relay-message', (base) => ['EVENT', 'sub-1', base], REASON.object],
    ['empty-object', () => ({}), REASON.objectOrId],
    ['wrapped-event', (base) => ({ event: base }), REASON.objectOrId],
    ['deeply-nested', (base) => ({ a: { b: { c: { d: { e: base } } } } }), REASON.objectOrId],
    ['date', () => new Date(0), REASON.objectOrId],
    ['map', (base) => new Map(Object.entries(base)), REASON.objectOrId],
    ['bytes', () => new Uint8Array(64), REASON.objectOrId],
  ];
  return cases.map(([detail, make, reason]) =>
    damage('not-an-object', detail, (_base, _rng, other) => ({ input: make(other), reason }), { usesBase: false }),
  );
}

function wrongTypes(): Damage[] {
  const generic: Array<[string, (base: NostrEvent) => unknown]> = [
    ['null', () => null],
    ['undefined', () => undefined],
    ['missing', () => MISSING],
    ['boolean', () => false],
    ['object', () => ({})],
    ['nested-object', (base) => ({ value: { deeper: [base.id] } })],
    ['bigint', () => 1_700_000_000n],
    ['bytes', () => new Uint8Array(32)],
  ];
  const perField: Record<Field, Array<[string, (base: NostrEvent) => unknown]>> = {
    id: [
      ['number', () => 12345],
      ['array', (b) => [b.id]],
      ['id-as-bytes', (b) => hexToBytes(b.id)],
    ],
    pubkey: [
      ['number', () => 0],
      ['array', (b) => [b.pubkey]],
      ['pubkey-as-bytes', (b) => hexToBytes(b.pubkey)],
    ],
    sig: [
      ['number', () => 1],
      ['array', (b) => [b.sig]],
      ['sig-as-bytes', (b) => hexToBytes(b.sig)],
    ],
    created_at: [
      ['numeric-string', (b) => String(b.created_at)],
      ['array', (b) => [b.created_at]],
      ['date', (b) => new Date(b.created_at * 1000)],
    ],
    kind: [
      ['numeric-string', (b) => String(b.kind)],
      ['array', (b) => [b.kind]],
      ['boxed-number', (b) => Object(b.kind) as unknown],
    ],
    content: [
      ['number', () => 42],
      ['array', (b) => [b.content]],
      ['boxed-string', (b) => Object(b.content) as unknown],
    ],
    tags: [
      ['number', () => 7],
      ['string', () => 'd,squat'],
      ['json-string', (b) => JSON.stringify(b.tags)],
      ['array-like-object', (b) => ({ ...b.tags, length: b.tags.length })],
      ['flat-strings', () => ['d', 'squat']],
      ['tag-is-string', (b) => [...b.tags, 't']],
      ['tag-is-null', (b) => [...b.tags, null]],
      ['tag-is-object', (b) => [...b.tags, { 0: 't', 1: 'x' }]],
      ['tag-is-number', (b) => [42, ...b.tags]],
      ['element-number', (b) => [...b.tags, ['t', 5]]],
      ['element-null', (b) => [...b.tags, ['t', null]]],
      ['element-undefined', (b) => [...b.tags, ['t', undefined]]],
      ['element-boolean', (b) => [['d', true], ...b.tags]],
      ['element-nested-array', (b) => [...b.tags, ['t', ['legs']]]],
      ['element-object', (b) => [...b.tags, ['t', { name: 'legs' }]]],
      ['element-bigint', (b) => [...b.tags, ['t', 1n]]],
      // Wrapped once more: a tag of tags (an event without tags would become a valid [[]]).
      ['nested-tags', (b) => (b.tags.length > 0 ? [b.tags] : [[['d', 'x']]])],
      ['hole-in-tags', (b) => sparse(b.tags, [['t', 'x']])],
      ['hole-in-tag', (b) => [...b.tags, sparse<string>(['t'], ['x'])]],
    ],
  };
  const fieldReason: Record<Field, RegExp> = {
    id: REASON.id,
    pubkey: REASON.pubkey,
    sig: REASON.sig,
    created_at: REASON.created_at,
    kind: REASON.kind,
    content: REASON.content,
    tags: REASON.tags,
  };
  const out: Damage[] = [];
  for (const field of Object.keys(perField) as Field[]) {
    // tags get their own array cases; the generic ones apply to every field.
    for (const [name, make] of [...generic, ...perField[field]]) {
      out.push(
        damage('wrong-type', `${field}:${name}`, (base) => ({ input: withField(base, field, make(base)), reason: fieldReason[field] })),
      );
    }
  }
  return out;
}

function huge(): Damage[] {
  const cases: Array<[string, (base: NostrEvent) => Mutable, RegExp]> = [
    ['tags-over-max', (b) => withField(b, 'tags', b.tags.concat(TOO_MANY_TAGS)), REASON.tags],
    ['tags-far-over-max', (b) => withField(b, 'tags', FAR_TOO_MANY_TAGS), REASON.tags],
    ['tag-value-over-max', (b) => withField(b, 'tags', [...b.tags, ['t', TOO_LONG_VALUE]]), REASON.tags],
    ['tag-name-over-max', (b) => withField(b, 'tags', [[TOO_LONG_VALUE, 'x'], ...b.tags]), REASON.tags],
    ['d-value-over-max', (b) => withField(b, 'tags', [['d', TOO_LONG_VALUE], ...b.tags.filter((t) => t[0] !== 'd')]), REASON.tags],
    ['tag-elements-over-max', (b) => withField(b, 'tags', [...b.tags, TOO_WIDE_TAG]), REASON.tags],
    ['content-over-max', (b) => withField(b, 'content', TOO_LONG_CONTENT), REASON.content],
    ['content-1mb', (b) => withField(b, 'content', HUGE_CONTENT), REASON.content],
    ['content-over-max-in-utf16-units', (b) => withField(b, 'content', TOO_LONG_EMOJI_CONTENT), REASON.content],
  ];
  return cases.map(([detail, make, reason]) => damage('huge', detail, (base) => ({ input: make(base), reason })));
}

function badHex(): Damage[] {
  const out: Damage[] = [];
  const fields: Array<['id' | 'pubkey' | 'sig', RegExp]> = [
    ['id', REASON.id],
    ['pubkey', REASON.pubkey],
    ['sig', REASON.sig],
  ];
  for (const [field, reason] of fields) {
    const variants: Array<[string, (hex: string, rng: Rng) => string]> = [
      ['uppercase', (hex) => upper(hex)],
      ['one-uppercase-digit', (hex) => (/[a-f]/.test(hex) ? hex.replace(/[a-f]/, (c) => c.toUpperCase()) : `A${hex.slice(1)}`)],
      ['too-short', (hex) => hex.slice(0, -1)],
      ['too-long', (hex) => `${hex}0`],
      ['half-length', (hex) => hex.slice(0, hex.length / 2)],
      ['double-length', (hex) => hex + hex],
      ['empty', () => ''],
      ['non-hex-letter', (hex, rng) => replaceAt(hex, rng.int(hex.length), rng.pick(['g', 'z', 'x', 'G']))],
      ['space-padded', (hex) => ` ${hex}`],
      ['trailing-newline', (hex) => `${hex}\n`],
      ['0x-prefix', (hex) => `0x${hex.slice(2)}`],
      ['fullwidth-digit', (hex, rng) => replaceAt(hex, rng.int(hex.length), '０')],
      ['arabic-indic-digit', (hex, rng) => replaceAt(hex, rng.int(hex.length), '٣')],
      ['zero-width-inside', (hex) => `${hex.slice(0, 10)}\u200B${hex.slice(11)}`],
      ['lone-surrogate-inside', (hex) => `${hex.slice(0, 10)}\uD800${hex.slice(11)}`],
    ];
    if (field === 'pubkey') variants.push(['npub', (hex) => npubEncode(hex)]);
    if (field === 'id') variants.push(['note', (hex) => noteEncode(hex)]);
    for (const [name, change] of variants) {
      out.push(damage('bad-hex', `${field}:${name}`, (base, rng) => ({ input: withField(base, field, change(base[field], rng)), reason })));
    }
  }
  return out;
}

function badSignature(): Damage[] {
  const cases: Array<[string, (base: NostrEvent, rng: Rng, other: NostrEvent) => string]> = [
    ['flip-one-digit', (b, rng) => flipHexDigit(b.sig, rng)],
    ['flip-digit-in-r', (b, rng) => flipHexDigit(b.sig, rng, 0, 64)],
    ['flip-digit-in-s', (b, rng) => flipHexDigit(b.sig, rng, 64, 128)],
    ['flip-last-digit', (b, rng) => flipHexDigit(b.sig, rng, 127, 128)],
    ['all-zero', () => '0'.repeat(128)],
    ['all-f', () => 'f'.repeat(128)],
    ['halves-swapped', (b) => b.sig.slice(64) + b.sig.slice(0, 64)],
    ['sig-of-another-event', (b, _rng, other) => (other.sig === b.sig ? flipHexDigit(b.sig, new Rng(1)) : other.sig)],
  ];
  return cases.map(([detail, make]) =>
    damage('bad-signature', detail, (base, rng, other) => ({
      input: { ...copyOf(base), sig: make(base, rng, other) },
      reason: REASON.signature,
    })),
  );
}

function wrongId(): Damage[] {
  const cases: Array<[string, (base: NostrEvent, rng: Rng, other: NostrEvent) => NostrEvent, ((b: NostrEvent) => boolean)?]> = [
    ['flip-id-digit', (b, rng) => ({ ...copyOf(b), id: flipHexDigit(b.id, rng) })],
    ['id-reversed', (b) => ({ ...copyOf(b), id: [...b.id].reverse().join('') })],
    ['content-changed', (b) => tampered(b, (e) => void (e.content = e.content === 'edited' ? 'edited!' : 'edited'))],
    ['content-trailing-space', (b) => tampered(b, (e) => void (e.content += ' '))],
    ['content-emptied', (b) => tampered(b, (e) => void (e.content = '')), (b) => b.content !== ''],
    [
      'tag-value-changed',
      (b) => tampered(b, (e) => void (e.tags[0] = [e.tags[0]?.[0] ?? 'd', `${e.tags[0]?.[1] ?? ''}-x`])),
      (b) => b.tags.length > 0,
    ],
    ['tag-added', (b) => tampered(b, (e) => void e.tags.push(['t', 'added']))],
    ['tag-removed', (b) => tampered(b, (e) => void e.tags.pop()), (b) => b.tags.length > 0],
    [
      'tags-reordered',
      (b) => tampered(b, (e) => void e.tags.reverse()),
      (b) => b.tags.length > 1 && JSON.stringify(b.tags) !== JSON.stringify([...b.tags].reverse()),
    ],
    ['empty-tag-added', (b) => tampered(b, (e) => void e.tags.push([]))],
    ['created_at-plus-one', (b) => tampered(b, (e) => void (e.created_at += 1))],
    ['created_at-zero', (b) => tampered(b, (e) => void (e.created_at = 0)), (b) => b.created_at !== 0],
    ['created_at-max-safe', (b) => tampered(b, (e) => void (e.created_at = Number.MAX_SAFE_INTEGER))],
    ['kind-changed', (b) => tampered(b, (e) => void (e.kind = e.kind === 1 ? 2 : 1))],
    ['kind-max', (b) => tampered(b, (e) => void (e.kind = 65_535))],
    [
      'pubkey-of-another-author',
      (b, rng, other) => tampered(b, (e) => void (e.pubkey = other.pubkey === b.pubkey ? flipHexDigit(b.pubkey, rng) : other.pubkey)),
    ],
    ['pubkey-flipped-digit', (b, rng) => tampered(b, (e) => void (e.pubkey = flipHexDigit(b.pubkey, rng)))],
  ];
  return cases.map(([detail, make, applies]) =>
    damage(
      'wrong-id',
      detail,
      (base, rng, other) => ({ input: make(base, rng, other), reason: REASON.signature }),
      applies ? { applies } : {},
    ),
  );
}

function badNumbers(): Damage[] {
  const values: Array<[string, (current: number) => number, 'shape' | 'hash']> = [
    ['negative-one', () => -1, 'shape'],
    ['negative', (v) => -v - 1, 'shape'],
    ['nan', () => NaN, 'shape'],
    ['infinity', () => Infinity, 'shape'],
    ['minus-infinity', () => -Infinity, 'shape'],
    ['fraction', (v) => v + 0.5, 'shape'],
    ['tiny-fraction', (v) => (v + 1e-9 === v ? v + 0.25 : v + 1e-9), 'shape'],
    ['two-pow-53', () => 2 ** 53, 'shape'],
    ['1e21', () => 1e21, 'shape'],
    ['max-value', () => Number.MAX_VALUE, 'shape'],
    ['min-value', () => Number.MIN_VALUE, 'shape'],
    // -0 serialises as "0": the shape allows it, the id then no longer matches.
    ['negative-zero', () => -0, 'hash'],
  ];
  const out: Damage[] = [];
  for (const field of ['created_at', 'kind'] as const) {
    for (const [name, make, stage] of values) {
      out.push(
        damage(
          'bad-number',
          `${field}:${name}`,
          (base) => ({ input: withField(base, field, make(base[field])), reason: stage === 'shape' ? REASON[field] : REASON.signature }),
          {
            applies: (base) => (stage === 'hash' ? base[field] !== 0 : true),
          },
        ),
      );
    }
  }
  for (const [name, value] of [
    ['65536', 65_536],
    ['two-pow-31', 2 ** 31],
    ['two-pow-32-plus-one', 2 ** 32 + 1],
  ] as const) {
    out.push(damage('bad-number', `kind:${name}`, (base) => ({ input: withField(base, 'kind', value), reason: REASON.kind })));
  }
  return out;
}

function unicodeAfterSigning(): Damage[] {
  const out: Damage[] = [];
  for (const [name, junk] of UNICODE_JUNK) {
    out.push(
      damage('unicode-after-signing', `content:${name}`, (base) => ({
        input: tampered(base, (e) => void (e.content = `${junk}${e.content}`)),
        reason: REASON.signature,
      })),
    );
    out.push(
      damage(
        'unicode-after-signing',
        `tag-value:${name}`,
        (base) => ({
          input: tampered(base, (e) => void (e.tags[0] = [e.tags[0]?.[0] ?? 'd', `${e.tags[0]?.[1] ?? ''}${junk}`])),
          reason: REASON.signature,
        }),
        { applies: (b) => b.tags.length > 0 },
      ),
    );
    out.push(
      damage('unicode-after-signing', `new-tag:${name}`, (base) => ({
        input: tampered(base, (e) => void e.tags.push(['t', junk])),
        reason: REASON.signature,
      })),
    );
  }
  return out;
}

// ---------------------------------------------------------------- signed content

const BASE_TIME = 1_700_000_000;

function time(rng: Rng): number {
  return BASE_TIME + rng.int(10_000_000);
}

function exerciseRef(author: TestAuthor, d: string): string {
  return `33401:${author.pubkey}:${d}`;
}

function templateTags(author: TestAuthor, d: string, exerciseDs: readonly string[], title = `Template ${d}`): string[][] {
  return [
    ['d', d],
    ['title', title],
    ['type', 'strength'],
    ['rounds', '3'],
    ['rest_between_sets', '90'],
    ...exerciseDs.map((ex, i) => ['exercise', exerciseRef(author, ex), 'wss://relay.example', '', '5', '7', 'normal', String(i + 1)]),
    ['t', 'legs'],
  ];
}

function recordTags(author: TestAuthor, d: string, exerciseDs: readonly string[], start: number, title = `Workout ${d}`): string[][] {
  return [
    ['d', d],
    ['title', title],
    ['type', 'strength'],
    ['start', String(start)],
    ['end', String(start + 1800)],
    ...exerciseDs.map((ex, i) => ['exercise', exerciseRef(author, ex), '', String(60 + i * 5), '5', '8', 'normal', String(i + 1)]),
    ['completed', 'true'],
    ['t', 'strength'],
  ];
}

interface World {
  /** Never ingested intact: damaged variants are derived from these. */
  bases: NostrEvent[];
  valid: Array<{ event: NostrEvent; author: number; category: ValidCategory; detail: string }>;
  /** Signed but refused by the NIP-101e codecs. */
  notNip101e: Array<{ event: NostrEvent; detail: string; reason: RegExp }>;
  oddContent: Array<{ event: NostrEvent; detail: string }>;
  authors: TestAuthor[];
}

function buildWorld(rng: Rng, options: { authors: number; bases: number; batches: number }): World {
  const authors = Array.from({ length: options.authors }, () => seededAuthor(rng));
  const sign = (author: TestAuthor, kind: number, tags: string[][], content = '', createdAt = time(rng)) =>
    signSeeded(author, { kind, tags, content, created_at: createdAt }, rng);
  const valid: World['valid'] = [];
  const addValid = (author: number, category: ValidCategory, detail: string, kind: number, tags: string[][], content = '') => {
    valid.push({ event: sign(authors[author] as TestAuthor, kind, tags, content), author, category, detail });
  };

  // The everyday valid events: one profile and contact list per author (replaceable), and
  // exercises, a template and records with distinct addresses, so none supersedes another.
  authors.forEach((author, i) => {
    const next = authors[(i + 1) % authors.length] as TestAuthor;
    addValid(i, 'valid', 'kind-0', 0, [], JSON.stringify({ name: `Lifter ${i}`, about: 'Lifts things.' }));
    addValid(
      i,
      'valid',
      'kind-3',
      3,
      [1, 2, 3].map((k) => ['p', (authors[(i + k) % authors.length] as TestAuthor).pubkey]),
    );
    const exercises = [0, 1, 2, 3].map((j) => `ex-${i}-${j}`);
    for (const d of exercises) addValid(i, 'valid', 'kind-33401', 33401, exerciseTags(d, `Exercise ${d}`), 'Brace, then move.');
    const template = templateTags(author, `tpl-${i}`, exercises.slice(0, 3));
    template.push(['exercise', exerciseRef(next, `ex-${(i + 1) % authors.length}-0`), '', '', '8', '', 'normal', '4']);
    addValid(i, 'valid', 'kind-33402', 33402, template, 'Three rounds.');
    for (const j of [0, 1, 2])
      addValid(i, 'valid', 'kind-1301', 1301, recordTags(author, `rec-${i}-${j}`, exercises.slice(0, 2), time(rng)), 'Felt strong.');
  });

  // Unicode junk signed into otherwise valid events: legitimately accepted.
  let u = 0;
  for (let b = 0; b < options.batches; b++) {
    for (const where of ['content', 'title', 'hashtag', 'd'] as const) {
      const [name, junk] = UNICODE_JUNK[u % UNICODE_JUNK.length] as readonly [string, string];
      const author = u % authors.length;
      const d = where === 'd' ? `uni-${u}-${junk}` : `uni-${u}`;
      const kind = [33401, 33402, 1301][u % 3] as number;
      const title = where === 'title' ? `Junk ${junk} title` : `Junk ${u}`;
      const a = authors[author] as TestAuthor;
      let tags =
        kind === 33401
          ? exerciseTags(d, title)
          : kind === 33402
            ? templateTags(a, d, [`ex-${author}-0`], title)
            : recordTags(a, d, [`ex-${author}-1`], time(rng), title);
      if (where === 'hashtag') tags = [...tags, ['t', junk], ['t', `leg${junk}s`]];
      addValid(author, 'unicode-signed', `${where}:${name}`, kind, tags, where === 'content' ? `Before ${junk} after` : '');
      u++;
    }
  }

  // Exactly at each limit: still valid.
  const filler = (n: number) => Array.from({ length: n }, (_, k) => ['t', `tag${k}`]);
  addValid(0, 'at-limit', 'content-at-max', 33401, exerciseTags('limit-content'), 'c'.repeat(EVENT_LIMITS.maxContentLength));
  addValid(1, 'at-limit', 'tag-value-at-max', 33401, [...exerciseTags('limit-value'), ['t', AT_LIMIT_VALUE]]);
  addValid(2, 'at-limit', 'tags-at-max', 33401, [
    ...exerciseTags('limit-tags'),
    ...filler(EVENT_LIMITS.maxTags - exerciseTags('limit-tags').length),
  ]);
  addValid(3, 'at-limit', 'tag-elements-at-max', 33401, [
    ...exerciseTags('limit-width'),
    TOO_WIDE_TAG.slice(0, EVENT_LIMITS.maxTagElements),
  ]);

  // Dialects NIP-101e says to read, and names that collide with Object.prototype.
  const dialect = (author: number, detail: string, kind: number, tags: string[][], content = '') =>
    addValid(author, 'dialect', detail, kind, tags, content);
  for (let k = 0; k < Math.max(1, Math.ceil(options.batches / 8)); k++) {
    const i = (k * 5) % authors.length;
    const a = authors[i] as TestAuthor;
    dialect(i, 'template-7-element-exercise-tags', 33402, [
      ['d', `dia7-${k}`],
      ['title', '7 elements'],
      ['exercise', exerciseRef(a, `ex-${i}-0`), '', '', '5', '', 'normal'],
    ]);
    dialect(i, 'template-reference-without-pubkey', 33402, [
      ['d', `dianopk-${k}`],
      ['title', 'No pubkey'],
      ['exercise', `33401:ex-${i}-1`, '', '', '5', '', 'normal', '1'],
    ]);
    dialect(i, 'format-units-enum', 33401, [
      ['d', `diaenum-${k}`],
      ['title', 'Enum'],
      ['format', 'weight', 'reps', 'set_type'],
      ['format_units', 'kg', 'count', 'enum'],
      ['equipment', 'barbell'],
    ]);
    dialect(i, 'packed-imeta', 33401, [
      ...exerciseTags(`diaimeta-${k}`),
      ['imeta', 'url https://example.com/a.jpg m image/jpeg dim 640x480 alt A demo'],
    ]);
    dialect(i, 'non-http-imeta', 33401, [...exerciseTags(`diajs-${k}`), ['imeta', 'url javascript:alert(1)', 'm text/html']]);
    dialect(i, 'prototype-names', 33401, [
      ['d', k === 0 ? '__proto__' : `constructor-${k}`],
      ['title', 'constructor'],
      ['format', 'toString'],
      ['format_units', 'hasOwnProperty'],
      ['equipment', '__proto__'],
      ['t', 'constructor'],
      ['t', '__proto__'],
    ]);
    dialect(i, 'record-7-element-exercise-tags', 1301, [
      ['d', `diarec7-${k}`],
      ['title', 'Old'],
      ['type', 'strength'],
      ['start', '1706454000'],
      ['end', '1706455800'],
      ['exercise', exerciseRef(a, `ex-${i}-0`), '', '80', '5', '7', 'normal'],
      ['completed', 'true'],
    ]);
    dialect(i, 'running-record', 1301, [
      ['d', `diarun-${k}`],
      ['title', 'Run'],
      ['exercise', 'running'],
      ['distance', '5.2', 'km'],
      ['duration', '00:30:45'],
    ]);
  }

  // Signed, of a NIP-101e kind, but not a valid one: the codecs refuse them.
  const notNip101e: World['notNip101e'] = [];
  const specs: Array<[string, number, (d: string, a: TestAuthor) => string[][], RegExp]> = [
    [
      'exercise-without-format',
      33401,
      (d) => [
        ['d', d],
        ['title', 'Cycling challenge'],
        ['format_units', 'kg'],
      ],
      /format/,
    ],
    [
      'exercise-without-format-units',
      33401,
      (d) => [
        ['d', d],
        ['title', 'Squat'],
        ['format', 'weight'],
      ],
      /format_units/,
    ],
    ['exercise-format-only-name', 33401, (d) => [['d', d], ['title', 'Squat'], ['format'], ['format_units']], /format/],
    [
      'exercise-format-mismatch',
      33401,
      (d) => [
        ['d', d],
        ['title', 'Squat'],
        ['format', 'weight', 'reps'],
        ['format_units', 'kg'],
      ],
      /format/,
    ],
    [
      'exercise-without-d',
      33401,
      () => [
        ['title', 'Squat'],
        ['format', 'weight'],
        ['format_units', 'kg'],
      ],
      /\bd\b/,
    ],
    [
      'exercise-empty-d',
      33401,
      () => [
        ['d', ''],
        ['title', 'Squat'],
        ['format', 'weight'],
        ['format_units', 'kg'],
      ],
      /\bd\b/,
    ],
    [
      'exercise-without-title',
      33401,
      (d) => [
        ['d', d],
        ['format', 'weight'],
        ['format_units', 'kg'],
      ],
      /title/,
    ],
    [
      'exercise-blank-title',
      33401,
      (d) => [
        ['d', d],
        ['title', ' \t\uFEFF '],
        ['format', 'weight'],
        ['format_units', 'kg'],
      ],
      /title/,
    ],
    [
      'template-without-exercises',
      33402,
      (d) => [
        ['d', d],
        ['title', 'Empty'],
        ['type', 'strength'],
      ],
      /exercise/,
    ],
    [
      'template-exercise-not-33401',
      33402,
      (d, a) => [
        ['d', d],
        ['title', 'Bad ref'],
        ['exercise', `33402:${a.pubkey}:x`, '', '', '5', '', 'normal', '1'],
      ],
      /33401|address|exercise/,
    ],
    [
      'template-exercise-garbage-ref',
      33402,
      (d) => [
        ['d', d],
        ['title', 'Bad ref'],
        ['exercise', 'squat', '', '', '5', '', 'normal', '1'],
      ],
      /33401|address|exercise/,
    ],
    [
      'template-bad-set-number',
      33402,
      (d, a) => [
        ['d', d],
        ['title', 'Bad set'],
        ['exercise', exerciseRef(a, 'x'), '', '', '5', '', 'normal', 'one'],
      ],
      /set number/,
    ],
    [
      'template-bad-rounds',
      33402,
      (d, a) => [
        ['d', d],
        ['title', 'Bad rounds'],
        ['rounds', 'many'],
        ['exercise', exerciseRef(a, 'x'), '', '', '5', '', 'normal', '1'],
      ],
      /rounds/,
    ],
    [
      'template-bad-duration',
      33402,
      (d, a) => [
        ['d', d],
        ['title', 'Bad time'],
        ['duration', '1h'],
        ['exercise', exerciseRef(a, 'x'), '', '', '5', '', 'normal', '1'],
      ],
      /duration/,
    ],
    [
      'template-without-title',
      33402,
      (d, a) => [
        ['d', d],
        ['exercise', exerciseRef(a, 'x'), '', '', '5', '', 'normal', '1'],
      ],
      /title/,
    ],
  ];
  for (let copy = 0; copy < 10; copy++) {
    specs.forEach(([detail, kind, tags, reason], s) => {
      const author = authors[(copy * specs.length + s) % authors.length] as TestAuthor;
      notNip101e.push({ event: sign(author, kind, tags(`bad-${s}-${copy}`, author)), detail, reason });
    });
  }

  // Signed events with odd content whose refusal is optional (a reason is then required).
  // Replaceable ones get an author of their own, so they never replace a valid event.
  const oddContent: World['oddContent'] = [];
  const oddSpecs: Array<[string, number, (a: TestAuthor, d: string) => string[][], string]> = [
    ['profile-not-json', 0, () => [], 'not json {'],
    ['profile-json-array', 0, () => [], '["name"]'],
    [
      'contacts-bad-pubkey',
      3,
      () => [
        ['p', 'not-a-pubkey'],
        ['p', ''],
      ],
      '',
    ],
    [
      'record-end-before-start',
      1301,
      (a, d) => recordTags(a, d, ['x'], 1_706_455_800).map((t) => (t[0] === 'end' ? ['end', '1706454000'] : t)),
      '',
    ],
    [
      'record-start-in-milliseconds',
      1301,
      (a, d) => recordTags(a, d, ['x'], 1_706_455_800).map((t) => (t[0] === 'start' ? ['start', '1706455800000'] : t)),
      '',
    ],
    ['record-without-exercises', 1301, (a, d) => recordTags(a, d, [], 1_706_455_800), ''],
    [
      'record-completed-maybe',
      1301,
      (a, d) => recordTags(a, d, ['x'], 1_706_455_800).map((t) => (t[0] === 'completed' ? ['completed', 'maybe'] : t)),
      '',
    ],
    ['record-without-start', 1301, (a, d) => recordTags(a, d, ['x'], 1_706_455_800).filter((t) => t[0] !== 'start'), ''],
  ];
  for (let k = 0; k < options.batches; k++) {
    const [detail, kind, tags, content] = oddSpecs[k % oddSpecs.length] as (typeof oddSpecs)[number];
    const author = kind === 0 || kind === 3 ? seededAuthor(rng) : (authors[k % authors.length] as TestAuthor);
    oddContent.push({ event: sign(author, kind, tags(author, `odd-${k}`), content), detail });
  }

  // The mutation pool, from authors of its own.
  const baseAuthors = Array.from({ length: 16 }, () => seededAuthor(rng));
  const bases: NostrEvent[] = [];
  const baseKinds = [33401, 33402, 1301, 0, 3, 5];
  for (let k = 0; k < options.bases; k++) {
    const author = baseAuthors[k % baseAuthors.length] as TestAuthor;
    const kind = baseKinds[k % baseKinds.length] as number;
    const d = `base-${k}`;
    const tags =
      kind === 33401
        ? exerciseTags(d, `Base ${k}`)
        : kind === 33402
          ? templateTags(author, d, [`b-${k}-0`, `b-${k}-1`])
          : kind === 1301
            ? recordTags(author, d, [`b-${k}-0`], time(rng))
            : kind === 3
              ? [['p', (baseAuthors[(k + 1) % baseAuthors.length] as TestAuthor).pubkey]]
              : kind === 5
                ? [
                    ['e', bytesToHex(rng.bytes(32))],
                    ['k', '1301'],
                  ]
                : [];
    const content = kind === 0 ? JSON.stringify({ name: `Base ${k}` }) : k % 7 === 0 ? '' : `Base event ${k}.`;
    bases.push(sign(author, kind, tags, content));
  }

  return { bases, valid, notNip101e, oddContent, authors };
}

// ---------------------------------------------------------------- the plan

const CATALOGUE: readonly Damage[] = [
  ...notAnObject(),
  ...wrongTypes(),
  ...huge(),
  ...badHex(),
  ...badSignature(),
  ...wrongId(),
  ...badNumbers(),
  ...unicodeAfterSigning(),
];

export interface FuzzPlanOptions {
  seed: number;
  batches: number;
  batchSize: number;
  /** Valid events resent per batch (each must come back as a duplicate). */
  repeatsPerBatch?: number;
  authors?: number;
  /** Size of the mutation pool; must cover the base-derived inputs of one batch. */
  bases?: number;
}

/**
 * Batches of `batchSize` inputs: the valid events (each new one once, plus resent ones),
 * a deletion of another author's event, an odd-content event, and malformed inputs to fill
 * the rest, cycling through the damage categories evenly. No two inputs of one batch share
 * an id string (same-id collisions are a separate concern, tested on their own).
 */
export function buildFuzzPlan(options: FuzzPlanOptions): FuzzPlan {
  const rng = new Rng(options.seed);
  const repeatsPerBatch = options.repeatsPerBatch ?? 8;
  const world = buildWorld(rng, { authors: options.authors ?? 24, bases: options.bases ?? 400, batches: options.batches });
  const byCategory = new Map<DamageCategory, Damage[]>();
  for (const entry of CATALOGUE) byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);
  const details = new Map<DamageCategory, string[]>([...byCategory].map(([category, list]) => [category, list.map((d) => d.detail)]));
  details.set('not-nip101e', [...new Set(world.notNip101e.map((n) => n.detail))]);
  details.set('forged-deletion', ['pubkey-swapped', 'own-deletion-retargeted']);
  const detailCursor = new Map<DamageCategory, number>();
  let categoryCursor = 0;

  const valid = rng.shuffle([...world.valid]);
  const perBatch = Math.ceil(valid.length / options.batches);
  const sent: Array<World['valid'][number]> = [];
  const batches: FuzzCase[][] = [];

  for (let b = 0; b < options.batches; b++) {
    const cases: FuzzCase[] = [];
    const fresh = valid.slice(b * perBatch, (b + 1) * perBatch);
    for (const v of fresh) cases.push({ expect: 'store', category: v.category, detail: v.detail, input: v.event });
    for (const v of rng.shuffle([...sent]).slice(0, repeatsPerBatch)) {
      cases.push({ expect: 'store', category: v.category, detail: `${v.detail} (resent)`, input: v.event });
    }
    sent.push(...fresh);

    // Another author asks to delete an event already sent (or sent in this batch), and
    // one that will only arrive in a later batch; forged deletions pose as the author.
    const target = rng.pick(sent);
    cases.push(deletionOfOthers(world, rng, target, 'after-target'));
    const later = valid[(b + 1) * perBatch + rng.int(perBatch)];
    if (later) cases.push(deletionOfOthers(world, rng, later, 'before-target'));
    cases.push(forgedDeletion(world, rng, rng.pick(sent), b % 2 === 0 ? 'pubkey-swapped' : 'own-deletion-retargeted'));

    const odd = world.oddContent[b];
    if (odd) cases.push({ expect: 'either', category: 'odd-content', detail: odd.detail, input: odd.event });

    const bases = rng.shuffle([...world.bases]);
    const codecPool = rng.shuffle([...world.notNip101e]);
    const fill = options.batchSize - cases.length;
    for (let k = 0; k < fill; k++) {
      const category = DAMAGE_CATEGORIES[categoryCursor++ % DAMAGE_CATEGORIES.length] as DamageCategory;
      if (category === 'not-nip101e') {
        const pick = codecPool.pop();
        if (!pick) throw new Error('not-nip101e pool exhausted for one batch: sign more');
        cases.push({ expect: 'reject', category, detail: pick.detail, input: pick.event, reason: pick.reason });
        continue;
      }
      const list = byCategory.get(category) ?? [];
      const cursor = detailCursor.get(category) ?? 0;
      detailCursor.set(category, cursor + 1);
      const entry = list[cursor % list.length] as Damage;
      const other = rng.pick(world.bases);
      let base: NostrEvent;
      if (entry.usesBase) {
        const at = bases.findIndex((candidate) => entry.applies?.(candidate) ?? true);
        if (at < 0) throw new Error(`mutation pool exhausted for ${entry.detail}: raise options.bases`);
        base = bases[at] as NostrEvent;
        bases.splice(at, 1);
      } else {
        base = other;
      }
      const { input, reason } = entry.apply(base, rng, other);
      cases.push({ expect: 'reject', category, detail: entry.detail, input, reason });
    }
    rng.shuffle(cases);
    assertDistinctIds(cases, b);
    batches.push(cases);
  }
  return { batches, details };
}

type ValidEntry = World['valid'][number];

function deletionTags(target: NostrEvent, mode: 'e' | 'a' | 'e+a'): string[][] {
  const d = target.tags.find((tag) => tag[0] === 'd')?.[1] ?? '';
  const addressable = target.kind >= 30_000 && target.kind < 40_000;
  const tags: string[][] = [];
  if (mode !== 'a' || !addressable) tags.push(['e', target.id]);
  if (mode !== 'e' && addressable) tags.push(['a', `${target.kind}:${target.pubkey}:${d}`]);
  tags.push(['k', String(target.kind)]);
  return tags;
}

function otherAuthor(world: World, rng: Rng, author: number): TestAuthor {
  return world.authors[(author + 1 + rng.int(world.authors.length - 1)) % world.authors.length] as TestAuthor;
}

/** A real kind 5 by another author naming the target by id and/or address. */
function deletionOfOthers(world: World, rng: Rng, target: ValidEntry, when: string): FuzzCase {
  const mode = rng.pick(['e', 'a', 'e+a'] as const);
  const t = target.event;
  const deletion = signSeeded(
    otherAuthor(world, rng, target.author),
    { kind: 5, tags: deletionTags(t, mode), content: 'not yours to delete', created_at: t.created_at + 10 },
    rng,
  );
  return { expect: 'either', category: 'deletion-of-others', detail: `${when}:${mode}`, input: deletion, protects: t.id };
}

/**
 * A kind 5 naming the target that claims the target's author: signed by another author with
 * the pubkey swapped in afterwards, or the author's own deletion of something else re-aimed.
 */
function forgedDeletion(world: World, rng: Rng, target: ValidEntry, how: 'pubkey-swapped' | 'own-deletion-retargeted'): FuzzCase {
  const t = target.event;
  const draft = { kind: 5, content: '', created_at: t.created_at + 10 };
  let input: NostrEvent;
  if (how === 'pubkey-swapped') {
    input = { ...signSeeded(otherAuthor(world, rng, target.author), { ...draft, tags: deletionTags(t, 'e+a') }, rng), pubkey: t.pubkey };
  } else {
    const own = signSeeded(world.authors[target.author] as TestAuthor, { ...draft, tags: [['e', bytesToHex(rng.bytes(32))]] }, rng);
    input = { ...own, tags: deletionTags(t, 'e+a') };
  }
  return { expect: 'reject', category: 'forged-deletion', detail: how, input, reason: REASON.signature, protects: t.id };
}

function assertDistinctIds(cases: readonly FuzzCase[], batch: number): void {
  const seen = new Set<string>();
  for (const c of cases) {
    const input: unknown = c.input;
    // Only an id that looks valid can reach the duplicate checks.
    if (typeof input !== 'object' || input === null || !('id' in input) || typeof input.id !== 'string' || !/^[0-9a-f]{64}$/.test(input.id))
      continue;
    if (seen.has(input.id)) throw new Error(`generator bug: id ${input.id} twice in batch ${batch}`);
    seen.add(input.id);
  }
}

/** A short, printable description of an input, for failure messages. */
export function describeInput(input: unknown): string {
  const text = JSON.stringify(input, (_key, value: unknown) => {
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'string' && value.length > 80) return `${value.slice(0, 40)}…(${value.length} chars)`;
    if (Array.isArray(value) && value.length > 12) return [...value.slice(0, 6), `…(${value.length} items)`];
    if (value === undefined) return '(undefined)';
    return value;
  });
  return (text ?? String(input)).slice(0, 400);
}
