import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAddress } from '../../domain/address';
import { parseExercise, type ExerciseDefinition } from '../../domain/exercise';
import { KIND } from '../../domain/kinds';
import { exerciseEvent } from '../../testing/event-factories';
import { idleGateway } from '../../testing/idle-gateway';
import { newAuthor } from '../../testing/sign';
import { testContext } from '../../testing/test-context';
import type { WorkerApi } from '../api';
import type { WorkerContext } from '../context';
import { createWorkerApi } from '../create-api';
import { ingestAndNotify } from '../ingest-and-notify';

const PHOTO = readFileSync('public/starter-pack/media/Barbell_Curl/0.jpg');
const PHOTO_SHA = createHash('sha256').update(PHOTO).digest('hex');

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/curl.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      return res.end(PHOTO);
    }
    if (req.url === '/login.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      return res.end('<html><body>Please log in</body></html>');
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

let ctx: WorkerContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

async function signedIn(): Promise<{ api: WorkerApi; pubkey: string; ctx: WorkerContext }> {
  ctx = testContext({ keyCostLogN: 4, online: () => true, createGateway: async (urls) => idleGateway(urls) });
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls: ['wss://relay.example'] });
  const account = await api.createLocalKey({ passphrase: 'correct horse battery' });
  if (account.status !== 'ready') throw new Error('not signed in');
  return { api, pubkey: account.pubkey, ctx };
}

function landmine(change: Partial<ExerciseDefinition> = {}): ExerciseDefinition {
  return {
    d: '',
    title: 'Landmine press',
    format: ['weight', 'reps', 'rpe', 'set_type'],
    formatUnits: ['kg', 'count', '0-10', 'warmup|normal|drop|failure'],
    equipment: 'barbell',
    difficulty: 'intermediate',
    hashtags: ['shoulders', 'push'],
    instructions: 'Kneel.\nPress up and forward.',
    media: [],
    ...change,
  };
}

async function queued(context: WorkerContext, kind: number) {
  return (await context.db.outbox.toArray()).map((row) => row.event).filter((event) => event.kind === kind);
}

