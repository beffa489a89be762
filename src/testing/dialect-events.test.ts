import { verifyEvent } from 'nostr-tools/pure';
import { describe, expect, it } from 'vitest';
import type { NostrEvent } from '../domain/nostr-event';
import { DEFAULT_START } from './event-factories';
import {
  POWR_LIBRARY_PUBKEY,
  POWR_RELAY,
  amethystRecord,
  powrExercise,
  powrNativeExercise,
  powrNativeRecord,
  powrNativeTemplate,
  powrRecord,
  powrTemplate,
  powrWebExercise,
  powrWebLibraryExercise,
  powrWebRecord,
  powrWebTemplate,
  powrWebTestTemplate,
  runstrPwaRun,
  runstrRun,
} from './dialect-events';
import { newAuthor } from './sign';

/** These tests check the factories only (valid NIP-01 events, the shapes docs/dialects.md documents), not how Plates reads them. */

const tagsNamed = (event: NostrEvent, name: string) => event.tags.filter((tag) => tag[0] === name);
const tagNamed = (event: NostrEvent, name: string) => event.tags.find((tag) => tag[0] === name);

describe('dialect factories', () => {
  it('sign every event for real (NIP-01 id and Schnorr signature)', () => {
    const events = [
      powrWebRecord(),
      powrWebTemplate(),
      powrWebExercise(),
      powrWebLibraryExercise(),
      powrWebTestTemplate(),
      powrNativeExercise(),
      powrNativeTemplate(),
      powrNativeRecord(),
      amethystRecord(),
      runstrRun(),
      runstrPwaRun(),
      powrRecord(),
      powrTemplate(),
      powrExercise(),
    ];
    for (const event of events) expect(verifyEvent({ ...event, tags: event.tags.map((tag) => [...tag]) })).toBe(true);
  });

  it('sign with the given author', () => {
    const author = newAuthor();
    expect(powrWebRecord({ author }).pubkey).toBe(author.pubkey);
    expect(amethystRecord({ author }).pubkey).toBe(author.pubkey);
  });
});

describe('POWR web', () => {
  it('record: start/end in milliseconds, 8-element sets numbered per exercise, RPE 7 by default, client POWR', () => {
    const event = powrWebRecord();
    const start = Number(tagNamed(event, 'start')?.[1]);
    const end = Number(tagNamed(event, 'end')?.[1]);
    expect(start).toBe(DEFAULT_START * 1000);
    expect(end).toBeGreaterThan(1e12);
    expect(event.created_at).toBe(Math.floor(end / 1000));
    expect(tagNamed(event, 'duration')).toEqual(['duration', '1800']);
    expect(tagNamed(event, 'd')?.[1]).toBe(`push-workout-bodyweight-${start}`);
    const sets = tagsNamed(event, 'exercise');
    expect(sets.every((tag) => tag.length === 8 && tag[2] === '')).toBe(true);
    expect(sets.map((tag) => tag[7])).toEqual(['1', '2', '1']);
    expect(sets.map((tag) => tag[5])).toEqual(['7', '8', '7']);
    expect(sets[0]?.[3]).toBe('0');
    expect(tagNamed(event, 'client')).toEqual(['client', 'POWR']);
  });

  it('template: one tag per set, set numbers restarting at 1 for each exercise', () => {
    const event = powrWebTemplate();
    expect(tagNamed(event, 'd')?.[1]).toBe(`push-day-${DEFAULT_START * 1000}`);
    const sets = tagsNamed(event, 'exercise');
    expect(sets.map((tag) => tag[7])).toEqual(['1', '2', '3', '1', '2', '3']);
    expect(sets[0]).toHaveLength(8);
    expect(sets[0]?.slice(2, 7)).toEqual(['', '0', '10', '7', 'normal']);
  });

  it('test-publisher exercise: an ["image", url] tag and no imeta', () => {
    const event = powrWebExercise();
    expect(tagNamed(event, 'image')).toEqual(['image', 'https://cdn.powr.app/exercises/pushup-standard.jpg']);
    expect(tagNamed(event, 'imeta')).toBeUndefined();
    expect(tagsNamed(event, 't').map((tag) => tag[1])).toContain('fitness');
  });

  it('nak-published library exercise: format_units ending in enum', () => {
    expect(tagNamed(powrWebLibraryExercise(), 'format_units')).toEqual(['format_units', 'kg', 'count', '0-10', 'enum']);
  });

  it('test-publisher template: 5-element tags with the set count in the relay slot, no type', () => {
    const event = powrWebTestTemplate();
    const sets = tagsNamed(event, 'exercise');
    expect(sets.every((tag) => tag.length === 5)).toBe(true);
    expect(sets[0]?.slice(2)).toEqual(['3', '10', '0']);
    expect(tagNamed(event, 'type')).toBeUndefined();
  });
});

