// What the local relay (@nostr-relay/core 0.0.40 + SQLite, scripts/relay.mjs) really does,
// checked over a real WebSocket with really signed events. Where it departs from NIP-01 or
// NIP-09 the test asserts the actual behaviour and says so; scripts/README.md sums it up.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { startLocalRelay, type LocalRelay } from '../../src/testing/local-relay';
import { connectRelay, type RelayClient } from '../../src/testing/relay-client';
import { exerciseEvent } from '../../src/testing/event-factories';
import { exerciseTags, newAuthor, signEvent, type TestAuthor } from '../../src/testing/sign';

const NOW = Math.floor(Date.now() / 1000);

let relay: LocalRelay;
const clients: RelayClient[] = [];

beforeAll(async () => {
  relay = await startLocalRelay();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.disconnect()));
});

afterAll(async () => {
  await relay?.stop();
});

async function connect(url = relay.url): Promise<RelayClient> {
  const client = await connectRelay(url);
  clients.push(client);
  return client;
}

async function publishAll(client: RelayClient, events: NostrEvent[]): Promise<void> {
  for (const event of events) expect((await client.publish(event)).accepted).toBe(true);
}

const ids = (events: NostrEvent[]) => events.map((event) => event.id);

/** Two events of one author, kind and created_at; returned as [lower id, higher id]. */
function tiedPair(author: TestAuthor, kind: number, tags: string[][] = []): [NostrEvent, NostrEvent] {
  const a = signEvent(author, { kind, tags, content: 'a', created_at: NOW });
  const b = signEvent(author, { kind, tags, content: 'b', created_at: NOW });
  return a.id < b.id ? [a, b] : [b, a];
}

describe('NIP-01 basics', () => {
  it('answers EVENT with OK true', async () => {
    const client = await connect();
    const event = signEvent(newAuthor(), { kind: 1, content: 'hello' });
    expect(await client.publish(event)).toEqual({ accepted: true, message: '' });
  });

  it('returns a stored event to REQ by ids, authors, kinds and #d, each followed by EOSE', async () => {
    const client = await connect();
    const author = newAuthor();
    const d = `squat-${author.pubkey.slice(0, 8)}`;
    const event = exerciseEvent({ author, d });
    await publishAll(client, [event]);

    // query() resolves only at EOSE, with what arrived before it.
    expect(ids(await client.query({ ids: [event.id] }))).toEqual([event.id]);
    expect(ids(await client.query({ authors: [author.pubkey] }))).toEqual([event.id]);
    expect(ids(await client.query({ kinds: [33401] }))).toContain(event.id);
    expect(ids(await client.query({ '#d': [d] }))).toEqual([event.id]);
    expect(ids(await client.query({ kinds: [33401], authors: [author.pubkey], '#d': [d] }))).toEqual([event.id]);
  });

  it('delivers a new matching event to a live subscription after EOSE', async () => {
    const reader = await connect();
    const writer = await connect();
    const author = newAuthor();
    const subscription = reader.subscribe({ kinds: [1], authors: [author.pubkey] });
    await subscription.eose;
    expect(subscription.events).toEqual([]);

    const event = signEvent(author, { kind: 1, content: 'live' });
    await publishAll(writer, [event]);
    expect((await subscription.next((e) => e.id === event.id)).content).toBe('live');
  });

  it('stops delivering to a subscription after CLOSE', async () => {
    const reader = await connect();
    const writer = await connect();
    const author = newAuthor();
    const filter = { kinds: [1], authors: [author.pubkey] };
    const closed = reader.subscribe(filter);
    // Same socket, same filter, still open: once it has the event, the closed one would have too.
    const control = reader.subscribe(filter);
    await Promise.all([closed.eose, control.eose]);
    closed.close();

    const event = signEvent(author, { kind: 1, content: 'after close' });
    await publishAll(writer, [event]);
    await control.next((e) => e.id === event.id);
    expect(closed.events).toEqual([]);
  });

  it('refuses a bad signature or a wrong id with OK false and a reason', async () => {
    const client = await connect();
    const event = signEvent(newAuthor(), { kind: 1, content: 'signed' });
    const badSig = { ...event, sig: (event.sig[0] === '0' ? '1' : '0') + event.sig.slice(1) };
    expect(await client.publish(badSig)).toEqual({ accepted: false, message: 'invalid: signature is wrong' });
    const badId = { ...event, content: 'changed after signing' };
    expect(await client.publish(badId)).toEqual({ accepted: false, message: 'invalid: id is wrong' });
    expect(await client.query({ ids: [event.id] })).toEqual([]);
  });
});

