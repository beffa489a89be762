import { useState, type FormEvent } from 'react';
import { useAccountStore } from '../../store/account-store';
import { AccountIdentity, type SignedInAccount } from './account-identity';
import { FormError } from '../../ui/form-error';
import { PassphraseField } from './passphrase-field';
import { SignOutButton } from './sign-out-button';

/** A local key after a restart: its passphrase decrypts it into the worker's memory again. */
export function UnlockForm({ account }: { account: SignedInAccount }) {
  const { busy, error, unlock } = useAccountStore();
  const [passphrase, setPassphrase] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void unlock(passphrase);
  };

  return (
    <div className="account__section">
      <form className="form" onSubmit={submit}>
        <h2 className="account__title">Unlock your key</h2>
        <AccountIdentity account={account} />
        <p className="muted">Your key is stored encrypted on this device. Enter its passphrase to sign again.</p>
        <PassphraseField label="Passphrase" value={passphrase} onChange={setPassphrase} autoComplete="current-password" autoFocus />
        <FormError message={error?.message} />
        <button type="submit" className="button button--primary" disabled={Boolean(busy) || !passphrase}>
          {busy === 'unlock' ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      <SignOutButton account={account} />
    </div>
  );
}
