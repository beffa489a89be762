import { npubEncode } from 'nostr-tools/nip19';

/** The author's profile name, or their shortened npub while no profile is stored. */
export function authorName(pubkey: string, name: string | undefined): string {
  if (name?.trim()) return name.trim();
  const npub = npubEncode(pubkey);
  return `${npub.slice(0, 10)}…${npub.slice(-4)}`;
}
