import type { PlatesDatabase } from '../db/database';
import { followedPubkeys } from '../queries/follows';

/** What an eviction must never take, read once per eviction run. */
export interface ProtectedSet {
  me?: string;
  /** The bundled starter library's author: its events ship with the app and are the library itself. */
  starter?: string;
  /** People the person follows: their profiles and lists are what the feed needs to show anyone. */
  follows: Set<string>;
  /** Exercises and templates the active workout uses. */
  activeWorkout: Set<string>;
  /** Events waiting in the outbox. */
  outboxEvents: Set<string>;
}

export async function readProtectedSet(db: PlatesDatabase, me: string | undefined): Promise<ProtectedSet> {
  const [starter, follows, active, outbox] = await Promise.all([
    db.settings.get('starterPackPubkey'),
    me ? followedPubkeys(db, me) : [],
    db.activeWorkout.get('current'),
    db.outbox.where('status').anyOf('pending', 'failed').toArray(),
  ]);
  return {
    ...(me ? { me } : {}),
    ...(typeof starter?.value === 'string' ? { starter: starter.value } : {}),
    follows: new Set(follows),
    activeWorkout: new Set(active ? addressesIn(active.session) : []),
    outboxEvents: new Set(outbox.map((row) => row.eventId)),
  };
}

/** Every "kind:pubkey:d" string anywhere in the saved session (its exercises and template). */
function addressesIn(session: unknown): string[] {
  const found: string[] = [];
  JSON.stringify(session, (_key, value: unknown) => {
    if (typeof value === 'string' && /^\d+:[0-9a-f]{64}:/.test(value)) found.push(value);
    return value;
  });
  return found;
}
