import { hasExtension } from '../../lib/extension-signer';
import { useAccountStore } from '../../store/account-store';
import { AccountIdentity, type SignedInAccount } from './account-identity';
import { FormError } from '../../ui/form-error';
import { SignOutButton } from './sign-out-button';

/** An extension account whose page bridge is not attached (yet): the extension was refused or is missing. */
export function ReconnectExtension({ account }: { account: SignedInAccount }) {
  const { busy, error, connectExtension } = useAccountStore();
  const available = hasExtension();
  return (
    <div className="account__section">
      <h2 className="account__title">Connect your extension</h2>
      <AccountIdentity account={account} />
      <p className="muted">
        {available
          ? 'This account signs with your browser extension (NIP-07). Connect it to sign again.'
          : 'This account signs with a browser extension (NIP-07), but none is available in this browser now.'}
      </p>
      <FormError message={error?.message} />
      <button
        type="button"
        className="button button--primary"
        onClick={() => void connectExtension()}
        disabled={!available || Boolean(busy)}
      >
        {busy === 'extension' ? 'Asking your extension…' : 'Connect extension'}
      </button>
      <SignOutButton account={account} />
    </div>
  );
}
