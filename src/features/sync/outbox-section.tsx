import { useQuery } from '../../lib/query/use-query';
import { outboxQuery } from '../../store/queries/sync-queries';
import { useSyncStore } from '../../store/sync-store';
import { FormError } from '../../ui/form-error';
import { OutboxCard } from './outbox-card';

/** What was published from this device and how each relay took it. */
export function OutboxSection() {
  const { data: outbox, error } = useQuery(outboxQuery, {});
  const outboxError = (useSyncStore((s) => s.outboxError) ?? error)?.message;
  return (
    <section className="sync__section" aria-labelledby="outbox-title">
      <h2 id="outbox-title" className="sync__title">
        Outbox
      </h2>
      <FormError message={outboxError} />
      {outbox?.length === 0 && !outboxError && (
        <p className="muted sync__empty">
          Nothing published yet. What you publish waits here until your relays confirm they have it. Offline, it stays queued on this device
          and is sent when a relay can be reached: nothing is lost.
        </p>
      )}
      {outbox && outbox.length > 0 && (
        <ul className="outbox" aria-label="Outbox">
          {outbox.map((item) => (
            <OutboxCard key={item.eventId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
