import { decode } from 'nostr-tools/nip19';
import { describe, expect, it } from 'vitest';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { connectRelay } from '../../src/testing/relay-client';
import { exerciseEvent, profileEvent, recordSet, templateEvent, templateSet, workoutRecordEvent } from '../../src/testing/event-factories';
import { exerciseTags, newAuthor, type TestAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until } from '../../src/testing/wait';
import { createWorkerApi } from '../../src/worker/create-api';
import { cleanupAfterEach, relayForThisFile } from './support/suite';

const relay = relayForThisFile();
const cleanups = cleanupAfterEach();

/** A worker signed in with a new local key (cheap scrypt for tests), talking to the local relay. */
async function signedInWorker() {
  const ctx = testContext({ keyCostLogN: 4 });
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls: [relay.url] });
  cleanups.push(() => ctx.close());
  const account = await api.createLocalKey({ passphrase: 'correct horse battery' });
  if (account.status !== 'ready') throw new Error('not signed in');
  return { ctx, api, me: account.pubkey };
}

async function putOnRelay(...events: NostrEvent[]) {
  const client = await connectRelay(relay.url);
  for (const event of events) expect((await client.publish(event)).accepted).toBe(true);
  await client.disconnect();
}

function record(author: TestAuthor, d: string, start: number, exercise: string) {
  return workoutRecordEvent({
    author,
    created_at: start + 3600,
    d,
    title: `Workout ${d}`,
    start,
    sets: [1, 2].map((setNumber) => recordSet(exercise, { setNumber })),
  });
}

describe('templates', () => {
  it('a template made here is signed, listed as mine, shown with its exercises and shareable as an naddr', async () => {
    const { api, me } = await signedInWorker();
    const coach = newAuthor();
    const squat = exerciseEvent({ author: coach, d: 'squat', title: 'Back Squat' });
    await api.ingestEvents({ events: [squat], source: 'relay' });
    const squatAddress = `33401:${coach.pubkey}:squat`;

    const saved = await api.saveTemplate({
      template: {
        d: '',
        title: 'Leg day',
        type: 'strength',
        description: 'Squat heavy.',
        hashtags: ['legs'],
        restBetweenSets: 150,
        sets: [1, 2, 3].map((n) => ({ exerciseAddress: squatAddress, relayHint: '', params: ['100', '5', '8', 'normal'], setNumber: n })),
      },
    });
    expect(saved.address).toMatch(new RegExp(`^33402:${me}:leg-day-[0-9a-f]{8}$`));
    const pointer = decode(saved.naddr);
    expect(pointer.type === 'naddr' && `${pointer.data.kind}:${pointer.data.pubkey}:${pointer.data.identifier}`).toBe(saved.address);

    const [mine] = await api.listTemplates({ scope: 'mine' });
    expect(mine).toMatchObject({ address: saved.address, title: 'Leg day', origin: 'mine', complete: true, exerciseCount: 1, setCount: 3 });
    const detail = await api.getTemplate({ address: saved.address });
    expect(detail?.exercises).toEqual([
      {
        address: squatAddress,
        title: 'Back Squat',
        format: ['weight', 'reps', 'rpe', 'set_type'],
        units: ['kg', 'count', '0-10', 'warmup|normal|drop|failure'],
        sets: [1, 2, 3].map((setNumber) => ({ setNumber, params: ['100', '5', '8', 'normal'] })),
      },
    ]);
    expect(detail?.restBetweenSets).toBe(150);
    expect((await api.listOutbox()).map((item) => item.kind)).toEqual([33402]);
  });

  it('a shared link opens in another install: the template and the exercises it needs come from the relay', async () => {
    const coach = newAuthor();
    const exercises = ['press', 'row'].map((d) => exerciseEvent({ author: coach, d, title: d.toUpperCase() }));
    const template = templateEvent({
      author: coach,
      d: 'upper',
      title: 'Upper',
      sets: [
        templateSet(`33401:${coach.pubkey}:press`, { params: ['60', '8', '', 'normal'], setNumber: 1 }),
        templateSet(`33401:${coach.pubkey}:row`, { params: ['70', '8', '', 'normal'], setNumber: 2 }),
      ],
    });
    await putOnRelay(...exercises, template);
    const { api } = await signedInWorker();
    const link = `https://plates.example/#/template/nostr:${(await import('nostr-tools/nip19')).naddrEncode({ kind: 33402, pubkey: coach.pubkey, identifier: 'upper', relays: [relay.url] })}`;
    const opened = await api.openTemplateLink({ link });
    expect(opened).toMatchObject({ title: 'Upper', complete: true, missing: [] });
    expect(opened.exercises.map((e) => e.title)).toEqual(['PRESS', 'ROW']);
    await expect(api.openTemplateLink({ link: 'not a link' })).rejects.toMatchObject({ type: 'invalid-pointer' });
  });

  it('only your own templates can be deleted', async () => {
    const { api } = await signedInWorker();
    const other = newAuthor();
    await expect(api.deleteTemplate({ address: `33402:${other.pubkey}:x` })).rejects.toMatchObject({ type: 'not-yours' });
  });
});