describe('saveExercise', () => {
  it('signs a new exercise under the person’s key, queues it for the relays and shows it in the library and under Mine', async () => {
    const { api, pubkey, ctx } = await signedIn();
    const { address } = await api.saveExercise({ exercise: landmine() });

    const parsed = parseAddress(address);
    expect(parsed).toMatchObject({ kind: KIND.exercise, pubkey });
    expect(parsed?.d).toMatch(/^landmine-press-[0-9a-f]{8}$/);
    const [event] = await queued(ctx, KIND.exercise);
    expect(event?.pubkey).toBe(pubkey);
    const read = event && parseExercise(event);
    expect(read?.ok && read.value).toEqual({ ...landmine(), d: parsed?.d });
    expect(await ctx.db.exercises.get(address)).toMatchObject({ title: 'Landmine press', muscles: ['shoulders'] });

    const mine = await api.listMyExercises({});
    expect(mine).toEqual({ total: 1, items: [expect.objectContaining({ address, title: 'Landmine press', equipment: 'barbell' })] });
    expect((await api.listMyExercises({ search: 'land', muscle: 'shoulders' })).total).toBe(1);
    expect((await api.listMyExercises({ search: 'squat' })).total).toBe(0);
    expect((await api.listExercises({ search: 'landmine' })).items.map((item) => item.address)).toEqual([address]);
    // Someone else's exercise is in the library, not under Mine.
    await ingestAndNotify(ctx, [exerciseEvent({ d: 'goblet-squat', title: 'Goblet squat', author: newAuthor() })], 'relay');
    expect((await api.listExercises({})).total).toBe(2);
    expect((await api.listMyExercises({})).total).toBe(1);
  });

  it('adds a photo by its link: the media service downloads it and its imeta carries the type and sha256 of the bytes', async () => {
    const { api, ctx } = await signedIn();
    const url = `${base}/curl.jpg`;
    expect(await api.checkExercisePhoto({ url })).toEqual({ url, mime: 'image/jpeg', sha256: PHOTO_SHA });

    // A photo given without its hash (as another client might send the draft) is hashed on save.
    const { address } = await api.saveExercise({ exercise: landmine({ media: [{ url, alt: 'Start position' }] }) });
    const [event] = await queued(ctx, KIND.exercise);
    expect(event?.tags.find((tag) => tag[0] === 'imeta')).toEqual([
      'imeta',
      `url ${url}`,
      'm image/jpeg',
      `x ${PHOTO_SHA}`,
      'alt Start position',
    ]);
    expect((await api.getExercise({ address }))?.media[0]?.blob?.size).toBe(PHOTO.length);
  });

  it('an edit is a new version of the same address, and a template that uses the exercise shows the new title', async () => {
    const { api, ctx } = await signedIn();
    const { address } = await api.saveExercise({ exercise: landmine() });
    const first = await ctx.db.exercises.get(address);
    const { address: template } = await api.saveTemplate({
      template: {
        d: 'shoulders',
        title: 'Shoulders',
        type: 'strength',
        description: '',
        hashtags: [],
        sets: [{ exerciseAddress: address, relayHint: '', params: ['20', '8', '', 'normal'], setNumber: 1 }],
      },
    });
    expect((await api.getTemplate({ address: template }))?.exercises[0]?.title).toBe('Landmine press');

    const draft = await api.getExerciseDraft({ address });
    if (!draft) throw new Error('no draft');
    const edited = await api.saveExercise({
      exercise: { ...draft, title: 'Half-kneeling landmine press', format: ['weight', 'reps'], formatUnits: ['kg', 'count'] },
    });

    expect(edited.address).toBe(address);
    const second = await ctx.db.exercises.get(address);
    expect(second?.title).toBe('Half-kneeling landmine press');
    expect(second?.eventId).not.toBe(first?.eventId);
    // Newer even within the same second: the newest version wins by created_at.
    expect(second?.createdAt).toBeGreaterThan(first?.createdAt ?? Infinity);
    expect(await ctx.db.exercises.count()).toBe(1);
    expect(await queued(ctx, KIND.exercise)).toHaveLength(2);
    const detail = await api.getTemplate({ address: template });
    expect(detail?.exercises[0]).toMatchObject({ title: 'Half-kneeling landmine press', format: ['weight', 'reps'] });
  });

  it('duplicates someone else’s exercise under the person’s own key, with its photos, format and units', async () => {
    const { api, pubkey, ctx } = await signedIn();
    const starter = exerciseEvent({
      d: 'Plank',
      title: 'Plank',
      format: ['duration', 'rpe', 'set_type'],
      formatUnits: ['seconds', '0-10', 'warmup|normal|drop|failure'],
      equipment: 'bodyweight',
      media: [
        { url: 'https://example.com/plank.jpg', mime: 'image/jpeg', sha256: PHOTO_SHA },
        // Published without its sha256 (as the starter library's photos are): the copy's is computed from the file.
        { url: `${base}/curl.jpg`, mime: 'image/jpeg', alt: 'Start position' },
      ],
      author: newAuthor(),
    });
    await ingestAndNotify(ctx, [starter], 'relay');
    const source = `${KIND.exercise}:${starter.pubkey}:Plank`;
    const draft = await api.getExerciseDraft({ address: source });
    if (!draft) throw new Error('no draft');

    const { address } = await api.saveExercise({ exercise: { ...draft, d: '', title: 'Plank (copy)' } });

    expect(parseAddress(address)?.pubkey).toBe(pubkey);
    expect(address).not.toBe(source);
    expect(await ctx.db.exercises.get(source)).toBeDefined();
    expect(await api.getExerciseDraft({ address })).toMatchObject({
      title: 'Plank (copy)',
      format: ['duration', 'rpe', 'set_type'],
      formatUnits: ['seconds', '0-10', 'warmup|normal|drop|failure'],
      equipment: 'bodyweight',
      media: [
        { url: 'https://example.com/plank.jpg', mime: 'image/jpeg', sha256: PHOTO_SHA },
        { url: `${base}/curl.jpg`, mime: 'image/jpeg', sha256: PHOTO_SHA, alt: 'Start position' },
      ],
    });
  });

  it('refuses with clear messages: an empty title, no format parameter, a bad photo link, a photo that is not one', async () => {
    const { api, ctx } = await signedIn();
    await expect(api.saveExercise({ exercise: landmine({ title: '  ' }) })).rejects.toEqual({
      type: 'invalid-exercise',
      message: 'Give the exercise a title.',
    });
    await expect(api.saveExercise({ exercise: landmine({ format: [], formatUnits: [] }) })).rejects.toEqual({
      type: 'invalid-exercise',
      message: 'Choose at least one thing to log per set (weight, reps, time, distance…).',
    });
    await expect(api.saveExercise({ exercise: landmine({ media: [{ url: 'javascript:alert(1)' }] }) })).rejects.toEqual({
      type: 'invalid-exercise',
      message: '“javascript:alert(1)” is not a web address: give a photo by its link, starting with https://.',
    });
    await expect(api.checkExercisePhoto({ url: 'photo.jpg' })).rejects.toEqual({
      type: 'invalid-exercise',
      message: '“photo.jpg” is not a web address: give a photo by its link, starting with https://.',
    });
    await expect(api.checkExercisePhoto({ url: `${base}/login.jpg` })).rejects.toMatchObject({
      type: 'photo-refused',
      message: expect.stringMatching(new RegExp(`^The photo at ${base}/login.jpg cannot be used: .+`)),
    });
    await expect(api.saveExercise({ exercise: landmine({ media: [{ url: `${base}/missing.jpg` }] }) })).rejects.toMatchObject({
      type: 'photo-refused',
      message: expect.stringMatching(
        new RegExp(`^The photo at ${base}/missing.jpg cannot be used: .+\\. Remove it to save the exercise without it\\.$`),
      ),
    });
    expect(await queued(ctx, KIND.exercise)).toHaveLength(0);
    expect(await ctx.db.exercises.count()).toBe(0);
  });

  it('refuses to sign when nobody is signed in', async () => {
    ctx = testContext({ keyCostLogN: 4, createGateway: async (urls) => idleGateway(urls) });
    const api = createWorkerApi(ctx);
    await api.startWorker({ relayUrls: ['wss://relay.example'] });
    await expect(api.saveExercise({ exercise: landmine() })).rejects.toMatchObject({ type: 'signed-out' });
    expect(await api.listMyExercises({})).toEqual({ total: 0, items: [] });
  });
});

