import { useId, useState, type FormEvent } from 'react';
import { useAccountStore } from '../../store/account-store';
import { FormError } from '../../ui/form-error';
import { PassphraseField } from './passphrase-field';

/** An existing key: nsec or hex (encrypted here with a new passphrase) or an ncryptsec backup (opened with its own). */
export function ImportKeyForm({ onBack }: { onBack: () => void }) {
  const { busy, error, importKey } = useAccountStore();
  const [secret, setSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  const isBackup = secret.trim().toLowerCase().startsWith('ncryptsec1');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void importKey(secret, passphrase);
  };

  return (
    <form className="account__section form" onSubmit={submit}>
      <h2 className="account__title">Import a key</h2>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Secret key or backup
        </label>
        <input
          id={id}
          type="password"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          placeholder="nsec1…, hex or ncryptsec1…"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
        />
      </div>
      <PassphraseField
        label={isBackup ? 'Passphrase of this backup' : 'New passphrase'}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete={isBackup ? 'current-password' : 'new-password'}
        hint={
          isBackup
            ? 'The passphrase the backup was made with; the backup is kept as it is.'
            : 'At least 8 characters. The key is stored encrypted with it (NIP-49), never in plain text.'
        }
      />
      <FormError message={error?.message} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={Boolean(busy) || !secret.trim() || !passphrase}>
          {busy === 'import' ? 'Importing…' : 'Import key'}
        </button>
        <button type="button" className="button" onClick={onBack} disabled={Boolean(busy)}>
          Back
        </button>
      </div>
    </form>
  );
}
