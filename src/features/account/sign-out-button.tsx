import { useState } from 'react';
import { useAccountStore } from '../../store/account-store';
import type { SignedInAccount } from './account-identity';

const CONSEQUENCES: Record<SignedInAccount['type'], string> = {
  local: 'This removes your encrypted key from this device. Without a backup and its passphrase, the key is gone for good.',
  extension: 'Your extension keeps its key; Plates forgets this account.',
  remote:
    'Your signer keeps your key; Plates forgets this connection. Workouts still waiting for your signer are removed from this device.',
  'read-only': 'Plates forgets this npub.',
};

/** Sign-out behind a confirmation that says what is lost. */
export function SignOutButton({ account }: { account: SignedInAccount }) {
  const { busy, signOut } = useAccountStore();
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setConfirming(true)} disabled={Boolean(busy)}>
        Sign out
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="sign-out-question" aria-describedby="sign-out-consequence">
      <p id="sign-out-question" className="confirm__question">
        Sign out?
      </p>
      <p id="sign-out-consequence" className="muted">
        {CONSEQUENCES[account.type]}
      </p>
      <div className="form__actions">
        <button type="button" className="button button--danger" onClick={() => void signOut()} disabled={Boolean(busy)}>
          {busy === 'sign-out' ? 'Signing out…' : 'Sign out'}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)} disabled={Boolean(busy)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