describe('deleteExercise', () => {
  it('queues a NIP-09 deletion naming the exercise by id and address, with its kind; it leaves the library and Mine', async () => {
    const { api, pubkey, ctx } = await signedIn();
    const { address } = await api.saveExercise({ exercise: landmine() });
    const row = await ctx.db.exercises.get(address);

    await api.deleteExercise({ address });

    const [deletion] = await queued(ctx, KIND.deletion);
    expect(deletion?.pubkey).toBe(pubkey);
    expect(deletion?.content).toBe('exercise deleted');
    expect(deletion?.tags).toEqual([
      ['e', row?.eventId],
      ['a', address],
      ['k', String(KIND.exercise)],
    ]);
    expect(deletion?.created_at).toBeGreaterThanOrEqual(row?.createdAt ?? Infinity);
    expect(await ctx.db.exercises.get(address)).toBeUndefined();
    expect(await api.listMyExercises({})).toEqual({ total: 0, items: [] });
    expect((await api.listExercises({ search: 'landmine' })).total).toBe(0);
  });

  it('refuses someone else’s exercise and what is not an exercise address', async () => {
    const { api, ctx } = await signedIn();
    const other = exerciseEvent({ d: 'squat', author: newAuthor() });
    await ingestAndNotify(ctx, [other], 'relay');
    await expect(api.deleteExercise({ address: `${KIND.exercise}:${other.pubkey}:squat` })).rejects.toEqual({
      type: 'not-yours',
      message: 'Only your own exercises can be deleted; this one belongs to someone else. Duplicate it instead.',
    });
    await expect(api.deleteExercise({ address: 'squat' })).rejects.toMatchObject({ type: 'invalid-pointer' });
    expect(await queued(ctx, KIND.deletion)).toHaveLength(0);
  });
});
