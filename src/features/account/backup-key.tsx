import { useState } from 'react';
import { useAccountStore } from '../../store/account-store';

/** Shows and copies the NIP-49 ncryptsec of the local key; offered at once after a key is created. */
export function BackupKey() {
  const { busy, offerBackup, exportEncryptedKey } = useAccountStore();
  const [ncryptsec, setNcryptsec] = useState<string>();
  const [copied, setCopied] = useState(false);

  const show = async () => setNcryptsec(await exportEncryptedKey());
  const copy = async () => {
    if (!ncryptsec) return;
    await navigator.clipboard.writeText(ncryptsec);
    setCopied(true);
  };

  return (
    <section className={offerBackup ? 'backup backup--offer' : 'backup'} aria-labelledby="backup-title">
      <h3 id="backup-title" className="backup__title">
        {offerBackup ? 'Back up your new key now' : 'Backup'}
      </h3>
      <p className="muted">
        The backup is your key encrypted with your passphrase (an ncryptsec, NIP-49). Keep it somewhere safe: with the passphrase it
        restores this account here or in any Nostr app that reads ncryptsec.
      </p>
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
          <button type="button" className="button button--primary" onClick={() => void copy().catch(() => setCopied(false))}>
            {copied ? 'Copied' : 'Copy backup'}
          </button>
        </>
      ) : (
        <button type="button" className="button button--primary" onClick={() => void show()} disabled={Boolean(busy)}>
          Back up key
        </button>
      )}
    </section>
  );
}