describe('POWR React Native', () => {
  it('exercise: format_units flattened as name/unit pairs, d a local id', () => {
    const event = powrNativeExercise();
    expect(tagNamed(event, 'format')).toEqual(['format', 'weight', 'reps', 'rpe', 'set_type']);
    expect(tagNamed(event, 'format_units')).toEqual([
      'format_units',
      'weight',
      'kg',
      'reps',
      'count',
      'rpe',
      '0-10',
      'set_type',
      'warmup|normal|drop|failure',
    ]);
    expect(tagNamed(event, 'd')?.[1]).toMatch(/^local:[0-9a-z]+-[0-9a-z]+$/);
    expect(tagNamed(event, 'category')).toEqual(['category', 'Legs']);
  });

  it('template: ["exercise","33401:<id>","<sets>","<reps>","<set type>"]', () => {
    const sets = tagsNamed(powrNativeTemplate(), 'exercise');
    expect(sets).toEqual([['exercise', `33401:exercise-${DEFAULT_START - 1}`, '3', '10', 'normal']]);
  });

  it('record: pubkey-less local references, weight/reps/set type without RPE, template with an empty pubkey', () => {
    const event = powrNativeRecord();
    const sets = tagsNamed(event, 'exercise');
    expect(sets).toHaveLength(3);
    for (const tag of sets) {
      expect(tag).toHaveLength(6);
      expect(tag[1]).toMatch(/^33401:local:/);
      expect(tag[2]).toBe('');
    }
    expect(sets[0]?.slice(3)).toEqual(['100', '5', 'normal']);
    expect(tagNamed(event, 'template')?.[1]).toMatch(/^33402::local:/);
    expect(tagNamed(event, 'start')?.[1]).toBe(String(DEFAULT_START));
  });

  it('limited record: one bare two-element exercise tag per exercise', () => {
    const sets = tagsNamed(powrNativeRecord({ limited: true }), 'exercise');
    expect(sets).toHaveLength(1);
    expect(sets[0]).toHaveLength(2);
  });
});

describe('Amethyst', () => {
  it('record: no title by default, HH:MM:SS duration, no start/end, client Amethyst', () => {
    const event = amethystRecord();
    expect(tagNamed(event, 'title')).toBeUndefined();
    expect(tagNamed(event, 'exercise')).toEqual(['exercise', 'running']);
    expect(tagNamed(event, 't')).toEqual(['t', 'Running']);
    expect(tagNamed(event, 'duration')).toEqual(['duration', '00:31:30']);
    expect(tagNamed(event, 'start')).toBeUndefined();
    expect(tagNamed(event, 'client')).toEqual(['client', 'Amethyst']);
  });

  it('record: a typed title, Kotlin-formatted distance and the Health Connect start', () => {
    const event = amethystRecord({
      title: 'Evening run',
      distance: 5,
      distanceUnit: 'mi',
      workoutStartTime: 1_699_990_000,
      clientTag: false,
    });
    expect(tagNamed(event, 'title')).toEqual(['title', 'Evening run']);
    expect(tagNamed(event, 'distance')).toEqual(['distance', '5.0', 'mi']);
    expect(tagNamed(event, 'workout_start_time')).toEqual(['workout_start_time', '1699990000']);
    expect(tagNamed(event, 'client')).toBeUndefined();
  });
});

