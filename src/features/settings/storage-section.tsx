import { useQuery } from '../../lib/query/use-query';
import { storageQuery } from '../../store/queries/sync-queries';
import { useSettingsStore } from '../../store/settings-store';
import { formatCount } from '../../ui/format';
import { formatBytes } from './format-bytes';
import { StorageBudgetField } from './storage-budget-field';
import { FormError } from '../../ui/form-error';

/** How much room Plates’ data takes, the budget that keeps it in check, and whether the browser promises to keep it. */
export function StorageSection() {
  const { persistAnswer, storageError: actionError, requestPersistence } = useSettingsStore();
  const { data, error } = useQuery(storageQuery, {});
  const { budget: storage, persistent } = data ?? {};
  const storageError = (actionError ?? error)?.message;
  const { usage, quota } = storage ?? {};
  return (
    <section className="settings__section" aria-labelledby="storage-title">
      <h2 id="storage-title" className="section-title">
        Storage
      </h2>
      <div className="settings-card">
        {storage?.full && (
          <p className="banner banner--error" role="alert">
            The device is out of space: your last change is kept on screen but not saved. Free some space on the device.
          </p>
        )}
        <p data-testid="storage-usage">
          {usage === undefined
            ? 'This browser does not say how much space Plates uses.'
            : `${formatBytes(usage)} used${quota ? ` of ${formatBytes(quota)} available` : ''}`}
        </p>
        {usage !== undefined && quota ? (
          <div className="usage-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(1, Math.min(100, (usage / quota) * 100))}%` }} />
          </div>
        ) : null}
        {storage && (
          <p className="muted" data-testid="storage-media">
            {storage.media.count === 0
              ? 'No photos stored yet.'
              : `${formatCount(storage.media.count, 'photo')}, ${formatBytes(storage.media.bytes)}` +
                (storage.media.pinned > 0 ? ` (${storage.media.pinned} kept for offline use)` : '')}
          </p>
        )}
        {storage && <StorageBudgetField storage={storage} />}
        {persistent === undefined ? null : persistent ? (
          <p className="settings-card__good" data-testid="storage-persistence">
            Persistent: the browser keeps Plates’ data even when space runs low.
          </p>
        ) : (
          <>
            <p className="settings-card__warn" data-testid="storage-persistence">
              Not persistent: when space runs low the browser may clear Plates’ data, including workouts not yet published.
            </p>
            <button type="button" className="button" onClick={() => void requestPersistence()}>
              Request persistent storage
            </button>
            {persistAnswer === 'refused' && (
              <p className="field__hint" role="status">
                The browser said no for now. Installing Plates to your home screen, or using it regularly, usually changes its answer.
              </p>
            )}
          </>
        )}
        <FormError message={storageError} />
      </div>
    </section>
  );
}
