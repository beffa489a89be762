/** Where a batch of events came from; kept on each stored row. */
export type IngestSource = 'relay' | 'starter-pack' | 'import' | 'user';

/** What happened to one event of a batch, in the batch's order. */
export type IngestOutcome =
  | { id: string; status: 'stored' }
  | { id: string; status: 'replaced-older'; replacedId: string }
  | { id: string; status: 'duplicate' }
  | { id: string; status: 'superseded'; byId: string }
  | { id: string | undefined; status: 'rejected'; reason: string };

export interface IngestSummary {
  outcomes: IngestOutcome[];
  stored: number;
  duplicates: number;
  rejected: number;
  /** Templates that became complete because an exercise they waited for arrived. */
  completedTemplates: string[];
}

export function summarize(outcomes: IngestOutcome[], completedTemplates: string[]): IngestSummary {
  let stored = 0;
  let duplicates = 0;
  let rejected = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'stored' || outcome.status === 'replaced-older') stored++;
    else if (outcome.status === 'duplicate' || outcome.status === 'superseded') duplicates++;
    else rejected++;
  }
  return { outcomes, stored, duplicates, rejected, completedTemplates };
}
