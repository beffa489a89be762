import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { verifyEvent, type Event } from 'nostr-tools/pure';
import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../src/domain/exercise';
import { parseStarterPack } from '../../src/domain/starter-pack';
import { fieldOf } from '../../src/domain/session-set-edits';
import { startSession } from '../../src/domain/session-start';
import { sessionToRecord } from '../../src/domain/session-to-record';
import { parseTemplate } from '../../src/domain/template';
import { buildWorkoutRecord, parseWorkoutRecord } from '../../src/domain/workout-record';
import { reduceSession } from '../../src/domain/workout-session';

// The committed output of scripts/starter-pack/build.mjs, read with the app's own reader.
const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));
const { header, events } = loadPack();
const exercises = events.filter((e) => e.kind === 33401);
const templates = events.filter((e) => e.kind === 33402);
const exerciseByD = new Map(exercises.map((e) => [tagValue(e, 'd'), e]));

describe('the starter pack', () => {
  it('holds the 873 dataset exercises as kind 33401 events with unique d tags', () => {
    expect(exercises).toHaveLength(873);
    expect(exerciseByD.size).toBe(873);
  });

  it('has only events by the pack pubkey that verify', () => {
    expect(events.filter((e) => e.pubkey !== header.pubkey)).toEqual([]);
    // A copy per event: verifyEvent caches its verdict on the object it is given.
    expect(events.filter((e) => !verifyEvent({ ...e })).map((e) => e.id)).toEqual([]);
  });

  it('gives every exercise exactly one format and format_units tag of equal length', () => {
    for (const exercise of exercises) {
      const format = exercise.tags.filter((t) => t[0] === 'format');
      const units = exercise.tags.filter((t) => t[0] === 'format_units');
      expect(format, tagValue(exercise, 'd')).toHaveLength(1);
      expect(units, tagValue(exercise, 'd')).toHaveLength(1);
      expect(format[0]?.length).toBe(units[0]?.length);
      expect(parseExercise(exercise).ok).toBe(true);
    }
  });

  it('has at least 8 templates whose 8-element exercise tags reference exercises of the pack', () => {
    expect(templates.length).toBeGreaterThanOrEqual(8);
    for (const template of templates) {
      const sets = exerciseTags(template);
      expect(sets.length).toBeGreaterThan(0);
      for (const tag of sets) {
        expect(tag).toHaveLength(8);
        const address = tag[1] ?? '';
        const prefix = `33401:${header.pubkey}:`;
        expect(address.startsWith(prefix), address).toBe(true);
        const exercise = exerciseByD.get(address.slice(prefix.length));
        expect(exercise, address).toBeDefined();
        const format = exercise?.tags.find((t) => t[0] === 'format') ?? [];
        expect(tag.length - 4, address).toBe(format.length - 1);
      }
      expect(parseTemplate(template).ok).toBe(true);
    }
  });

  it('numbers template sets 1, 2, 3… and shares a number only within a superset or circuit round', () => {
    for (const template of templates) {
      const groups: string[][] = [];
      for (const tag of exerciseTags(template)) {
        const setNumber = Number(tag[7]);
        if (setNumber === groups.length + 1) groups.push([]);
        expect(setNumber, `${tagValue(template, 'd')} set ${tag[7]}`).toBe(groups.length);
        groups[groups.length - 1]?.push(tag[1] ?? '');
      }
      for (const group of groups) expect(new Set(group).size).toBe(group.length);
    }
  });

  it('ships every media entry under public/ with the sha256 it declares', () => {
    expect(header.media).toHaveLength(60);
    for (const item of header.media) {
      const bytes = readFileSync(`${publicDir}${item.path.replace(/^\//, '')}`);
      expect(bytesToHex(sha256(bytes)), item.path).toBe(item.sha256);
      expect(bytes.length).toBe(item.size);
    }
  });

  it("names every bundled photo's sha256 as the x of its exercise's imeta", () => {
    const imetaByUrl = new Map(exercises.flatMap((e) => e.tags.filter((t) => t[0] === 'imeta').map((t) => [imetaField(t, 'url'), t])));
    for (const item of header.media) {
      const imeta = imetaByUrl.get(item.url);
      expect(imeta, item.url).toBeDefined();
      expect(imetaField(imeta ?? [], 'x')).toBe(item.sha256);
    }
  });
});

describe('logging the starter library', () => {
  // A value typed into each field a format can have; the set type is the chip's default.
  const TYPED: Readonly<Record<string, string>> = { weight: '20', reps: '10', rpe: '7', duration: '1:30', distance: '2.5' };

  it('logs every one of the 873 exercises: a done set is recorded in its format and read back by meaning', () => {
    const logged: string[] = [];
    for (const event of exercises) {
      const parsed = parseExercise(event);
      if (!parsed.ok) throw new Error(parsed.reason);
      const { format, formatUnits, title, d } = parsed.value;
      const address = `33401:${event.pubkey}:${d}`;
      let session = reduceSession(
        startSession(d, 0),
        { type: 'add-exercise', exerciseAddress: address, title, format, units: formatUnits },
        0,
      );
      for (const name of format) {
        if (name === 'set_type') continue;
        session = reduceSession(session, { type: 'edit-set', setId: 's2', field: fieldOf(name), text: TYPED[name] ?? 'x', unit: 'kg' }, 0);
      }
      session = reduceSession(reduceSession(session, { type: 'complete-set', setId: 's2' }, 1000), { type: 'finish' }, 2000);
      const finished = sessionToRecord(session, []);
      if (!finished.ok) throw new Error(`${d}: ${finished.reason}`);
      const record = buildWorkoutRecord(finished.value.record, 2, finished.value.formats);
      const read = parseWorkoutRecord({ ...record, pubkey: event.pubkey }, () => ({ names: format, units: formatUnits }));
      if (!read.ok) throw new Error(`${d}: ${read.reason}`);
      expect(read.value.notUnderstood, d).toBeUndefined();
      expect(read.value.sets, d).toEqual(finished.value.record.sets);
      logged.push(d);
    }
    expect(logged).toHaveLength(873);
  });
});

function loadPack() {
  const result = parseStarterPack(readFileSync(`${publicDir}starter-pack/pack.ndjson`, 'utf8'));
  if (!result.ok) throw new Error(result.reason);
  const parsed = result.value.lines.map(({ result: line }) => {
    if (!line.ok) throw new Error(line.reason);
    return line.value as Event;
  });
  return { header: result.value.header, events: parsed };
}

function tagValue(event: Event, name: string): string | undefined {
  return event.tags.find((t) => t[0] === name)?.[1];
}

function exerciseTags(template: Event): string[][] {
  return template.tags.filter((t) => t[0] === 'exercise');
}

/** The value of one "key value" element of a multi-element imeta tag. */
function imetaField(tag: string[], key: string): string | undefined {
  return tag.find((element) => element.startsWith(`${key} `))?.slice(key.length + 1);
}
