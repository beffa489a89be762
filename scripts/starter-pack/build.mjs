#!/usr/bin/env node
// `npm run starter-pack`: converts free-exercise-db into the signed starter library the app
// ingests on first run (public/starter-pack/). See README.md in this folder.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npubEncode } from 'nostr-tools/nip19';
import { packProblems } from './checks.mjs';
import { exerciseDraft, formatOf } from './exercise-events.mjs';
import { loadSigningKey } from './key.mjs';
import { copyPhotos, findBundledPhotos, mediaEntries } from './media.mjs';
import { previousSignatures, readPack, writePack } from './pack-file.mjs';
import { signEvents } from './sign.mjs';
import { TEMPLATES } from './template-catalog.mjs';
import { templateDraft } from './templates.mjs';

/** Bump to ship a new pack: the app re-ingests whenever this changes. Format YYYY-MM-DD.n. */
export const PACK_VERSION = '2026-11-22.1';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const datasetDir = resolve(repoRoot, process.env.FREE_EXERCISE_DB_DIR ?? '../shared/data/free-exercise-db');
const keyFile = join(repoRoot, 'scripts/starter-pack/.starter-key');
const publicDir = join(repoRoot, 'public');
const packFile = join(publicDir, 'starter-pack/pack.ndjson');

const createdAt = packTimestamp(PACK_VERSION);
const key = loadSigningKey(keyFile);
if (key.generated) {
  console.warn(
    `\n${'!'.repeat(72)}\n!! No signing key found: generated a new one in ${keyFile}\n` +
      `!! The pubkey changed, so every exercise and template address changed too.\n` +
      `!! Keep this file (it is gitignored) or set STARTER_PACK_NSEC to rebuild with the same key.\n${'!'.repeat(72)}\n`,
  );
}

const exercises = JSON.parse(readFileSync(join(datasetDir, 'exercises.json'), 'utf8'));
const photos = findBundledPhotos(datasetDir, exercises);
const formats = new Map(exercises.map((e) => [e.id, formatOf(e.category).format]));
const drafts = [
  ...exercises.map((exercise) => exerciseDraft(exercise, { createdAt, photos })),
  ...TEMPLATES.map((template) => templateDraft(template, { pubkey: key.pubkey, formats, createdAt })),
];
const events = signEvents(drafts, key.secretKey, previousSignatures(packFile, key.pubkey));

const header = { format: 1, version: PACK_VERSION, pubkey: key.pubkey, media: mediaEntries(photos) };
writePack(packFile, header, events);
copyPhotos(photos, publicDir);

const problems = packProblems(readPack(packFile), { exerciseCount: exercises.length, publicDir });
if (problems.length > 0) {
  console.error(`The written pack has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const mediaBytes = header.media.reduce((sum, m) => sum + m.size, 0);
const templateEvents = events.filter((e) => e.kind === 33402);
console.log(`Starter pack ${PACK_VERSION} written and checked.
  pubkey     ${key.pubkey}
             ${npubEncode(key.pubkey)} (key from ${key.source})
  exercises  ${events.length - templateEvents.length} (kind 33401)
  templates  ${templateEvents.length} (kind 33402, ${templateEvents.reduce((n, e) => n + e.tags.filter((t) => t[0] === 'exercise').length, 0)} prescribed sets)
  photos     ${header.media.length} (${mediaBytes} bytes in public/starter-pack/media)
  pack       ${statSync(packFile).size} bytes in public/starter-pack/pack.ndjson`);

/** Midnight UTC of the version's date plus its counter: stable per version, newer for each bump. */
function packTimestamp(version) {
  const match = /^(\d{4}-\d{2}-\d{2})\.([1-9]\d*)$/.exec(version);
  if (!match) throw new Error(`PACK_VERSION '${version}' is not YYYY-MM-DD.n`);
  return Date.parse(`${match[1]}T00:00:00Z`) / 1000 + Number(match[2]);
}
