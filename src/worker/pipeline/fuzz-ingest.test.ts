import { describe, expect, it } from 'vitest';
import type { NostrEvent } from '../../domain/nostr-event';
import { buildFuzzPlan, describeInput, type FuzzCase } from '../../testing/malformed-events';
import { exerciseTags, newAuthor, signEvent } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import { ingestEvents } from './ingest';
import type { IngestOutcome, IngestSummary } from './outcomes';
import { loadVerifier } from './verifier';

const BATCHES = 24;
const BATCH_SIZE = 500;
const MIN_MALFORMED = 10_000;

async function setup() {
  const ctx = testContext();
  const verifier = await loadVerifier();
  return { db: ctx.db, ingest: (events: unknown[]) => ingestEvents(ctx.db, verifier, events, 'relay') };
}

/** Why a refusal reason is not good enough, or undefined when it is specific. */
function reasonProblem(reason: unknown): string | undefined {
  if (typeof reason !== 'string') return `reason is ${typeof reason}, not a string`;
  const text = reason.trim();
  if (text.length < 8) return `reason '${reason}' is too short to say what is wrong`;
  if (/^(error|invalid|invalid event|rejected|unknown|unknown error|failed|bad event)[.!]?$/i.test(text))
    return `reason '${reason}' is generic`;
  if (/\n\s*at\s|\bat\s\S+\.[cm]?[jt]s:\d+/.test(reason)) return `reason is a stack trace: ${reason.slice(0, 120)}`;
  if (
    /TypeError|ReferenceError|RangeError|SyntaxError|Cannot read prop|is not a function|undefined is not|\[object Object\]/.test(reason)
  ) {
    return `reason leaks an exception: ${reason.slice(0, 120)}`;
  }
  return undefined;
}

function label(c: FuzzCase, batch: number, index: number): string {
  return `[batch ${batch} #${index}] ${c.category}/${c.detail}`;
}

