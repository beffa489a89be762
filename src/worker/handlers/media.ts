import type { MediaRef } from '../../domain/imeta';
import { mediaKey, PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import type { MediaOutcome, MediaUse } from '../media/media-service';
import { BUDGET_CHOICES, type StorageBudgetState } from '../storage/storage-budget';

/**
 * thumbnail: a small picture, fetched when missing (an author's avatar); stored-thumbnail: a
 * library row, from the device only, so that showing the library never downloads (a photo is
 * fetched when its exercise is opened or its template kept offline); view: a detail screen;
 * video: the person pressed play.
 */
export type MediaPurpose = 'thumbnail' | 'stored-thumbnail' | 'view' | 'video';

export type MediaAnswer =
  | { status: 'stored'; blob: Blob; mime: string }
  | { status: 'failed'; reason: string }
  /** Not on this device, and not fetched now (no network, or a stored-thumbnail). */
  | { status: 'offline' };

export interface MediaHandlers {
  /** A photo (or a video, asked for) from the device; when not stored and online, fetched, checked and stored first. */
  loadMedia(args: { media: MediaRef; purpose: MediaPurpose }): Promise<MediaAnswer>;
  /** A stored file that would not show is thrown away and, online, fetched again. */
  reportBrokenMedia(args: { media: MediaRef; purpose: MediaPurpose }): Promise<MediaAnswer>;
  getStorageBudget(args?: Record<string, never>): Promise<StorageBudgetState & { choices: number[] }>;
  setStorageBudget(args: { bytes: number }): Promise<StorageBudgetState & { choices: number[] }>;
}

const USES: Record<MediaPurpose, MediaUse> = {
  thumbnail: { priority: PRIORITY.passing },
  'stored-thumbnail': { priority: PRIORITY.passing, storedOnly: true },
  view: { priority: PRIORITY.viewed },
  video: { priority: PRIORITY.viewed, allowVideo: true },
};

export function mediaHandlers(ctx: WorkerContext): MediaHandlers {
  function answer(outcome: MediaOutcome, purpose: MediaPurpose): MediaAnswer {
    if (outcome.status !== 'stored') return outcome.status === 'failed' ? { status: 'failed', reason: outcome.reason } : outcome;
    const { row } = outcome;
    ctx.access.touch(mediaKey(row.url), USES[purpose].priority);
    const small = purpose === 'thumbnail' || purpose === 'stored-thumbnail';
    const blob = small && row.thumbnail ? row.thumbnail : row.blob;
    return { status: 'stored', blob, mime: blob.type || row.mime };
  }

  return {
    loadMedia: async ({ media, purpose }) => answer(await ctx.media.ensure(media, USES[purpose]), purpose),
    reportBrokenMedia: async ({ media, purpose }) => answer(await ctx.media.reportBroken(media, USES[purpose]), purpose),
    getStorageBudget: async () => ({ ...(await ctx.storage.state()), choices: BUDGET_CHOICES }),
    setStorageBudget: async ({ bytes }) => ({ ...(await ctx.storage.setBudget(bytes)), choices: BUDGET_CHOICES }),
  };
}
