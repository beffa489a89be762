import { useQuery } from '../../lib/query/use-query';
import { useOfflineStore } from '../../store/offline-store';
import { templateOfflineQuery } from '../../store/queries/template-queries';
import { formatCount } from '../../ui/format';
import { FormError } from '../../ui/form-error';

/** Keeps the template, its exercises and their photos on the device for a gym without signal. */
export function OfflineAvailability({ address }: { address: string }) {
  const { busy, error, keep, release } = useOfflineStore();
  const offline = useQuery(templateOfflineQuery, address);
  const current = offline.data;
  if (!current) return null;

  const photos = formatCount(current.photos, 'photo');
  return (
    <section className="offline-card" aria-label="Available offline" data-testid="offline-availability">
      {current.pinned ? (
        <>
          <p className="offline-card__status offline-card__status--on">
            Available offline{current.photos > 0 ? ` · ${current.storedPhotos} of ${photos} stored` : ''}
          </p>
          <p className="muted offline-card__hint">Kept on this device with its exercises, even when space runs low.</p>
          <button type="button" className="button" disabled={busy !== undefined} onClick={() => void release(address)}>
            {busy === 'releasing' ? 'Removing…' : 'Stop keeping offline'}
          </button>
        </>
      ) : (
        <>
          <p className="offline-card__status">
            {current.photos === 0 ? 'Its exercises have no photos.' : `${current.storedPhotos} of ${photos} on this device.`}
          </p>
          <button type="button" className="button" disabled={busy !== undefined} onClick={() => void keep(address)}>
            {busy === 'saving' ? 'Downloading photos…' : 'Make available offline'}
          </button>
        </>
      )}
      {current.failed.length > 0 && (
        <ul className="offline-card__failed" aria-label="Photos not stored">
          {current.failed.map((failure) => (
            <li key={failure.url}>{failure.reason}</li>
          ))}
        </ul>
      )}
      <FormError message={(error ?? offline.error)?.message} />
    </section>
  );
}
