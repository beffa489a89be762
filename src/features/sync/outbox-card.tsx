import { formatMoment } from '../../ui/format';
import { useSyncStore } from '../../store/sync-store';
import type { OutboxItem } from '../../worker/api';
import { kindName } from './kind-names';
import { OutboxRelayLine } from './outbox-relay-line';

const STATUS_LABELS: Record<OutboxItem['status'], string> = { pending: 'Pending', sent: 'Sent', failed: 'Failed' };

/** One published event: what it is, when, its overall state, each relay's answer, and Retry when refused. */
export function OutboxCard({ item }: { item: OutboxItem }) {
  const retryOutbox = useSyncStore((s) => s.retryOutbox);
  const name = kindName(item.kind);
  return (
    <li className="outbox-card" data-status={item.status}>
      <div className="outbox-card__head">
        <span className="outbox-card__text">
          <span className="outbox-card__title">{item.label || name}</span>
          <span className="outbox-card__meta">
            {item.label ? name : `Kind ${item.kind}`} · {formatMoment(item.createdAt)}
          </span>
        </span>
        <span className={`status status--${item.status}`} data-testid="outbox-status">
          {STATUS_LABELS[item.status]}
        </span>
      </div>
      <ul className="outbox-card__relays" aria-label="Answers of each relay">
        {item.relays.map((relay) => (
          <OutboxRelayLine key={relay.relay} state={relay} />
        ))}
      </ul>
      {item.status === 'failed' && (
        <button type="button" className="button" onClick={() => void retryOutbox(item.eventId)}>
          Retry
        </button>
      )}
    </li>
  );
}
