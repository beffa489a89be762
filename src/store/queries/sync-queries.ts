import { isStoragePersistent } from '../../lib/persistent-storage';
import { workerApi } from '../../lib/worker-client';
import { appQuery } from './app-query';

/** Each configured relay's connection state. */
export const relayStatusQuery = appQuery('relay-status', () => workerApi().getRelayStatus({}));

/** What waits to be published, and what each relay answered. */
export const outboxQuery = appQuery('outbox', () => workerApi().listOutbox({}));

export const diagnosticsQuery = appQuery('diagnostics', () => workerApi().getDiagnostics({}));

/** The storage budget's figures and whether the browser keeps this site's storage under pressure. */
export const storageQuery = appQuery('storage', async () => {
  const [budget, persistent] = await Promise.all([workerApi().getStorageBudget({}), isStoragePersistent()]);
  return { budget, persistent };
});
