import { AppLink } from '../../lib/app-link';
import { syncPath } from '../../lib/paths';
import { useQuery } from '../../lib/query/use-query';
import { diagnosticsQuery } from '../../store/queries/sync-queries';
import type { Diagnostics } from '../../worker/api';
import { FormError } from '../../ui/form-error';

/** How well the database-first loads spare the network, in a few figures; the full counters are on the Sync screen. */
export function DiagnosticsSummary() {
  const { data: diagnostics, error } = useQuery(diagnosticsQuery, {});
  return (
    <section className="settings__section" aria-labelledby="diagnostics-summary-title">
      <h2 id="diagnostics-summary-title" className="section-title">
        Diagnostics
      </h2>
      <FormError message={error?.message} />
      {diagnostics && (
        <dl className="settings-stats">
          {figures(diagnostics.loads).map((figure) => (
            <div key={figure.label} className="settings-stat">
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="field__hint">
        Plates answers from this device first and asks relays only for what is missing or out of date.{' '}
        <AppLink to={syncPath.build()} className="inline-link">
          All counters and relay health
        </AppLink>
      </p>
    </section>
  );
}

function figures(loads: Diagnostics['loads']): Array<{ label: string; value: string }> {
  return [
    { label: 'Cache hit rate', value: loads.loads === 0 ? '–' : `${Math.round((loads.outcomes.hit / loads.loads) * 100)} %` },
    { label: 'Requests avoided', value: String(Math.max(0, loads.loads - loads.networkRequests)) },
    { label: 'Stale served', value: String(loads.outcomes['stale-served']) },
    { label: 'Answered offline', value: String(loads.outcomes.offline) },
  ];
}
