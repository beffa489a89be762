import { parseContacts } from '../../domain/contacts';
import { KIND } from '../../domain/kinds';
import type { PlatesDatabase } from '../db/database';
import { newestReplaceable } from './newest-replaceable';

/** The pubkeys `pubkey` follows, in list order, from their stored contact list (kind 3); none when it is not stored or unreadable. */
export async function followedPubkeys(db: PlatesDatabase, pubkey: string): Promise<string[]> {
  const contacts = await newestReplaceable(db, KIND.contacts, pubkey);
  const parsed = contacts ? parseContacts(contacts) : undefined;
  return parsed?.ok ? parsed.value.map((follow) => follow.pubkey) : [];
}