describe('replaceable and addressable events', () => {
  it.each([0, 10002])('keeps only the newest kind %i per pubkey, even when an older one arrives later', async (kind) => {
    const client = await connect();
    const author = newAuthor();
    const older = signEvent(author, { kind, content: 'older', created_at: NOW - 20 });
    const newer = signEvent(author, { kind, content: 'newer', created_at: NOW - 10 });
    const oldest = signEvent(author, { kind, content: 'oldest', created_at: NOW - 30 });

    await publishAll(client, [older, newer]);
    expect(ids(await client.query({ kinds: [kind], authors: [author.pubkey] }))).toEqual([newer.id]);

    // A stale version is acknowledged with OK true but a "duplicate:" message, and not stored.
    expect(await client.publish(oldest)).toEqual({ accepted: true, message: 'duplicate: the event already exists' });
    expect(ids(await client.query({ kinds: [kind], authors: [author.pubkey] }))).toEqual([newer.id]);
    expect(await client.query({ ids: [older.id, oldest.id] })).toEqual([]);
  });

  it('keeps only the newest kind 33401 per pubkey+kind+d, and different d values coexist', async () => {
    const client = await connect();
    const author = newAuthor();
    const squatV1 = exerciseEvent({ author, d: 'squat', title: 'Squat v1', created_at: NOW - 20 });
    const squatV2 = exerciseEvent({ author, d: 'squat', title: 'Squat v2', created_at: NOW - 10 });
    const squatV0 = exerciseEvent({ author, d: 'squat', title: 'Squat v0', created_at: NOW - 30 });
    const bench = exerciseEvent({ author, d: 'bench', created_at: NOW - 30 });

    await publishAll(client, [squatV1, bench, squatV2, squatV0]);
    const stored = await client.query({ kinds: [33401], authors: [author.pubkey] });
    expect(ids(stored).sort()).toEqual([squatV2.id, bench.id].sort());
    expect(ids(await client.query({ kinds: [33401], authors: [author.pubkey], '#d': ['squat'] }))).toEqual([squatV2.id]);
  });

  // NIP-01: on equal created_at the event with the lowest id is kept. The relay matches NIP-01:
  // its upsert replaces the stored row only if the newcomer is newer, or equally old with a lower id.
  it.each([
    ['replaceable kind 0', 0, []],
    ['addressable kind 33401', 33401, exerciseTags('tie')],
  ])('on a created_at tie keeps the lowest id (%s), whichever arrives first', async (_label, kind, tags) => {
    const client = await connect();
    const lowFirst = newAuthor();
    const [lowA, highA] = tiedPair(lowFirst, kind, tags);
    await publishAll(client, [lowA, highA]);
    expect(ids(await client.query({ kinds: [kind], authors: [lowFirst.pubkey] }))).toEqual([lowA.id]);

    const highFirst = newAuthor();
    const [lowB, highB] = tiedPair(highFirst, kind, tags);
    await publishAll(client, [highB, lowB]);
    expect(ids(await client.query({ kinds: [kind], authors: [highFirst.pubkey] }))).toEqual([lowB.id]);
  });
});

