import { workerApi } from '../../lib/worker-client';
import { appQuery } from './app-query';

/** How far the import of a Strong or Hevy file has come (also one resumed after a restart). */
export const trainingImportProgressQuery = appQuery('training-import-progress', () => workerApi().getTrainingImportProgress({}));
