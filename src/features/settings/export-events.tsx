import { useEffect, useRef } from 'react';
import { useObjectUrl } from '../../lib/use-object-url';
import { useAccountStore } from '../../store/account-store';
import { useSettingsStore } from '../../store/settings-store';
import { formatCount } from '../../ui/format';
import { FormError } from '../../ui/form-error';

/** Saves every event the person signed as a JSON file: a backup to import here or elsewhere. */
export function ExportEvents() {
  const signedIn = useAccountStore((s) => s.account?.status !== 'signed-out');
  const { exporting, exported, exportError, exportEvents } = useSettingsStore();
  const url = useObjectUrl(exported?.blob);
  const link = useRef<HTMLAnchorElement>(null);
  // A fresh export downloads at once; the link stays for saving it again.
  useEffect(() => {
    if (url) link.current?.click();
  }, [url]);

  return (
    <div className="settings-card">
      <p className="settings-card__title">Export</p>
      <p className="field__hint">Every event you signed (workouts, templates, exercises, profile, lists) in one JSON file.</p>
      <button type="button" className="button" onClick={() => void exportEvents()} disabled={!signedIn || exporting}>
        {exporting ? 'Preparing…' : 'Export my events'}
      </button>
      {!signedIn && <p className="field__hint">Sign in first: the export holds the events you signed.</p>}
      {exported && url && (
        <p role="status" className="settings-card__good">
          {formatCount(exported.count, 'event')} exported.{' '}
          <a ref={link} href={url} download={exported.filename} className="inline-link">
            Save {exported.filename} again
          </a>
        </p>
      )}
      <FormError message={exportError?.message} />
    </div>
  );
}
