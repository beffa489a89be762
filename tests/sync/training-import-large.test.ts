import { describe, expect, it } from 'vitest';
import { trainingCsvSample } from '../../src/testing/training-csv-sample';
import { cleanupAfterEach, relayForThisFile } from './support/suite';
import { importEnded, openWorker, proposedChoices, signIn, storeStarterLibrary, storedRecords } from './support/training-import';

const relay = relayForThisFile();
const cleanups = cleanupAfterEach();

describe('importing five years of workouts (the 750-workout sample)', () => {
  it.each(['strong', 'hevy'] as const)(
    'from %s: previewed, then every record signed, queued and in History',
    async (app) => {
      const worker = await openWorker(`plates-import-large-${app}-${Date.now()}`, relay.url);
      cleanups.push(() => worker.ctx.close());
      await storeStarterLibrary(worker);
      const me = await signIn(worker.api);
      const sample = trainingCsvSample({ app, workouts: 750 });
      const file = new File([sample.text], `${app}.csv`);

      let started = performance.now();
      const preview = await worker.api.previewTrainingFile({ file });
      const previewMs = performance.now() - started;
      expect(preview).toMatchObject({ workouts: 750, sets: sample.sets, problemCount: 0 });

      started = performance.now();
      await worker.api.startTrainingImport({ id: preview.id, choices: proposedChoices(preview) });
      const startMs = performance.now() - started;
      expect(await importEnded(worker.api)).toMatchObject({ state: 'done', done: 750, total: 750 });
      const importMs = performance.now() - started;

      const { ds, queued } = await storedRecords(worker.ctx, me);
      expect(ds).toHaveLength(750);
      expect(queued).toHaveLength(750);
      const records = await worker.api.listRecords({ limit: 750 });
      expect(records.reduce((total, record) => total + record.setCount, 0)).toBe(sample.sets);
      console.log(
        `${app}: ${(sample.text.length / 1e6).toFixed(1)} MB, 750 workouts / ${sample.sets} sets: preview ${previewMs.toFixed(0)} ms; ` +
          `import answered in ${startMs.toFixed(0)} ms (exercises made, records built and stored), all 750 records stored in ${(importMs / 1000).toFixed(1)} s`,
      );
    },
    300_000,
  );
});
