import { useId, useState, type FormEvent } from 'react';
import { useAccountStore } from '../../store/account-store';
import { FormError } from '../../ui/form-error';

/** A public key only: Plates shows its data but can sign and publish nothing. */
export function ReadOnlyForm({ onBack }: { onBack: () => void }) {
  const { busy, error, signInReadOnly } = useAccountStore();
  const [npub, setNpub] = useState('');
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signInReadOnly(npub);
  };

  return (
    <form className="account__section form" onSubmit={submit}>
      <h2 className="account__title">Read-only (npub)</h2>
      <p className="muted">
        Plates can show what this account has published, but it cannot sign: nothing can be published while you use a read-only account.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Public key
        </label>
        <input
          id={id}
          value={npub}
          onChange={(e) => setNpub(e.target.value)}
          placeholder="npub1… or hex"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
        />
      </div>
      <FormError message={error?.message} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={Boolean(busy) || !npub.trim()}>
          {busy === 'read-only' ? 'Checking…' : 'Continue read-only'}
        </button>
        <button type="button" className="button" onClick={onBack} disabled={Boolean(busy)}>
          Back
        </button>
      </div>
    </form>
  );
}
