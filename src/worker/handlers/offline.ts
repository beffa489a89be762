import { KIND } from '../../domain/kinds';
import { eventKey, mediaKey, PRIORITY } from '../cache/cache-keys';
import { pinnedKeys, setPinned } from '../cache/pins';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';

export interface TemplateOfflineState {
  /** The person asked to keep this template, its exercises and their photos on the device. */
  pinned: boolean;
  photos: number;
  storedPhotos: number;
  /** Photos that could not be stored, with why (after "make available offline"). */
  failed: Array<{ url: string; reason: string }>;
}

export interface OfflineHandlers {
  getTemplateOffline(args: { address: string }): Promise<TemplateOfflineState>;
  /** Downloads the photos of the template's exercises and pins them, the template and its exercises against eviction. */
  makeTemplateOffline(args: { address: string }): Promise<TemplateOfflineState>;
  /** Unpins them again (photos another pinned template uses stay pinned). */
  releaseTemplateOffline(args: { address: string }): Promise<TemplateOfflineState>;
}

/** "Make this template available offline": what a person does before a trip to a gym without signal. */
export function offlineHandlers(ctx: WorkerContext): OfflineHandlers {
  const { db } = ctx;

  /** The template's exercise addresses and their photos (videos only play on demand). */
  async function parts(address: string) {
    const template = await db.templates.get(address);
    if (!template) throw new WorkerFailure('not-found', 'That template is not on this device.');
    const exercises = (await ctx.exercises.getMany(template.exerciseAddresses)).flatMap((row) => (row ? [row] : []));
    const photos = exercises.flatMap((exercise) => exercise.media.filter((ref) => !ref.mime?.startsWith('video/')));
    return { exerciseAddresses: template.exerciseAddresses, photos: [...new Map(photos.map((ref) => [ref.url, ref])).values()] };
  }

  async function state(address: string, failed: TemplateOfflineState['failed'] = []): Promise<TemplateOfflineState> {
    const { photos } = await parts(address);
    const [pinned, stored] = await Promise.all([pinnedKeys(db, [eventKey(address)]), ctx.media.stored(photos.map((ref) => ref.url))]);
    return { pinned: pinned.size > 0, photos: photos.length, storedPhotos: stored.size, failed };
  }

  return {
    getTemplateOffline: ({ address }) => state(address),

    async makeTemplateOffline({ address }) {
      const { exerciseAddresses, photos } = await parts(address);
      const failed: TemplateOfflineState['failed'] = [];
      const outcomes = await Promise.all(photos.map((ref) => ctx.media.ensure(ref, { priority: PRIORITY.own, pinned: true, force: true })));
      outcomes.forEach((outcome, i) => {
        const url = photos[i]?.url ?? '';
        if (outcome.status === 'failed') failed.push({ url, reason: outcome.reason });
        if (outcome.status === 'offline')
          failed.push({ url, reason: 'offline: it will be fetched next time you make this template available online' });
      });
      await setPinned(db, [eventKey(address), ...exerciseAddresses.map(eventKey), ...photos.map((ref) => mediaKey(ref.url))], true);
      return state(address, failed);
    },

    async releaseTemplateOffline({ address }) {
      const { exerciseAddresses, photos } = await parts(address);
      // What other pinned templates use stays pinned.
      const otherPinned = (
        await db.cacheMeta
          .where('key')
          .startsWith(eventKey(`${KIND.workoutTemplate}:`))
          .filter((row) => row.pinned === 1)
          .primaryKeys()
      )
        .map((key) => key.slice(eventKey('').length))
        .filter((other) => other !== address);
      const stillUsed = new Set<string>();
      for (const other of otherPinned) {
        const used = await parts(other).catch(() => undefined);
        for (const exercise of used?.exerciseAddresses ?? []) stillUsed.add(eventKey(exercise));
        for (const ref of used?.photos ?? []) stillUsed.add(mediaKey(ref.url));
      }
      const keys = [eventKey(address), ...exerciseAddresses.map(eventKey), ...photos.map((ref) => mediaKey(ref.url))].filter(
        (key) => !stillUsed.has(key),
      );
      await setPinned(db, keys, false);
      return state(address);
    },
  };
}
