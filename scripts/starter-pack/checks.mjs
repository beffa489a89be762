// Sanity checks on the pack as written, read back from disk.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyEvent } from 'nostr-tools/pure';

/** Every problem found in the pack; an empty list means it is sound. */
export function packProblems({ header, events }, { exerciseCount, publicDir }) {
  const problems = [];
  const exercises = events.filter((e) => e.kind === 33401);
  const templates = events.filter((e) => e.kind === 33402);
  for (const event of events) {
    if (!verifyEvent(event)) problems.push(`event ${event.id} does not verify`);
    if (event.pubkey !== header.pubkey) problems.push(`event ${event.id} is not by the pack's pubkey`);
  }
  if (exercises.length !== exerciseCount) problems.push(`${exercises.length} exercises, the dataset has ${exerciseCount}`);
  const formats = new Map();
  for (const exercise of exercises) {
    const d = value(exercise, 'd');
    if (formats.has(d)) problems.push(`exercise d '${d}' is not unique`);
    const format = exercise.tags.filter((t) => t[0] === 'format');
    const units = exercise.tags.filter((t) => t[0] === 'format_units');
    if (format.length !== 1 || units.length !== 1 || format[0].length !== units[0].length) {
      problems.push(`exercise ${d}: needs one format and one format_units tag of equal length`);
    }
    formats.set(d, format[0]?.slice(1) ?? []);
  }
  for (const template of templates) problems.push(...templateProblems(template, header.pubkey, formats));
  problems.push(...mediaProblems(header.media, exercises, publicDir));
  return problems;
}

/**
 * Each exercise tag is 8 elements and resolves to a pack exercise; set numbers run 1, 2, 3…
 * in tag order, and a set number is shared only by adjacent sets of different exercises
 * (a superset or circuit round).
 */
function templateProblems(template, pubkey, formats) {
  const d = value(template, 'd');
  const problems = [];
  const prefix = `33401:${pubkey}:`;
  let current = 0;
  let inGroup = new Set();
  for (const tag of template.tags.filter((t) => t[0] === 'exercise')) {
    const id = tag[1].startsWith(prefix) ? tag[1].slice(prefix.length) : undefined;
    const format = id === undefined ? undefined : formats.get(id);
    if (!format) problems.push(`template ${d}: '${tag[1]}' is not an exercise of the pack`);
    else if (tag.length !== 8 || tag.length !== 4 + format.length) problems.push(`template ${d}: ${id} tag has ${tag.length} elements`);
    const setNumber = Number(tag[tag.length - 1]);
    if (setNumber === current + 1) {
      current = setNumber;
      inGroup = new Set([id]);
    } else if (setNumber === current && !inGroup.has(id)) inGroup.add(id);
    else problems.push(`template ${d}: set number ${tag[tag.length - 1]} of ${id} breaks the order`);
  }
  if (current === 0) problems.push(`template ${d}: no exercise tags`);
  return problems;
}

function mediaProblems(media, exercises, publicDir) {
  const hashes = new Map();
  for (const exercise of exercises) {
    for (const tag of exercise.tags.filter((t) => t[0] === 'imeta')) {
      const fields = Object.fromEntries(tag.slice(1).map((f) => [f.slice(0, f.indexOf(' ')), f.slice(f.indexOf(' ') + 1)]));
      hashes.set(fields.url, fields.x);
    }
  }
  const problems = [];
  for (const item of media) {
    const file = join(publicDir, item.path);
    if (!existsSync(file)) {
      problems.push(`media ${item.path} is missing`);
      continue;
    }
    const bytes = readFileSync(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== item.sha256 || bytes.length !== item.size) problems.push(`media ${item.path} does not match its hash or size`);
    if (hashes.get(item.url) !== item.sha256) problems.push(`media ${item.url} has no imeta with x ${item.sha256}`);
  }
  return problems;
}

function value(event, name) {
  return event.tags.find((t) => t[0] === name)?.[1];
}
