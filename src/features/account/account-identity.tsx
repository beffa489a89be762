import type { AccountState } from '../../worker/api';

export type SignedInAccount = Exclude<AccountState, { status: 'signed-out' }>;

export const TYPE_LABELS: Record<SignedInAccount['type'], string> = {
  local: 'Key on this device (NIP-49)',
  extension: 'Browser extension (NIP-07)',
  remote: 'Remote signer (NIP-46)',
  'read-only': 'Read-only (npub)',
};

/** Who the account is: its shortened npub (the whole one on hover) and how it signs. */
export function AccountIdentity({ account }: { account: SignedInAccount }) {
  return (
    <div className="identity">
      <p className="identity__npub" title={account.npub} data-testid="account-npub">
        {`${account.npub.slice(0, 12)}…${account.npub.slice(-6)}`}
      </p>
      <p className="identity__type">{TYPE_LABELS[account.type]}</p>
    </div>
  );
}
