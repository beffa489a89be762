import type { AccountState } from '../../worker/api';

/** Why this account cannot sign right now, or undefined when it can. */
export function whyCannotSign(account: AccountState | undefined): string | undefined {
  if (!account) return 'Your account is still loading.';
  if (account.status === 'signed-out') return 'You are signed out.';
  if (account.status === 'locked') return 'Your key is locked: unlock it with your passphrase.';
  if (account.status === 'needs-extension') return 'Your browser extension is not connected.';
  if (!account.canSign) return 'This account is read-only: it cannot sign.';
  return undefined;
}
