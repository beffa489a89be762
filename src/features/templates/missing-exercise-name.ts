import { npubEncode } from 'nostr-tools/nip19';

/**
 * A readable guess at a missing exercise's title from its `d` tag, the only hint a template
 * holds of it: "barbell-back-squat" → "Barbell back squat", "Barbell_Squat" → "Barbell Squat",
 * "push-press-1a2b3c4d" → "Push press". Undefined when the `d` is an id with no words in it
 * (a UUID, a timestamp).
 */
export function titleHintFromD(d: string): string | undefined {
  const words = d
    .split(/[-_\s.:/]+/)
    .filter((word) => word !== '')
    .filter((word) => !isIdLike(word));
  if (!words.some((word) => /\p{L}/u.test(word))) return undefined;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A number of four or more digits, or hex of four or more characters with a digit in it. */
function isIdLike(word: string): boolean {
  return /^\d{4,}$/.test(word) || (/^[0-9a-f]{4,}$/i.test(word) && /\d/.test(word));
}

/** Whose it is: the author's profile name, or their shortened npub while no profile is stored. */
export function authorLabel(pubkey: string, name: string | undefined): string {
  if (name?.trim()) return name.trim();
  const npub = npubEncode(pubkey);
  return `${npub.slice(0, 10)}…${npub.slice(-4)}`;
}