describe('the feed', () => {
  it("shows followed, unmuted authors' records newest first, named, and names exercises once they arrive", async () => {
    const { api, ctx, me } = await signedInWorker();
    const [friend, muted, stranger] = [newAuthor(), newAuthor(), newAuthor()];
    const deadlift = `33401:${friend.pubkey}:deadlift`;
    await api.publishDraft({
      draft: {
        kind: 3,
        tags: [
          ['p', friend.pubkey],
          ['p', muted.pubkey],
        ],
        content: '',
      },
    });
    await api.publishDraft({ draft: { kind: 10000, tags: [['p', muted.pubkey]], content: '' } });
    await api.ingestEvents({
      events: [
        profileEvent({ author: friend, name: 'Friend' }),
        record(friend, 'older', 1_790_000_000, deadlift),
        record(friend, 'newer', 1_790_100_000, deadlift),
        record(muted, 'muted', 1_790_200_000, deadlift),
        record(stranger, 'stranger', 1_790_300_000, deadlift),
      ],
      source: 'relay',
    });
    // The friend's exercise exists only on the relay.
    await putOnRelay(exerciseEvent({ author: friend, d: 'deadlift', title: 'Deadlift' }));

    const page = await api.listFeed();
    expect(page.hasFollows).toBe(true);
    expect(page.items.map((item) => [item.title, item.author.name])).toEqual([
      ['Workout newer', 'Friend'],
      ['Workout older', 'Friend'],
    ]);
    expect(page.items[0]?.exercises).toEqual([expect.objectContaining({ address: deadlift, title: undefined })]);
    expect(page.items[0]).toMatchObject({ volumeKg: 1000, setCount: 2, durationSeconds: 3600 });

    await until(async () => (await api.listFeed()).items[0]?.exercises[0]?.title === 'Deadlift');
    expect(me).toBeTruthy();
    expect(await ctx.db.records.count()).toBe(4);
  });

  it('refreshFeed brings followed authors’ records from the relay; signed out or following nobody, the feed says so', async () => {
    const { api } = await signedInWorker();
    expect(await api.listFeed()).toEqual({ hasFollows: false, items: [] });
    expect(await api.refreshFeed()).toEqual({ outcome: 'no-follows' });
    const friend = newAuthor();
    await putOnRelay(record(friend, 'from-relay', 1_790_000_000, `33401:${friend.pubkey}:squat`));
    await api.publishDraft({ draft: { kind: 3, tags: [['p', friend.pubkey]], content: '' } });
    expect((await api.refreshFeed()).outcome).toBe('refreshed');
    expect((await api.listFeed()).items.map((item) => item.title)).toEqual(['Workout from-relay']);
  });
});

describe('export and import', () => {
  it('exports only the person’s own events, imports them into another install, and names a broken line', async () => {
    const { api, me } = await signedInWorker();
    await api.publishDraft({ draft: { kind: 33401, tags: exerciseTags('mine', 'Mine'), content: '' } });
    await api.ingestEvents({ events: [exerciseEvent({ d: 'theirs' })], source: 'relay' });
    const exported = await api.exportOwnEvents();
    expect(exported.count).toBe(1);
    expect(exported.filename).toMatch(new RegExp(`^plates-${me.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json$`));

    const other = await signedInWorker();
    expect((await other.api.importEventsFile({ file: new Blob([exported.json]) })).stored).toBe(1);
    expect((await other.api.listExercises({ search: 'mine' })).total).toBe(1);
    await expect(other.api.importEventsFile({ file: new Blob(['{"id":1}\nnot json']) })).rejects.toMatchObject({
      type: 'invalid-file',
      message: 'Line 2 is not a JSON event.',
    });
  });
});
