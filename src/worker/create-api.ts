import type { WorkerApi } from './api';
import type { WorkerContext } from './context';
import { toWorkerError } from './errors';
import { accountHandlers } from './handlers/account';
import { dependencyHandlers } from './handlers/dependencies';
import { feedHandlers } from './handlers/feed';
import { historyHandlers } from './handlers/history';
import { workoutHandlers } from './handlers/workouts';
import { settingsHandlers } from './handlers/settings';
import { templateHandlers } from './handlers/templates';
import { libraryHandlers } from './handlers/library';
import { exerciseHandlers } from './handlers/exercises';
import { mediaHandlers } from './handlers/media';
import { offlineHandlers } from './handlers/offline';
import { outboxHandlers } from './handlers/outbox';
import { repositoryHandlers } from './handlers/repository';
import { starterPackHandlers } from './handlers/starter-pack';
import { syncHandlers } from './handlers/sync';
import { systemHandlers } from './handlers/system';
import { trainingImportHandlers } from './handlers/training-import';

/** Composes the handler groups into the WorkerApi; a failure leaves as { type, message }. */
export function createWorkerApi(ctx: WorkerContext): WorkerApi {
  const api: WorkerApi = {
    ...systemHandlers(ctx),
    ...libraryHandlers(ctx),
    ...starterPackHandlers(ctx),
    ...syncHandlers(ctx),
    ...dependencyHandlers(ctx),
    ...repositoryHandlers(ctx),
    ...outboxHandlers(ctx),
    // A stopped import (its key locked after a restart) carries on once the account can sign.
    ...accountHandlers(ctx.account, () => ctx.trainingImport.resume()),
    ...templateHandlers(ctx),
    ...feedHandlers(ctx),
    ...settingsHandlers(ctx),
    ...workoutHandlers(ctx),
    ...historyHandlers(ctx),
    ...mediaHandlers(ctx),
    ...offlineHandlers(ctx),
    ...exerciseHandlers(ctx),
    ...trainingImportHandlers(ctx),
  };
  return withErrorShape(api);
}

function withErrorShape<T extends object>(api: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api)) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        throw toWorkerError(error);
      }
    };
  }
  return wrapped as T;
}
