/** Where a batch of events came from; kept on each stored row. */
export type IngestSource = 'relay' | 'starter-pack' | 'import' | 'user';

/** What happened to one event of a batch, in the batch's order. */
export type IngestOutcome =
  | { id: string; status: 'stored' }
  | { id: string; status: 'replaced-older'; replacedId: string }
  | { id: string; status: 'duplicate' }
  | { id: string; status: 'superseded'; byId: string }
  /** NIP-09: its author deleted it (now, or before it arrived). */
  | { id: string; status: 'deleted'; byDeletionId: string }
  | { id: string | undefined; status: 'rejected'; reason: string };

export interface IngestSummary {
  outcomes: IngestOutcome[];
  /** Stored now, counting those that replaced an older version (`replaced`). */
  stored: number;
  /** Of `stored`: newer versions of replaceable events that replaced the one stored. */
  replaced: number;
  /** The very same event (same id) was already stored. */
  duplicates: number;
  /** Older versions of something stored (or of another event of the batch): the newer is kept, these are not stored. */
  superseded: number;
  rejected: number;
  /** Events refused because their author deleted them (NIP-09). */
  deleted: number;
  /** Templates that became complete because an exercise they waited for arrived. */
  completedTemplates: string[];
  /** Exercises that templates of this batch wait for (queued for fetching). */
  missingExercises: string[];
}

export function summarize(outcomes: IngestOutcome[], completedTemplates: string[], missingExercises: string[]): IngestSummary {
  let stored = 0;
  let replaced = 0;
  let duplicates = 0;
  let superseded = 0;
  let rejected = 0;
  let deleted = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'stored') stored++;
    else if (outcome.status === 'replaced-older') {
      stored++;
      replaced++;
    } else if (outcome.status === 'duplicate') duplicates++;
    else if (outcome.status === 'superseded') superseded++;
    else if (outcome.status === 'deleted') deleted++;
    else rejected++;
  }
  return { outcomes, stored, replaced, duplicates, superseded, rejected, deleted, completedTemplates, missingExercises };
}
