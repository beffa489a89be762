import { queryClient } from '../../lib/query/client';
import { useQuery } from '../../lib/query/use-query';
import { diagnosticsQuery } from '../../store/queries/sync-queries';
import type { Diagnostics } from '../../worker/api';
import { FormError } from '../../ui/form-error';
import { RelayHealthList } from './relay-health-list';
import { StatGrid, type Stat } from './stat-grid';

/** Counters of the database-first loads and of each relay's behaviour, for finding out why something is slow or missing. */
export function DiagnosticsSection() {
  const { data: diagnostics, error } = useQuery(diagnosticsQuery, {});
  return (
    <section className="sync__section" aria-labelledby="diagnostics-title">
      <div className="sync__title-row">
        <h2 id="diagnostics-title" className="sync__title">
          Diagnostics
        </h2>
        <button type="button" className="link-button" onClick={() => void queryClient.fetch(diagnosticsQuery, {})}>
          Refresh
        </button>
      </div>
      <FormError message={error?.message} />
      {diagnostics && (
        <>
          <StatGrid label="Loads" stats={loadStats(diagnostics.loads)} columns={3} />
          <StatGrid label="Network" stats={networkStats(diagnostics)} columns={2} />
          <RelayHealthList relays={diagnostics.relays} />
        </>
      )}
    </section>
  );
}

function loadStats(loads: Diagnostics['loads']): Stat[] {
  return [
    { label: 'Total', value: loads.loads },
    { label: 'Hit', value: loads.outcomes.hit },
    { label: 'Stale served', value: loads.outcomes['stale-served'] },
    { label: 'Refreshed', value: loads.outcomes.refreshed },
    { label: 'Fallback', value: loads.outcomes.fallback },
    { label: 'Offline', value: loads.outcomes.offline },
    { label: 'Misses', value: loads.misses },
    { label: 'Cached p50', value: `${loads.cachedLatency.p50Ms.toFixed(2)} ms` },
    { label: 'Cached p95', value: `${loads.cachedLatency.p95Ms.toFixed(2)} ms` },
  ];
}

function networkStats(diagnostics: Diagnostics): Stat[] {
  return [
    { label: 'Requests', value: diagnostics.loads.networkRequests },
    { label: 'Failures', value: diagnostics.loads.networkFailures },
    { label: 'Pending refreshes', value: diagnostics.pendingRefreshes },
    { label: 'Open subscriptions', value: diagnostics.openSubscriptions },
  ];
}
