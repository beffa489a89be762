// The people and data of the simulated week (`npm run bench`): a lifter who follows 30
// others and trains from the starter library. Signed here in Node and seeded into the
// local relay; the bench worker then loads them the way the app's screens do.
import { readFile, writeFile } from 'node:fs/promises';
import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure';

const FOLLOWS = 30;

export async function writeWeekFixture(packFile, seedFile, relayUrl) {
  const lines = (await readFile(packFile, 'utf8')).split('\n').filter(Boolean);
  const header = JSON.parse(lines[0]);
  const packEvents = lines.slice(1).map((line) => JSON.parse(line));
  const address = (e) => `${e.kind}:${e.pubkey}:${e.tags.find((t) => t[0] === 'd')[1]}`;

  const now = Math.floor(Date.now() / 1000);
  const person = () => {
    const secret = generateSecretKey();
    return { secret, pubkey: getPublicKey(secret) };
  };
  const sign = (who, kind, tags, content = '') => finalizeEvent({ kind, tags, content, created_at: now }, who.secret);
  const me = person();
  const follows = Array.from({ length: FOLLOWS }, person);
  const events = [
    sign(me, 0, [], JSON.stringify({ name: 'Sam', about: 'Lifts at dawn.' })),
    sign(
      me,
      3,
      follows.map((f) => ['p', f.pubkey]),
    ),
    sign(me, 10002, [['r', relayUrl]]),
    ...follows.map((f, i) => sign(f, 0, [], JSON.stringify({ name: `Lifter ${i + 1}` }))),
  ];
  await writeFile(seedFile, JSON.stringify(events));
  return {
    me: me.pubkey,
    follows: follows.map((f) => f.pubkey),
    libraryAuthor: header.pubkey,
    exercises: packEvents
      .filter((e) => e.kind === 33401)
      .slice(0, 40)
      .map(address),
    templates: packEvents.filter((e) => e.kind === 33402).map(address),
  };
}
