import { formatMoment } from '../../ui/format';
import type { Diagnostics } from '../../worker/api';

type RelayHealth = Diagnostics['relays'][number];

/** What each relay has sent and failed to answer; a misbehaving one is left out of reads for a while. */
export function RelayHealthList({ relays }: { relays: RelayHealth[] }) {
  return (
    <div className="stats">
      <h3 className="stats__title">Relay health</h3>
      {relays.length === 0 ? (
        <p className="muted">No relay has been asked for anything yet.</p>
      ) : (
        <ul className="relay-health" aria-label="Relay health">
          {relays.map((relay) => (
            <li key={relay.relay} className="relay-health__item">
              <span className="relay__url">{relay.relay}</span>
              <span className="relay-health__counts">
                {relay.eventsReceived} received · {relay.invalidEvents} invalid · {relay.unanswered} unanswered
                {relay.droppedEvents > 0 && ` · ${relay.droppedEvents} dropped (over its budget)`}
              </span>
              {relay.isolatedUntil !== undefined && (
                <span className="relay-health__isolated">
                  Isolated (disconnected, left out of reads and publishing) until {formatMoment(relay.isolatedUntil)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