describe('RUNSTR', () => {
  it('app run: running dialect, created_at at the start, 3-element client tag', () => {
    const event = runstrRun({ start: 1_700_001_234 });
    expect(tagNamed(event, 'exercise')).toEqual(['exercise', 'running']);
    expect(tagNamed(event, 'distance')).toEqual(['distance', '5.20', 'km']);
    expect(tagNamed(event, 'duration')).toEqual(['duration', '00:30:45']);
    expect(tagNamed(event, 'client')).toEqual(['client', 'RUNSTR', '0.1.7']);
    expect(tagNamed(event, 'title')).toEqual(['title', 'Running Workout']);
    expect(tagNamed(event, 'start')).toBeUndefined();
    expect(event.created_at).toBe(1_700_001_234);
  });

  it('app run in miles, and a strength entry with sets and reps', () => {
    expect(tagNamed(runstrRun({ unitSystem: 'imperial', distanceMeters: 5000 }), 'distance')).toEqual(['distance', '3.11', 'mi']);
    const strength = runstrRun({ workoutType: 'strength_training', distanceMeters: 0, sets: 3, reps: 30 });
    expect(tagNamed(strength, 'exercise')).toEqual(['exercise', 'strength']);
    expect(tagNamed(strength, 'distance')).toBeUndefined();
    expect(tagNamed(strength, 'sets')).toEqual(['sets', '3']);
  });

  it('web app run: an empty title and a short verb', () => {
    const event = runstrPwaRun();
    expect(tagNamed(event, 'title')).toEqual(['title', '']);
    expect(tagNamed(event, 'exercise')).toEqual(['exercise', 'run']);
    expect(tagNamed(event, 'distance')).toEqual(['distance', '5.00', 'km']);
    expect(tagNamed(event, 'client')).toEqual(['client', 'Runstr', 'vCurrentAppVersion']);
  });
});

describe('current POWR', () => {
  it('record: 8-element tags with relay hints, seconds, empty bodyweight and RPE, client POWR', () => {
    const event = powrRecord();
    const sets = tagsNamed(event, 'exercise');
    expect(sets.every((tag) => tag.length === 8 && tag[2] === POWR_RELAY)).toBe(true);
    expect(sets[0]?.[1]).toBe(`33401:${POWR_LIBRARY_PUBKEY}:back-squat-bb`);
    expect(sets[3]?.slice(3)).toEqual(['', '8', '', 'normal', '1']);
    expect(tagNamed(event, 'template')?.[2]).toBe(POWR_RELAY);
    expect(Number(tagNamed(event, 'start')?.[1])).toBe(DEFAULT_START);
    expect(tagNamed(event, 'client')).toEqual(['client', 'POWR']);
  });

  it('template: slugged d, set numbers restarting per exercise, alt and client tags', () => {
    const event = powrTemplate();
    expect(tagNamed(event, 'd')).toEqual(['d', 'bar-zero---push']);
    expect(tagsNamed(event, 'exercise').map((tag) => tag[7])).toEqual(['1', '2', '1', '2', '1']);
    expect(tagNamed(event, 'rest_between_sets')).toEqual(['rest_between_sets', '90']);
    expect(tagNamed(event, 'alt')).toEqual(['alt', 'Workout template: Bar Zero - Push']);
    expect(tagNamed(event, 'client')).toEqual(['client', 'POWR']);
  });

  it('exercise: format_units ending in enum', () => {
    expect(tagNamed(powrExercise(), 'format_units')).toEqual(['format_units', 'kg', 'count', '0-10', 'enum']);
  });
});
