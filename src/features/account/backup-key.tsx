import { useState } from 'react';
import { useAccountStore } from '../../store/account-store';
import { AccountIdentity, type SignedInAccount } from './account-identity';
import { downloadBackupFile } from './backup-file';
import { FormError } from '../../ui/form-error';
import './account.css';

const WHY =
  'Plates signs your workouts only once you have saved a copy of your key: if this browser ever loses the site’s data, the copy is the only way back to your account.';
const WHAT =
  'The backup is your key encrypted with your passphrase (an ncryptsec, NIP-49). Keep it apart from this device: with the passphrase it restores this account here (Import a key) or in any Nostr app that reads ncryptsec.';

/** The Account screen's backup of a local key: a reminder until it is backed up, then a way to copy it again. */
export function BackupKey({ account }: { account: SignedInAccount }) {
  return (
    <section className={account.needsBackup ? 'backup backup--offer' : 'backup'} aria-labelledby="backup-title">
      <h3 id="backup-title" className="backup__title">
        {account.needsBackup ? 'Your key is not backed up yet' : 'Backup'}
      </h3>
      <BackupActions account={account} />
    </section>
  );
}

/** The step right after a key is created: back it up now, or later (Account keeps reminding). */
export function BackupStep({ account }: { account: SignedInAccount }) {
  const { busy, error, postponeBackup } = useAccountStore();
  return (
    <section className="account__section" aria-labelledby="backup-step-title">
      <h2 id="backup-step-title" className="account__title">
        Back up your new key
      </h2>
      <AccountIdentity account={account} />
      <div className="backup backup--offer">
        <BackupActions account={account} />
      </div>
      <FormError message={error?.message} />
      <button type="button" className="button button--quiet" onClick={postponeBackup} disabled={Boolean(busy)}>
        Not now
      </button>
      <p className="field__hint">Until it is backed up, finished workouts stay on this device unsigned.</p>
    </section>
  );
}

/** Shows the ncryptsec to copy or download, and takes the person's word that it is saved. */
function BackupActions({ account }: { account: SignedInAccount }) {
  const { busy, exportEncryptedKey, confirmBackup } = useAccountStore();
  const [ncryptsec, setNcryptsec] = useState<string>();
  const [copied, setCopied] = useState(false);

  const show = async () => setNcryptsec(await exportEncryptedKey());
  const copy = async () => {
    if (!ncryptsec) return;
    await navigator.clipboard.writeText(ncryptsec);
    setCopied(true);
  };

  return (
    <>
      {account.needsBackup && <p className="muted">{WHY}</p>}
      <p className="muted">{WHAT}</p>
      {!account.needsBackup && <p className="backup__done">Backed up. Show it again to make another copy.</p>}
      {ncryptsec ? (
        <>
          <textarea
            className="key-box"
            readOnly
            value={ncryptsec}
            rows={5}
            aria-label="Encrypted key (ncryptsec)"
            onFocus={(e) => e.target.select()}
          />
          <div className="form__actions">
            <button type="button" className="button" onClick={() => void copy().catch(() => setCopied(false))}>
              {copied ? 'Copied' : 'Copy backup'}
            </button>
            <button type="button" className="button" onClick={() => downloadBackupFile(ncryptsec, account.npub)}>
              Download file
            </button>
          </div>
          {account.needsBackup && (
            <button type="button" className="button button--primary" onClick={() => void confirmBackup()} disabled={Boolean(busy)}>
              {busy === 'backup' ? 'Saving…' : 'I have saved my backup'}
            </button>
          )}
        </>
      ) : (
        <button
          type="button"
          className={account.needsBackup ? 'button button--primary' : 'button'}
          onClick={() => void show()}
          disabled={Boolean(busy)}
        >
          Show backup
        </button>
      )}
    </>
  );
}
