import { useAccountStore } from '../../store/account-store';
import { AccountIdentity, type SignedInAccount } from './account-identity';
import { BackupKey } from './backup-key';
import { FormError } from '../../ui/form-error';
import { SignOutButton } from './sign-out-button';

/** The signed-in account: who, how it signs, a backup of a local key, and sign-out. */
export function AccountCard({ account }: { account: SignedInAccount }) {
  const error = useAccountStore((s) => s.error);
  return (
    <div className="account__section">
      <section className="account-card" aria-labelledby="account-title">
        <h2 id="account-title" className="account__title">
          Signed in
        </h2>
        <AccountIdentity account={account} />
        <p className={account.canSign ? 'account-card__sign' : 'account-card__sign account-card__sign--no'} data-testid="can-sign">
          {account.canSign ? 'Can sign and publish' : 'Cannot sign: nothing is published from this account'}
        </p>
      </section>
      {account.type === 'local' && <BackupKey account={account} />}
      <FormError message={error?.message} />
      <SignOutButton account={account} />
    </div>
  );
}
