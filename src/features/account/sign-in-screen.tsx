import { useState } from 'react';
import { hasExtension } from '../../lib/extension-signer';
import { useAccountStore } from '../../store/account-store';
import { ChoiceButton } from './choice-button';
import { CreateKeyForm } from './create-key-form';
import { FormError } from '../../ui/form-error';
import { ImportKeyForm } from './import-key-form';
import { ReadOnlyForm } from './read-only-form';

type Mode = 'choose' | 'create' | 'import' | 'read-only';

/** Signed out: the ways to sign in, then the form of the one chosen. */
export function SignInScreen() {
  const [mode, setMode] = useState<Mode>('choose');
  const { busy, error, connectExtension, clearError } = useAccountStore();
  const open = (next: Mode) => {
    clearError();
    setMode(next);
  };

  if (mode !== 'choose') {
    const back = () => open('choose');
    if (mode === 'create') return <CreateKeyForm onBack={back} />;
    if (mode === 'import') return <ImportKeyForm onBack={back} />;
    return <ReadOnlyForm onBack={back} />;
  }
  return (
    <section className="account__section" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title" className="account__title">
        Sign in
      </h2>
      <p className="muted">Your library works without an account. To publish workouts to Nostr, Plates needs a way to sign them.</p>
      <div className="choices">
        <ChoiceButton
          title={busy === 'extension' ? 'Asking your extension…' : 'Use browser extension'}
          text="Your NIP-07 extension keeps the key and signs; Plates never sees it."
          disabled={!hasExtension() || Boolean(busy)}
          disabledReason={hasExtension() ? undefined : 'No NIP-07 extension (such as nos2x or Alby) was found in this browser.'}
          onClick={() => {
            clearError();
            void connectExtension();
          }}
        />
        <ChoiceButton
          title="Create a new key"
          text="A new Nostr key, kept on this device encrypted with your passphrase."
          onClick={() => open('create')}
        />
        <ChoiceButton title="Import a key" text="An nsec, a hex secret key or an ncryptsec backup." onClick={() => open('import')} />
        <ChoiceButton
          title="Read-only (npub)"
          text="Look around as an account. Nothing can be signed or published."
          onClick={() => open('read-only')}
        />
      </div>
      <FormError message={error?.message} />
    </section>
  );
}
