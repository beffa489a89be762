import type { Nostr } from 'nostr-wasm';
import type { NostrEvent } from '../../src/domain/nostr-event';

const EQUIPMENT = ['barbell', 'dumbbell', 'bodyweight', 'machine', 'cable', 'kettlebell'];
const MUSCLES = ['chest', 'lats', 'quadriceps', 'hamstrings', 'glutes', 'shoulders', 'triceps', 'biceps', 'calves', 'abdominals'];
const INSTRUCTIONS =
  '1. Set up with a neutral spine and braced core.\n2. Lower under control to the bottom position.\n3. Drive back up, keeping the bar path close.\n4. Breathe out at the top and reset before the next rep.';

export interface GeneratedSet {
  events: NostrEvent[];
  counts: Record<number, number>;
}

/**
 * Signed NIP-101e events shaped like real traffic: for each author a library of exercises,
 * a few templates, and many workout records (the bulk of what relays send).
 */
export function generateEvents(wasm: Nostr, count: number, authorCount = 100): GeneratedSet {
  const authors = Array.from({ length: authorCount }, () => {
    const secret = wasm.generateSecretKey();
    return { secret, pubkey: toHex(wasm.getPublicKey(secret)) };
  });
  const events: NostrEvent[] = [];
  const counts: Record<number, number> = {};
  const now = 1_790_000_000;
  for (let i = 0; i < count; i++) {
    const author = authors[i % authorCount];
    if (!author) throw new Error('no author');
    const slot = Math.floor(i / authorCount);
    const kind = slot % 10 < 2 ? 33401 : slot % 10 === 2 ? 33402 : 1301;
    const ref = (n: number) => `33401:${author.pubkey}:ex-${n % 40}`;
    let tags: string[][];
    let content: string;
    if (kind === 33401) {
      tags = [
        ['d', `ex-${slot}`],
        ['title', `Exercise ${slot} ${EQUIPMENT[slot % EQUIPMENT.length]}`],
        ['format', 'weight', 'reps', 'rpe', 'set_type'],
        ['format_units', 'kg', 'count', '0-10', 'warmup|normal|drop|failure'],
        ['equipment', EQUIPMENT[slot % EQUIPMENT.length] ?? 'other'],
        ['difficulty', 'intermediate'],
        ['imeta', `url https://example.com/ex/${slot}/0.jpg`, 'm image/jpeg', 'dim 800x600', 'alt start position'],
        ['t', MUSCLES[slot % MUSCLES.length] ?? 'chest'],
        ['t', MUSCLES[(slot + 3) % MUSCLES.length] ?? 'chest'],
        ['t', 'strength'],
        ['t', 'compound'],
      ];
      content = INSTRUCTIONS;
    } else if (kind === 33402) {
      tags = [
        ['d', `tpl-${slot}`],
        ['title', `Template ${slot}`],
        ['type', 'strength'],
        ['rest_between_sets', '120'],
      ];
      for (let s = 0; s < 15; s++) tags.push(['exercise', ref(slot + Math.floor(s / 5)), '', '', '5', '8', 'normal', String(s + 1)]);
      tags.push(['t', 'strength']);
      content = 'Three lifts, five sets of five.';
    } else {
      const start = now - slot * 3600;
      tags = [
        ['d', `workout-${slot}-${i}`],
        ['title', `Workout ${slot}`],
        ['type', 'strength'],
        ['start', String(start)],
        ['end', String(start + 3600)],
        ['completed', 'true'],
      ];
      for (let s = 0; s < 18; s++)
        tags.push([
          'exercise',
          ref(slot + Math.floor(s / 6)),
          '',
          String(60 + (s % 6) * 5),
          String(5 + (s % 3)),
          '8',
          s % 6 === 0 ? 'warmup' : 'normal',
          String(s + 1),
        ]);
      tags.push(['template', `33402:${author.pubkey}:tpl-${slot % 7}`, '']);
      content = 'Felt strong today.';
    }
    const event = { kind, created_at: now + i, tags, content } as NostrEvent;
    wasm.finalizeEvent(event, author.secret);
    events.push(event);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return { events, counts };
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
