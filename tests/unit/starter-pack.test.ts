import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { verifyEvent, type Event } from 'nostr-tools/pure';
import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../src/domain/exercise';
import { parseStarterPack } from '../../src/domain/starter-pack';
import { parseTemplate } from '../../src/domain/template';

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
