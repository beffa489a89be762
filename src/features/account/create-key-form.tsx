import { useState, type FormEvent } from 'react';
import { useAccountStore } from '../../store/account-store';
import { FormError } from '../../ui/form-error';
import { PassphraseField } from './passphrase-field';

/** A new local key, encrypted with a passphrase typed twice. */
export function CreateKeyForm({ onBack }: { onBack: () => void }) {
  const { busy, error, createLocalKey } = useAccountStore();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(passphrase !== confirmation);
    if (passphrase === confirmation) void createLocalKey(passphrase);
  };

  return (
    <form className="account__section form" onSubmit={submit}>
      <h2 className="account__title">Create a new key</h2>
      <p className="muted">
        Plates makes a new Nostr key and keeps it on this device, encrypted with your passphrase (NIP-49). The passphrase is not stored
        anywhere: if you forget it and have no backup, the key cannot be recovered. Next, you save a backup of the key.
      </p>
      <PassphraseField
        label="Passphrase"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        hint="At least 8 characters."
        autoFocus
      />
      <PassphraseField label="Passphrase again" value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
      <FormError message={mismatch ? 'The two passphrases differ.' : error?.message} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={Boolean(busy) || !passphrase}>
          {busy === 'create' ? 'Creating and encrypting…' : 'Create key'}
        </button>
        <button type="button" className="button" onClick={onBack} disabled={Boolean(busy)}>
          Back
        </button>
      </div>
    </form>
  );
}