describe('ingestEvents under fuzzed input', () => {
  it(`refuses ≥ ${MIN_MALFORMED} malformed events with specific reasons and keeps exactly the valid ones`, async () => {
    const started = performance.now();
    const plan = buildFuzzPlan({ seed: 0x5eed_101e, batches: BATCHES, batchSize: BATCH_SIZE });
    const generatedMs = performance.now() - started;
    const { db, ingest } = await setup();

    const storedValid = new Set<string>();
    const storedTolerated = new Set<string>();
    const protectedIds = new Set<string>();
    const unicodeSigned: NostrEvent[] = [];
    const perCategory = new Map<string, number>();
    const perDetail = new Map<string, Set<string>>();
    const tolerated = new Map<string, { stored: number; rejected: number }>();
    const problems: string[] = [];
    let malformed = 0;

    for (const [b, batch] of plan.batches.entries()) {
      const inputs = batch.map((c) => c.input);
      let summary: IngestSummary;
      try {
        summary = await ingest(inputs);
      } catch (error) {
        throw new Error(
          `batch ${b} threw instead of resolving: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          { cause: error },
        );
      }
      expect(summary.outcomes, `batch ${b}: one outcome per input`).toHaveLength(inputs.length);

      batch.forEach((c, i) => {
        perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
        const details = perDetail.get(c.category) ?? new Set<string>();
        details.add(c.detail.replace(/ \(resent\)$/, ''));
        perDetail.set(c.category, details);
        const outcome: IngestOutcome | undefined = summary.outcomes[i];
        const where = label(c, b, i);
        if (!outcome) {
          problems.push(`${where}: no outcome`);
          return;
        }
        if (c.expect !== 'store' && c.protects) protectedIds.add(c.protects);
        if (c.expect === 'reject') {
          malformed++;
          if (outcome.status !== 'rejected') {
            problems.push(`${where}: ${outcome.status}, expected rejected; input ${describeInput(c.input)}`);
            return;
          }
          const bad = reasonProblem(outcome.reason);
          if (bad) problems.push(`${where}: ${bad}`);
          else if (!c.reason.test(outcome.reason))
            problems.push(`${where}: reason '${outcome.reason}' does not name the damage (${String(c.reason)})`);
        } else if (c.expect === 'store') {
          const expected = storedValid.has(c.input.id) ? 'duplicate' : 'stored';
          if (outcome.status !== expected) {
            const why = outcome.status === 'rejected' ? ` (${outcome.reason})` : '';
            problems.push(`${where}: valid event ${outcome.status}${why}, expected ${expected}; input ${describeInput(c.input)}`);
            return;
          }
          storedValid.add(c.input.id);
          if (c.category === 'unicode-signed') unicodeSigned.push(c.input);
        } else {
          const tally = tolerated.get(c.category) ?? { stored: 0, rejected: 0 };
          tolerated.set(c.category, tally);
          if (outcome.status === 'stored') {
            tally.stored++;
            storedTolerated.add(c.input.id);
          } else if (outcome.status === 'rejected') {
            tally.rejected++;
            const bad = reasonProblem(outcome.reason);
            if (bad) problems.push(`${where}: ${bad}`);
          } else {
            problems.push(`${where}: ${outcome.status}, expected stored or rejected`);
          }
        }
      });
      expect(problems.slice(0, 25), `batch ${b}: ${problems.length} problem(s)`).toEqual([]);
      const deleted = (summary as { deleted?: number }).deleted ?? 0;
      expect(summary.stored + summary.duplicates + summary.superseded + summary.rejected + deleted, `batch ${b}: summary counts`).toBe(
        inputs.length,
      );

      // Another author's deletion, or a forged one, never removes its target (nor keeps it out).
      const targets = [...protectedIds].filter((id) => storedValid.has(id));
      const rows = await db.events.bulkGet(targets);
      expect(
        targets.filter((_, i) => rows[i] === undefined),
        `batch ${b}: deleted by someone else`,
      ).toEqual([]);
    }

    // The database holds exactly the valid events (and the tolerated ones it accepted).
    const ids = (await db.events.toCollection().primaryKeys()).map(String).sort();
    expect(ids).toEqual([...storedValid, ...storedTolerated].sort());
    expect(await db.events.count()).toBe(storedValid.size + storedTolerated.size);
    expect(
      [...protectedIds].filter((id) => !storedValid.has(id)),
      'deletion targets never stored',
    ).toEqual([]);

    // Junk signed into an event comes back byte for byte.
    const rows = await db.events.bulkGet(unicodeSigned.map((e) => e.id));
    unicodeSigned.forEach((event, i) => {
      expect({ content: rows[i]?.content, tags: rows[i]?.tags }, event.id).toEqual({ content: event.content, tags: event.tags });
    });

    // Coverage: every category and every damage detail the generator knows was exercised.
    expect(malformed).toBeGreaterThanOrEqual(MIN_MALFORMED);
    for (const [category, details] of plan.details) {
      expect(perCategory.get(category) ?? 0, category).toBeGreaterThan(0);
      expect(
        [...details].filter((d) => !perDetail.get(category)?.has(d)),
        `${category} details never generated`,
      ).toEqual([]);
    }
    for (const category of ['valid', 'unicode-signed', 'at-limit', 'dialect', 'deletion-of-others', 'forged-deletion', 'odd-content']) {
      expect(perCategory.get(category) ?? 0, category).toBeGreaterThan(0);
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const lines = [...perCategory]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, count]) => {
        const t = tolerated.get(category);
        const extra = t ? ` (stored ${t.stored}, rejected ${t.rejected})` : '';
        return `  ${category.padEnd(22)} ${String(count).padStart(6)}  ${String(perDetail.get(category)?.size ?? 0).padStart(3)} kinds of input${extra}`;
      });
    console.info(
      [
        `fuzz-ingest: ${BATCHES} batches of ${BATCH_SIZE}: ${malformed} malformed inputs, ${storedValid.size} distinct valid events, ${seconds}s (generation ${(generatedMs / 1000).toFixed(1)}s)`,
        ...lines,
      ].join('\n'),
    );
  }, 120_000);
});

describe('inputs sharing one id in a batch', () => {
  function forgedCopy(event: NostrEvent, content = 'forged after signing'): NostrEvent {
    return { ...event, content };
  }

  it('a forged copy ahead of the real event does not keep the real event out', async () => {
    const { db, ingest } = await setup();
    const real = signEvent(newAuthor(), { kind: 33401, tags: exerciseTags('squat'), content: 'real' });
    const summary = await ingest([forgedCopy(real), real]);
    expect(summary.outcomes[0]).toMatchObject({ status: 'rejected' });
    expect(summary.outcomes[1]).toEqual({ id: real.id, status: 'stored' });
    expect((await db.events.get(real.id))?.content).toBe('real');
  });

  it('two forged copies of an id nobody holds are both rejected', async () => {
    const { db, ingest } = await setup();
    const real = signEvent(newAuthor(), {
      kind: 1301,
      tags: [
        ['d', 'w'],
        ['title', 'W'],
      ],
      content: 'real',
    });
    const summary = await ingest([forgedCopy(real, 'one'), forgedCopy(real, 'two')]);
    expect(summary.outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await db.events.count()).toBe(0);
  });

  it('a forged copy behind the real event, or of a stored one, changes nothing', async () => {
    const { db, ingest } = await setup();
    const real = signEvent(newAuthor(), { kind: 33401, tags: exerciseTags('bench'), content: 'real' });
    const first = await ingest([real, forgedCopy(real)]);
    expect(first.outcomes[0]).toEqual({ id: real.id, status: 'stored' });
    expect(['rejected', 'duplicate']).toContain(first.outcomes[1]?.status);
    const later = await ingest([forgedCopy(real, 'forged later')]);
    expect(['rejected', 'duplicate']).toContain(later.outcomes[0]?.status);
    expect((await db.events.get(real.id))?.content).toBe('real');
    expect(await db.events.count()).toBe(1);
  });
});

describe('a batch array with holes', () => {
  it('gets one outcome per slot and does not throw', async () => {
    const { db, ingest } = await setup();
    const real = signEvent(newAuthor(), { kind: 33401, tags: exerciseTags('row') });
    const batch: unknown[] = [real];
    batch.length = 3; // slots 1 and 2 are holes, as a sparse array sent through structured clone keeps them
    const summary = await ingest(batch);
    expect(summary.outcomes).toHaveLength(3);
    expect(summary.outcomes[0]).toEqual({ id: real.id, status: 'stored' });
    expect(summary.outcomes[1]).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/object/) });
    expect(summary.outcomes[2]).toMatchObject({ status: 'rejected' });
    expect(await db.events.count()).toBe(1);
  });
});
