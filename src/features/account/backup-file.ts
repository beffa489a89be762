/** Saves the ncryptsec as a small text file that says what it is and how to use it. */
export function downloadBackupFile(ncryptsec: string, npub: string, now = new Date()): void {
  const text = [
    'Plates — backup of your Nostr key',
    '',
    `Account: ${npub}`,
    `Saved: ${now.toISOString().slice(0, 10)}`,
    '',
    'Below is your secret key encrypted with your passphrase (an ncryptsec, NIP-49).',
    'With the passphrase it restores the account in Plates (Account → Import a key)',
    'or in any Nostr app that reads ncryptsec. Without the passphrase it cannot be opened.',
    '',
    ncryptsec,
    '',
  ].join('\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `plates-key-backup-${npub.slice(0, 16)}.txt`;
  link.click();
  // The download has started by the time the page next runs a task; the URL is freed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
