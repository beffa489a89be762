import { replaceableKey } from '../../domain/address';
import type { PlatesDatabase } from '../db/database';
import type { EventDraft } from './signer';

/**
 * NIP-01 keeps one version per replaceable or addressable key and breaks a created_at tie
 * by the lowest id, so an edit signed in the same second as the version it replaces would
 * lose to it half the time (and an address deleted in that second would swallow it). The
 * draft's created_at is moved just past the stored version and any deletion of its address.
 */
export async function afterStoredVersion(db: PlatesDatabase, draft: EventDraft, pubkey: string): Promise<EventDraft> {
  const createdAt = draft.created_at ?? Math.floor(Date.now() / 1000);
  const key = replaceableKey({ kind: draft.kind, pubkey, tags: draft.tags });
  if (!key) return { ...draft, created_at: createdAt };
  const [stored, deletion] = await Promise.all([db.events.where('address').equals(key).first(), db.deletions.get([key, pubkey])]);
  const latest = Math.max(stored?.created_at ?? -1, deletion?.deletedAt ?? -1);
  return { ...draft, created_at: Math.max(createdAt, latest + 1) };
}
