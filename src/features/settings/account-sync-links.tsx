import { accountPath, syncPath } from '../../lib/paths';
import { useAccountStore } from '../../store/account-store';
import { useQuery } from '../../lib/query/use-query';
import { outboxQuery, relayStatusQuery } from '../../store/queries/sync-queries';
import { useSyncStore } from '../../store/sync-store';
import { formatCount } from '../../ui/format';
import type { AccountState, OutboxItem, RelayConnectionState } from '../../worker/api';
import { SettingsLink } from './settings-link';

/** Who is signed in and how publishing goes, each opening its own screen. */
export function AccountSyncLinks() {
  const account = useAccountStore((s) => s.account);
  const relayUrls = useSyncStore((s) => s.relayUrls);
  const relayStates = useQuery(relayStatusQuery, {}).data ?? {};
  const outbox = useQuery(outboxQuery, {}).data ?? [];
  return (
    <section className="settings__section" aria-labelledby="account-sync-title">
      <h2 id="account-sync-title" className="section-title">
        Account and sync
      </h2>
      <ul className="settings-links">
        <SettingsLink to={accountPath.build()} title="Account" detail={accountDetail(account)} testId="account-summary" />
        <SettingsLink
          to={syncPath.build()}
          title="Relays and sync"
          detail={syncDetail(relayUrls, relayStates, outbox)}
          testId="sync-summary"
        />
      </ul>
    </section>
  );
}

function accountDetail(account: AccountState | undefined): string {
  if (!account) return 'Loading…';
  if (account.status === 'signed-out') return 'Not signed in: sign in to keep a history and publish workouts';
  const who = `${account.npub.slice(0, 12)}…${account.npub.slice(-4)}`;
  if (account.status === 'locked') return `${who} · locked: unlock with your passphrase`;
  if (account.status === 'needs-extension') return `${who} · browser extension not connected`;
  return `${who} · ${account.canSign ? 'can sign and publish' : 'read-only'}`;
}

function syncDetail(relayUrls: string[], states: Record<string, RelayConnectionState>, outbox: OutboxItem[]): string {
  const connected = relayUrls.filter((url) => states[url] === 'connected').length;
  const waiting = outbox.filter((item) => item.status === 'pending').length;
  const failed = outbox.filter((item) => item.status === 'failed').length;
  const relays = `${connected} of ${formatCount(relayUrls.length, 'relay')} connected`;
  return `${relays} · ${waiting} waiting to publish · ${failed} failed`;
}