describe('NIP-09 deletion requests', () => {
  it('a kind 5 with an e tag from the same author removes the event', async () => {
    const client = await connect();
    const author = newAuthor();
    const note = signEvent(author, { kind: 1, content: 'delete me' });
    const deletion = signEvent(author, {
      kind: 5,
      tags: [
        ['e', note.id],
        ['k', '1'],
      ],
    });
    await publishAll(client, [note, deletion]);
    expect(await client.query({ ids: [note.id] })).toEqual([]);

    // Deviation from NIP-09 (relays SHOULD keep serving the deletion request): the kind 5 is not stored.
    expect(await client.query({ ids: [deletion.id] })).toEqual([]);
    expect(await client.query({ kinds: [5], authors: [author.pubkey] })).toEqual([]);
    // No tombstone either: the deleted event, sent again, is accepted and served again.
    expect(await client.publish(note)).toEqual({ accepted: true, message: '' });
    expect(ids(await client.query({ ids: [note.id] }))).toEqual([note.id]);
  });

  it('a kind 5 from another author does not remove the event (and is still acknowledged OK true)', async () => {
    const client = await connect();
    const note = signEvent(newAuthor(), { kind: 1, content: 'not yours' });
    const deletion = signEvent(newAuthor(), { kind: 5, tags: [['e', note.id]] });
    await publishAll(client, [note, deletion]);
    expect(ids(await client.query({ ids: [note.id] }))).toEqual([note.id]);
  });

  it('a kind 5 with an a tag removes every version of the addressable event, even ones newer than the request', async () => {
    const client = await connect();
    const author = newAuthor();
    const address = `33401:${author.pubkey}:deadlift`;
    const exercise = exerciseEvent({ author, d: 'deadlift', created_at: NOW - 10 });
    const other = exerciseEvent({ author, d: 'row', created_at: NOW - 10 });
    await publishAll(client, [exercise, other]);
    await publishAll(client, [signEvent(author, { kind: 5, tags: [['a', address]], created_at: NOW })]);
    const remaining = await client.query({ kinds: [33401], authors: [author.pubkey] });
    expect(ids(remaining)).toEqual([other.id]);

    // No tombstone: a version older than the request is accepted and served again.
    // NIP-09 says versions up to the request's created_at stay deleted; this relay does not remember.
    expect((await client.publish(exercise)).accepted).toBe(true);
    expect(ids(await client.query({ '#d': ['deadlift'], authors: [author.pubkey] }))).toEqual([exercise.id]);

    // Deviation from NIP-09 ("all versions up to the created_at of the deletion request"):
    // the relay deletes by address whatever the stored version's created_at, so a newer one goes too.
    const newer = exerciseEvent({ author, d: 'deadlift', created_at: NOW + 60 });
    await publishAll(client, [newer]);
    await publishAll(client, [signEvent(author, { kind: 5, tags: [['a', address]], created_at: NOW + 1 })]);
    expect(await client.query({ '#d': ['deadlift'], authors: [author.pubkey] })).toEqual([]);
  });
});

describe('relay info over HTTP (NIP-11)', () => {
  it('answers application/nostr+json with the relay document and CORS headers', async () => {
    const response = await fetch(relay.url.replace(/^ws/, 'http'), { headers: { accept: 'application/nostr+json' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toBe('application/nostr+json');
    expect(await response.json()).toMatchObject({ name: 'Plates local relay', supported_nips: [1, 9, 11] });
  });
});

describe('seed files', () => {
  const author = newAuthor();
  const fromJson = [exerciseEvent({ author, d: 'seed-squat' }), signEvent(author, { kind: 1, content: 'seeded' })];
  const fromPack = exerciseEvent({ author, d: 'seed-bench' });
  let dir: string;
  let seeded: LocalRelay;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plates-seed-'));
    const jsonFile = join(dir, 'seed.json');
    writeFileSync(jsonFile, JSON.stringify({ format: 1, events: fromJson }));
    // The app's starter pack layout: a header line, one event per line; a damaged line is skipped.
    const packFile = join(dir, 'pack.ndjson');
    writeFileSync(
      packFile,
      [JSON.stringify({ format: 1, version: 't', pubkey: author.pubkey }), JSON.stringify(fromPack), '{"damaged'].join('\n'),
    );
    seeded = await startLocalRelay({ seed: [jsonFile, packFile, join(dir, 'missing.json')] });
  });

  afterAll(async () => {
    await seeded?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the events of JSON and NDJSON seed files before accepting connections, skipping a missing file', async () => {
    const client = await connect(seeded.url);
    const stored = await client.query({ authors: [author.pubkey] });
    expect(ids(stored).sort()).toEqual(ids([...fromJson, fromPack]).sort());
  });
});
