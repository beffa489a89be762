import { readFileSync } from 'node:fs';
import type { NostrEvent } from '../../../src/domain/nostr-event';
import { parseStarterPack } from '../../../src/domain/starter-pack';
import { testContext } from '../../../src/testing/test-context';
import { createWorkerApi } from '../../../src/worker/create-api';
import type { MappingChoice, TrainingImportPreview, TrainingImportProgress } from '../../../src/worker/api';
import type { WorkerContext } from '../../../src/worker/context';

export const PASSPHRASE = 'correct horse battery';

/** The starter pack's exercises and its pubkey, read once for every test of a file. */
const pack = (() => {
  const parsed = parseStarterPack(readFileSync('public/starter-pack/pack.ndjson', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  const exercises = parsed.value.lines.flatMap(({ result }) =>
    result.ok && (result.value as NostrEvent).kind === 33401 ? [result.value as NostrEvent] : [],
  );
  return { pubkey: parsed.value.header.pubkey, exercises };
})();

export type Api = ReturnType<typeof createWorkerApi>;

/** A worker over `databaseName` with the relay configured, as a tab opens it. */
export async function openWorker(databaseName: string, relayUrl: string): Promise<{ ctx: WorkerContext; api: Api }> {
  const ctx = testContext({ databaseName, keyCostLogN: 4 });
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls: [relayUrl] });
  return { ctx, api };
}

/** The starter library stored as the app stores it (its exercises, and the pack's pubkey the name table refers to). */
export async function storeStarterLibrary({ ctx, api }: { ctx: WorkerContext; api: Api }): Promise<void> {
  await api.ingestEvents({ events: pack.exercises, source: 'starter-pack' });
  await ctx.db.settings.put({ key: 'starterPackPubkey', value: pack.pubkey });
}

/** A signed-in person whose key is backed up: their workouts are signed. */
export async function signIn(api: Api): Promise<string> {
  const account = await api.createLocalKey({ passphrase: PASSPHRASE });
  await api.confirmBackup({});
  if (account.status === 'signed-out') throw new Error('not signed in');
  return account.pubkey;
}

export function csvFile(path: string): File {
  return new File([readFileSync(path, 'utf8')], path.split('/').pop() ?? 'export.csv', { type: 'text/csv' });
}

/** The choices the review screen sends when the person changes nothing: each proposal, else a new own exercise. */
export function proposedChoices(preview: TrainingImportPreview): MappingChoice[] {
  return preview.exercises.map((entry) =>
    entry.match ? { name: entry.name, address: entry.match.address } : { name: entry.name, create: true },
  );
}

/** What the database holds of the person's workout records: each record's d, and each queued record's d and relay. */
export async function storedRecords(ctx: WorkerContext, pubkey: string): Promise<{ ds: string[]; queued: string[] }> {
  const events = await ctx.db.events.where('[pubkey+kind]').equals([pubkey, 1301]).toArray();
  const outbox = (await ctx.db.outbox.toArray()).filter((row) => row.event.kind === 1301);
  const dOf = (tags: string[][]) => tags.find((tag) => tag[0] === 'd')?.[1] ?? '';
  return { ds: events.map((event) => dOf(event.tags)), queued: outbox.map((row) => `${dOf(row.event.tags)} ${row.relay}`) };
}

/** Resolves with the progress once the import is done or has failed. */
export async function importEnded(api: Api): Promise<TrainingImportProgress> {
  for (;;) {
    const progress = await api.getTrainingImportProgress({});
    if (progress.state === 'done' || progress.state === 'failed') return progress;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
