import { useQuery } from '../../lib/query/use-query';
import { relayStatusQuery } from '../../store/queries/sync-queries';
import { useSyncStore } from '../../store/sync-store';
import { AddRelayForm } from './add-relay-form';
import { PublishRelayList } from './publish-relay-list';
import { RelayRow } from './relay-row';

/** The configured relays with their live connection state, and the ways to change them. */
export function RelaysSection() {
  const relayUrls = useSyncStore((s) => s.relayUrls);
  const relayStates = useQuery(relayStatusQuery, {}).data ?? {};
  return (
    <section className="sync__section" aria-labelledby="relays-title">
      <h2 id="relays-title" className="sync__title">
        Relays
      </h2>
      {relayUrls.length > 0 ? (
        <ul className="relay-list" aria-label="Configured relays">
          {relayUrls.map((url) => (
            <RelayRow key={url} url={url} state={relayStates[url] ?? 'disconnected'} last={relayUrls.length === 1} />
          ))}
        </ul>
      ) : (
        <p className="muted">No relays: nothing is fetched or published until you add one.</p>
      )}
      <AddRelayForm />
      <PublishRelayList />
    </section>
  );
}
