import { useState } from 'react';
import { hasExtension } from '../../lib/extension-signer';
import { useAccountStore, type BringBackReport } from '../../store/account-store';
import { FormError } from '../../ui/form-error';
import { formatCount } from '../../ui/format';
import type { LostAccount } from '../../worker/api';
import { AccountIdentity, TYPE_LABELS, type SignedInAccount } from './account-identity';
import { ChoiceButton } from './choice-button';
import { ImportKeyForm } from './import-key-form';
import './account.css';

/**
 * Shown at start instead of the app when the browser lost the database of an account this
 * device had (its marker outside IndexedDB says so). It goes away only by a choice: sign in
 * again (then bring back the workouts from relays), or start fresh.
 */
export function LostDataScreen({ lost }: { lost: LostAccount }) {
  const account = useAccountStore((s) => s.account);
  const signedIn = account && account.status !== 'signed-out' ? account : undefined;
  return (
    <main className="screen account lost" aria-labelledby="lost-title">
      <h1 id="lost-title" className="lost__title">
        The data on this device was lost
      </h1>
      <p>
        The browser lost what Plates kept on this device: your sign-in, and the workouts, templates and settings stored here. This was not
        something you did. Your workouts on relays can be brought back.
      </p>
      <div className="lost__who">
        <p className="muted">This device was signed in as</p>
        <p className="identity__npub" data-testid="lost-npub">
          {lost.npub}
        </p>
        <p className="identity__type">{TYPE_LABELS[lost.type]}</p>
      </div>
      {signedIn ? <BringBack lost={lost} account={signedIn} /> : <SignInAgain lost={lost} />}
    </main>
  );
}

/** Step 1: the ways back in for this kind of account, and starting fresh. */
function SignInAgain({ lost }: { lost: LostAccount }) {
  const { busy, error, connectExtension, signInReadOnly, clearError } = useAccountStore();
  const [mode, setMode] = useState<'choose' | 'import' | 'start-fresh'>('choose');
  const open = (next: typeof mode) => {
    clearError();
    setMode(next);
  };

  if (mode === 'import') return <ImportKeyForm onBack={() => open('choose')} />;
  if (mode === 'start-fresh') return <StartFresh onCancel={() => open('choose')} />;
  const readOnly = (
    <ChoiceButton
      title={busy === 'read-only' ? 'Signing in…' : lost.type === 'read-only' ? 'Continue as this account' : 'See its workouts read-only'}
      text={
        lost.type === 'read-only'
          ? 'Read-only, as before: its workouts come back from relays.'
          : 'Its workouts come back from relays, but nothing can be signed.'
      }
      disabled={Boolean(busy)}
      onClick={() => {
        clearError();
        void signInReadOnly(lost.npub);
      }}
    />
  );
  return (
    <section className="account__section" aria-labelledby="sign-in-again-title">
      <h2 id="sign-in-again-title" className="account__title">
        Sign in again
      </h2>
      {lost.type === 'local' && !lost.backedUp && (
        <p className="banner banner--warning lost__warning">
          This key was never backed up in Plates. Unless you kept a copy elsewhere, it cannot be restored: you can still see its workouts
          read-only, or start fresh.
        </p>
      )}
      <div className="choices">
        {lost.type === 'local' && (
          <ChoiceButton
            title="Import your backup"
            text="The ncryptsec you saved (or your nsec), with its passphrase."
            disabled={Boolean(busy)}
            onClick={() => open('import')}
          />
        )}
        {lost.type === 'extension' && (
          <ChoiceButton
            title={busy === 'extension' ? 'Asking your extension…' : 'Connect your extension'}
            text="Your NIP-07 extension still has the key."
            disabled={!hasExtension() || Boolean(busy)}
            disabledReason={hasExtension() ? undefined : 'No NIP-07 extension (such as nos2x or Alby) was found in this browser.'}
            onClick={() => {
              clearError();
              void connectExtension();
            }}
          />
        )}
        {readOnly}
      </div>
      <FormError message={error?.message} />
      <button type="button" className="button button--quiet" onClick={() => open('start-fresh')} disabled={Boolean(busy)}>
        Start fresh
      </button>
    </section>
  );
}

/** Starting fresh forgets the lost account: this screen does not come back. */
function StartFresh({ onCancel }: { onCancel: () => void }) {
  const { busy, error, forgetLost } = useAccountStore();
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="start-fresh-question" aria-describedby="start-fresh-consequence">
      <p id="start-fresh-question" className="confirm__question">
        Start fresh?
      </p>
      <p id="start-fresh-consequence" className="muted">
        Plates opens signed out and stops offering to bring this account back. Its workouts stay on the relays; you can sign in to it later
        from Account.
      </p>
      <FormError message={error?.message} />
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void forgetLost()} disabled={Boolean(busy)}>
          Start fresh
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={Boolean(busy)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Step 2, signed in again: the person's own workouts, templates and exercises from their relays. */
function BringBack({ lost, account }: { lost: LostAccount; account: SignedInAccount }) {
  const { busy, error, bringBack, recoveryDone } = useAccountStore();
  const [report, setReport] = useState<BringBackReport>();
  return (
    <section className="account__section" aria-labelledby="bring-back-title">
      <h2 id="bring-back-title" className="account__title">
        Bring back your workouts
      </h2>
      <div className="account-card">
        <p className="muted">Signed in as</p>
        <AccountIdentity account={account} />
      </div>
      {account.pubkey !== lost.pubkey && (
        <p className="muted">This is not the account this device had: its own workouts are brought back.</p>
      )}
      <p className="muted">Plates asks your relays for the workouts, templates and exercises you published.</p>
      {report && (
        <p role="status" className="lost__report" data-testid="bring-back-report">
          {`${formatCount(report.workouts, 'workout')} on this device now.`}
          {report.relaysReached ? '' : ' No relay answered yet: the rest come back when one does.'}
        </p>
      )}
      <FormError message={error?.message} />
      <div className="form__actions">
        <button
          type="button"
          className={report ? 'button' : 'button button--primary'}
          onClick={() => void bringBack().then(setReport)}
          disabled={Boolean(busy)}
        >
          {busy === 'bring-back' ? 'Asking your relays…' : report ? 'Ask again' : 'Bring back workouts'}
        </button>
        <button type="button" className={report ? 'button button--primary' : 'button'} onClick={recoveryDone} disabled={Boolean(busy)}>
          Continue
        </button>
      </div>
    </section>
  );
}
