import Dexie from 'dexie';
import { KIND } from '../../domain/kinds';
import type { NostrEvent } from '../../domain/nostr-event';
import type { WorkerContext } from '../context';
import type { ImportDraftRow, ImportJobRow } from '../db/rows';
import { WorkerFailure } from '../errors';
import type { TrainingImportProgress } from '../handlers/training-import-types';
import { recordDsBetween } from '../queries/record-ds';
import { outboxBytes, outboxRowsForEvents, showQueuedEvents } from '../repository/outbox-queue';
import { signingRefusal } from '../signer/account';
import { writeWithRoom } from '../storage/quota';

/** Records signed and queued per transaction: one progress step, and one ingest and re-read of History. */
export const IMPORT_CHUNK = 25;

/**
 * The background half of a Strong or Hevy import: its stored job (importJobs, with its
 * records waiting in importDrafts) signed and queued a chunk at a time, from wherever it
 * stopped, so thousands of workouts never hold up a call and a killed tab resumes at the
 * next start. A chunk's outbox rows, the removal of its drafts and the job's counts are one
 * transaction: a record is queued once or not at all, never half a workout. The job's row
 * goes once its last chunk is shown: done means in History.
 */
export interface TrainingImportRunner {
  /** Stores a new job with its records and starts on it; refused while this account has one under way. */
  begin(job: ImportJobRow, drafts: readonly ImportDraftRow[]): Promise<TrainingImportProgress>;
  /** The stored job, if one is under way (stopped or not). */
  stored(): Promise<ImportJobRow | undefined>;
  /** Works on the stored job, if any, in the background; a stopped one carries on. */
  resume(): void;
  progress(): Promise<TrainingImportProgress>;
  /** Another tab's worker said how its import went (its finish is this tab's too). */
  heard(progress: TrainingImportProgress): void;
  /** Resolves when no chunk is being worked on. */
  idle(): Promise<void>;
  /** Stops after the chunk under way (the job stays stored); for closing the worker. */
  stop(): Promise<void>;
}

