import { useEffect } from 'react';
import { useAccountStore } from '../../store/account-store';
import { AccountCard } from './account-card';
import { BackupStep } from './backup-key';
import { FormError } from '../../ui/form-error';
import { ReconnectExtension } from './reconnect-extension';
import { SignInScreen } from './sign-in-screen';
import { UnlockForm } from './unlock-form';

/** The account route: sign in when signed out, unlock or reconnect after a restart, the account card when ready. */
export function AccountScreen() {
  const { account, error, offerBackup, refresh, clearError } = useAccountStore();
  // A key just created here goes on into its backup step; later, the card keeps reminding.
  const backupStep = account?.status === 'ready' && account.needsBackup && offerBackup;

  useEffect(() => {
    if (!account) void refresh();
  }, [account, refresh]);
  useEffect(() => clearError, [clearError]);

  return (
    <main className="screen account">
      {!account &&
        (error ? (
          <FormError message={error?.message} />
        ) : (
          <p className="muted" role="status">
            Loading your account…
          </p>
        ))}
      {account?.status === 'signed-out' && <SignInScreen />}
      {account?.status === 'locked' && <UnlockForm account={account} />}
      {account?.status === 'needs-extension' && <ReconnectExtension account={account} />}
      {account?.status === 'ready' && (backupStep ? <BackupStep account={account} /> : <AccountCard account={account} />)}
    </main>
  );
}
