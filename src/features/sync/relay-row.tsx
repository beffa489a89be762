import { useState } from 'react';
import { useSyncStore } from '../../store/sync-store';
import type { RelayConnectionState } from '../../worker/api';

const STATE_LABELS: Record<RelayConnectionState, string> = {
  connected: 'Connected',
  connecting: 'Connecting…',
  disconnected: 'Disconnected',
};

/** One relay: its address and connection state, and removal behind a confirmation. */
export function RelayRow({ url, state, last }: { url: string; state: RelayConnectionState; last: boolean }) {
  const { relaysBusy, removeRelay } = useSyncStore();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="relay">
      <div className="relay__main">
        <span className={`state-dot state-dot--${state}`} aria-hidden="true" />
        <span className="relay__text">
          <span className="relay__url">{url}</span>
          <span className="relay__state">{STATE_LABELS[state]}</span>
        </span>
        {!confirming && (
          <button
            type="button"
            className="icon-button relay__remove"
            onClick={() => setConfirming(true)}
            disabled={relaysBusy}
            aria-label={`Remove ${url}`}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          </button>
        )}
      </div>
      {confirming && (
        <div className="relay__confirm" role="alertdialog" aria-label={`Remove ${url}?`}>
          <p className="muted">
            {last
              ? 'This is your only relay: without one, nothing is fetched or published until you add another.'
              : 'Plates stops reading from this relay and publishing to it.'}
          </p>
          <div className="form__actions">
            <button type="button" className="button button--danger" onClick={() => void removeRelay(url)} disabled={relaysBusy}>
              Remove
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={relaysBusy}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