export function createTrainingImportRunner(context: () => WorkerContext, chunkSize = IMPORT_CHUNK): TrainingImportRunner {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  /** Why the job under way stopped, until it is resumed. */
  let failure: string | undefined;
  /** How the last job ended, once its row is gone. */
  let ended: TrainingImportProgress | undefined;

  const storedJob = () => context().db.importJobs.toCollection().first();

  async function progress(): Promise<TrainingImportProgress> {
    const job = await storedJob();
    if (!job) return ended ?? { state: 'idle', done: 0, total: 0, skipped: 0, created: 0 };
    return counts(job, failure === undefined ? 'running' : 'failed', failure);
  }

  async function tell(): Promise<void> {
    context().notifier.emit('training-import-progress', await progress());
  }

  function resume(): void {
    if (stopped) return;
    failure = undefined;
    again = true;
    running ??= work().finally(() => (running = undefined));
  }

  async function work(): Promise<void> {
    while (again && !stopped) {
      again = false;
      await exclusively(context().db.name, async () => {
        try {
          while (!stopped && (await nextChunk())) await tell();
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          // The job stays stored as it was after its last chunk: telling is all that is left to do.
          await tell().catch(() => undefined);
        }
      });
    }
  }

  /** Signs and queues the stored job's next chunk; false when there is no job left. */
  async function nextChunk(): Promise<boolean> {
    const ctx = context();
    const { db } = ctx;
    const job = await storedJob();
    if (!job) return false;
    const drafts = await draftsOf(ctx, job.id).limit(chunkSize).toArray();
    if (drafts.length === 0) {
      // Its last chunk is queued and shown: done means in History.
      await db.importJobs.delete(job.id);
      ended = counts(job, 'done');
      return true;
    }
    const account = await ctx.account.state();
    const refusal = signingRefusal(account, KIND.workoutRecord);
    if (refusal) throw refusal;
    if (account.status !== 'signed-out' && account.pubkey !== job.pubkey) {
      throw new WorkerFailure('other-account', 'This import was started by another account: sign in with it again to finish it.');
    }
    // Here already (the same file imported on another device, say): not signed again.
    const here = await recordDsBetween(db, job.pubkey, drafts[0]?.start ?? 0, drafts[drafts.length - 1]?.start ?? 0);
    const events: NostrEvent[] = [];
    for (const draft of drafts) if (!here.has(draft.d)) events.push(await ctx.account.sign(draft.event));
    const rows = await outboxRowsForEvents(ctx, events);
    const keys = drafts.map((draft): [string, number] => [draft.jobId, draft.position]);
    const queued = await writeWithRoom(
      ctx.storage,
      () => outboxBytes(rows),
      () =>
        db.transaction('rw', [db.outbox, db.importDrafts, db.importJobs], async () => {
          const [current, present] = await Promise.all([db.importJobs.get(job.id), db.importDrafts.bulkGet(keys)]);
          // Another tab's worker queued this chunk meanwhile: nothing is queued twice.
          if (!current || present.some((row) => row === undefined)) return false;
          await db.outbox.bulkAdd(rows);
          await db.importDrafts.bulkDelete(keys);
          const skipped = drafts.length - events.length;
          await db.importJobs.put({
            ...current,
            done: current.done + events.length,
            skipped: current.skipped + skipped,
            total: current.total - skipped,
          });
          return true;
        }),
    );
    if (queued && events.length > 0) {
      const { refused } = await showQueuedEvents(ctx, events, (eventIds) => db.outbox.where('eventId').anyOf(eventIds).delete());
      const [refusal] = refused;
      if (refusal) throw new WorkerFailure('invalid-event', `A workout was refused: ${refusal.reason}`);
    }
    return true;
  }

  return {
    async begin(job, drafts) {
      const ctx = context();
      const { db } = ctx;
      failure = undefined;
      if (drafts.length === 0) {
        ended = counts(job, 'done');
        await tell();
        return ended;
      }
      await writeWithRoom(
        ctx.storage,
        () => JSON.stringify(drafts).length * 2,
        () =>
          db.transaction('rw', [db.importJobs, db.importDrafts], async () => {
            const stored = await db.importJobs.toArray();
            const under = stored.find((other) => other.pubkey === job.pubkey);
            if (under) throw underWay(under);
            // A job another account left: that account is not here to finish it.
            for (const other of stored) {
              await draftsOf(ctx, other.id).delete();
              await db.importJobs.delete(other.id);
            }
            await db.importDrafts.bulkAdd([...drafts]);
            await db.importJobs.add(job);
          }),
      );
      ended = undefined;
      resume();
      return counts(job, 'running');
    },
    stored: storedJob,
    resume,
    progress,
    heard(told) {
      if (told.state === 'done') ended = told;
    },
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}

/** A refusal to start another import while `job` is under way. */
export function underWay(job: ImportJobRow): WorkerFailure {
  return new WorkerFailure(
    'import-under-way',
    `An import is under way (${job.done} of ${job.total} workouts): it finishes first, then import the next file.`,
  );
}

function counts(job: ImportJobRow, state: TrainingImportProgress['state'], error?: string): TrainingImportProgress {
  const { id, done, total, skipped, created } = job;
  return error === undefined ? { state, id, done, total, skipped, created } : { state, id, done, total, skipped, created, error };
}

function draftsOf(ctx: WorkerContext, jobId: string) {
  return ctx.db.importDrafts.where('[jobId+position]').between([jobId, Dexie.minKey], [jobId, Dexie.maxKey]);
}

/** One tab at a time works on the job (a Web Lock; Node has none, and the chunk's transaction still never queues twice). */
async function exclusively(databaseName: string, task: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return task();
  await locks.request(`plates-import:${databaseName}`, task);
}
