import { formatAddress, parseAddress } from '../../domain/address';
import { buildDeletion } from '../../domain/deletion';
import { buildExercise, parseExercise, type ExerciseDefinition } from '../../domain/exercise';
import { badPhotoAddress, exerciseProblems, isWebAddress } from '../../domain/exercise-draft';
import type { MediaRef } from '../../domain/imeta';
import { KIND } from '../../domain/kinds';
import { searchWords } from '../../domain/search-words';
import { PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import { ownPubkey } from '../queries/own-pubkey';
import { passes } from '../queries/exercise-search';
import { queueForPublishing } from '../repository/outbox-queue';
import { exerciseSummary, type ExercisePage, type ExerciseQuery } from './library';
import { newIdentifier } from './new-identifier';

export interface ExerciseHandlers {
  /** The person's own exercises matching the library's filters, A–Z (the library's "Mine"). */
  listMyExercises(query: ExerciseQuery): Promise<ExercisePage>;
  /** A stored exercise as it was published (to edit it, or copy it under one's own key). */
  getExerciseDraft(args: { address: string }): Promise<ExerciseDefinition | undefined>;
  /**
   * Fetches a photo by its link through the media service, which checks and stores it, and
   * answers its imeta fields: type and sha256 from the bytes, size when the image decodes.
   */
  checkExercisePhoto(args: { url: string }): Promise<MediaRef>;
  /**
   * Signs and publishes one of the person's exercises: `d` '' for a new one (or a copy), the
   * same `d` for a new version of the same address (templates that use it follow). Photos
   * without a sha256 are fetched and hashed first.
   */
  saveExercise(args: { exercise: ExerciseDefinition }): Promise<{ address: string }>;
  /** Publishes a NIP-09 deletion of one of the person's own exercises. */
  deleteExercise(args: { address: string }): Promise<void>;
}

export function exerciseHandlers(ctx: WorkerContext): ExerciseHandlers {
  const { db } = ctx;

  async function checkPhoto(url: string): Promise<MediaRef> {
    const trimmed = url.trim();
    if (!isWebAddress(trimmed)) throw new WorkerFailure('invalid-exercise', badPhotoAddress(trimmed));
    const outcome = await ctx.media.ensure({ url: trimmed }, { priority: PRIORITY.own, force: true });
    if (outcome.status === 'offline') {
      throw new WorkerFailure(
        'offline',
        'You are offline: a photo is added online, when Plates can fetch it and compute the sha256 that travels with its link.',
      );
    }
    if (outcome.status === 'failed') throw new WorkerFailure('photo-refused', `The photo at ${trimmed} cannot be used: ${outcome.reason}.`);
    const { row } = outcome;
    const ref: MediaRef = { url: trimmed, mime: row.mime, sha256: row.sha256 };
    const dim = await dimensionsOf(row.blob);
    if (dim) ref.dim = dim;
    return ref;
  }

  /** A photo as it is published: one without a sha256 (new, or copied from an exercise that gave none) is hashed from the stored or downloaded file. */
  async function withHash(ref: MediaRef): Promise<MediaRef> {
    if (ref.sha256) return ref;
    try {
      return { ...ref, ...(await checkPhoto(ref.url)) };
    } catch (error) {
      if (error instanceof WorkerFailure && error.type !== 'invalid-exercise') {
        throw new WorkerFailure(error.type, `${error.message} Remove it to save the exercise without it.`);
      }
      throw error;
    }
  }

  return {
    async listMyExercises({ search = '', equipment, muscle, offset = 0, limit = 50 }) {
      const me = await ownPubkey(ctx);
      if (!me) return { total: 0, items: [] };
      const filter = { queryWords: searchWords(search), equipment, muscle };
      const collator = new Intl.Collator();
      const rows = (await db.exercises.where('pubkey').equals(me).toArray())
        .filter((row) => passes(row, filter))
        .sort((a, b) => collator.compare(a.titleLower, b.titleLower));
      return { total: rows.length, items: rows.slice(offset, offset + limit).map(exerciseSummary) };
    },

    async getExerciseDraft({ address }) {
      const row = await ctx.exercises.get(address);
      if (!row) return undefined;
      const event = await db.events.get(row.eventId);
      const parsed = event ? parseExercise(event) : undefined;
      if (parsed?.ok) return parsed.value;
      const { d, title, format, formatUnits, equipment, difficulty, hashtags, instructions, media } = row;
      return { d, title, format, formatUnits, equipment, ...(difficulty ? { difficulty } : {}), hashtags, instructions, media };
    },

    checkExercisePhoto: ({ url }) => checkPhoto(url),

    async saveExercise({ exercise }) {
      const problems = Object.values(exerciseProblems(exercise));
      if (problems.length > 0) throw new WorkerFailure('invalid-exercise', problems.join(' '));
      const me = await ownPubkey(ctx);
      if (!me) throw new WorkerFailure('signed-out', 'Sign in first: your exercises are signed with your key.');
      const media: MediaRef[] = [];
      for (const ref of exercise.media) media.push(await withHash(ref));
      const d = exercise.d || newIdentifier(exercise.title, 'exercise');
      const previous = exercise.d ? await ctx.exercises.get(formatAddress({ kind: KIND.exercise, pubkey: me, d })) : undefined;
      // A new version must be newer than the stored one, even within the same second (newest wins by created_at).
      const createdAt = Math.max(Math.floor(Date.now() / 1000), (previous?.createdAt ?? 0) + 1);
      let unsigned;
      try {
        unsigned = buildExercise({ ...exercise, d, media }, createdAt);
      } catch (error) {
        throw new WorkerFailure('invalid-exercise', error instanceof Error ? error.message : String(error));
      }
      const event = await ctx.account.sign(unsigned);
      await queueForPublishing(ctx, event);
      return { address: formatAddress({ kind: KIND.exercise, pubkey: event.pubkey, d }) };
    },

    async deleteExercise({ address }) {
      const parsed = parseAddress(address);
      if (!parsed || parsed.kind !== KIND.exercise) throw new WorkerFailure('invalid-pointer', `'${address}' is not an exercise address`);
      const me = await ownPubkey(ctx);
      if (parsed.pubkey !== me)
        throw new WorkerFailure(
          'not-yours',
          'Only your own exercises can be deleted; this one belongs to someone else. Duplicate it instead.',
        );
      const row = await ctx.exercises.get(address);
      // An address deletion removes the versions up to its created_at: never older than the version it deletes.
      const createdAt = Math.max(Math.floor(Date.now() / 1000), row?.createdAt ?? 0);
      const deletion = buildDeletion(
        { eventIds: row ? [row.eventId] : [], addresses: [address], kinds: [KIND.exercise], reason: 'exercise deleted' },
        createdAt,
      );
      await queueForPublishing(ctx, await ctx.account.sign(deletion));
    },
  };
}

/** "640x480" when the image decodes here (a worker; not Node), else undefined. */
async function dimensionsOf(blob: Blob): Promise<string | undefined> {
  if (typeof createImageBitmap !== 'function') return undefined;
  try {
    const bitmap = await createImageBitmap(blob);
    const dim = `${bitmap.width}x${bitmap.height}`;
    bitmap.close();
    return dim;
  } catch {
    return undefined;
  }
}
