import { AppLink } from '../../lib/app-link';
import { accountPath } from '../../lib/paths';
import { useAccountStore } from '../../store/account-store';
import { useSyncStore } from '../../store/sync-store';
import { formatCount } from '../../ui/format';
import { FormError } from '../../ui/form-error';
import { whyCannotSign } from './signing-status';

/** Publishes the relays above as the account's NIP-65 relay list, or says why it cannot. */
export function PublishRelayList() {
  const account = useAccountStore((s) => s.account);
  const { relayUrls, relaysBusy, publish, publishRelayList } = useSyncStore();
  const reason = whyCannotSign(account);

  if (reason) {
    return (
      <div className="publish publish--blocked">
        <p className="muted">{reason} Publishing these relays as your relay list needs an account that can sign.</p>
        <AppLink to={accountPath.build()} className="link-button">
          Go to Account
        </AppLink>
      </div>
    );
  }
  return (
    <div className="publish">
      <button
        type="button"
        className="button button--primary"
        onClick={() => void publishRelayList()}
        disabled={relaysBusy || relayUrls.length === 0 || publish.phase === 'publishing'}
      >
        {publish.phase === 'publishing' ? 'Signing…' : 'Publish as my relay list'}
      </button>
      <p className="field__hint">
        {relayUrls.length === 0
          ? 'Add a relay first.'
          : 'Tells other Nostr apps where to find what you publish and where to send you mentions (NIP-65).'}
      </p>
      {publish.phase === 'queued' && (
        <p className="publish__done" role="status">
          Relay list queued for {formatCount(publish.relays.length, 'relay')}: see the outbox below.
        </p>
      )}
      <FormError message={publish.phase === 'failed' ? publish.error.message : undefined} />
    </div>
  );
}
