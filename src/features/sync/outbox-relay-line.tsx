import { formatCount, formatMoment } from '../../ui/format';
import type { OutboxRelayState } from '../../worker/api';

const STATUS_LABELS: Record<OutboxRelayState['status'], string> = { pending: 'Pending', sent: 'Sent', failed: 'Refused' };

/** How one relay took an event: its state, the attempts, its message, and when a pending one is tried next. */
export function OutboxRelayLine({ state }: { state: OutboxRelayState }) {
  const details = [formatCount(state.attempts, 'attempt')];
  if (state.status === 'sent' && state.sentAt) details.push(`sent ${formatMoment(state.sentAt)}`);
  if (state.status === 'pending') details.push(state.attempts === 0 ? 'sending soon' : `next try ${formatMoment(state.nextAttempt)}`);
  return (
    <li className="outbox-relay">
      <div className="outbox-relay__head">
        <span className="outbox-relay__url">{state.relay}</span>
        <span className={`outbox-relay__status outbox-relay__status--${state.status}`}>{STATUS_LABELS[state.status]}</span>
      </div>
      <p className="outbox-relay__details">{details.join(' · ')}</p>
      {state.message && <p className="outbox-relay__message">“{state.message}”</p>}
    </li>
  );
}
