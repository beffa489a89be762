import type { MediaRef } from '../../domain/imeta';
import type { NostrEvent, UnsignedEvent } from '../../domain/nostr-event';
import type { TemplateSet } from '../../domain/template';

/** A raw event as stored: the NIP-01 object plus what queries need. */
export interface EventRow extends NostrEvent {
  /** kind:pubkey:d for addressable, kind:pubkey: for replaceable kinds; absent otherwise (a sparse index). */
  address?: string;
  /** "name:value" of every tag (multiEntry index; see domain/tag-keys.ts). */
  tagKeys: string[];
  receivedAt: number;
  source: string;
}

/**
 * A NIP-09 deletion remembered even when its target is not (yet) stored, so a deleted
 * event arriving again stays deleted. `target` is an event id or an address.
 */
export interface DeletionRow {
  target: string;
  pubkey: string;
  /** created_at of the kind 5 event: an address's versions up to this time are deleted. */
  deletedAt: number;
  deletionId: string;
}

/** Read model of a kind 33401 exercise. */
export interface ExerciseRow {
  address: string;
  eventId: string;
  pubkey: string;
  d: string;
  title: string;
  titleLower: string;
  /** Lowercase title words, for the in-memory prefix search (queries/exercise-search.ts). */
  words: string[];
  equipment: string;
  difficulty: string;
  muscles: string[];
  hashtags: string[];
  format: string[];
  formatUnits: string[];
  instructions: string;
  media: MediaRef[];
  createdAt: number;
}

/** Read model of a kind 33402 workout template. */
export interface TemplateRow {
  address: string;
  eventId: string;
  pubkey: string;
  d: string;
  title: string;
  titleLower: string;
  type: string;
  description: string;
  /** Prescribed sets in order (inline: a row per set multiplied the write cost). */
  sets: TemplateSet[];
  /** Distinct exercises the template uses (multiEntry index: "templates using this exercise"). */
  exerciseAddresses: string[];
  setCount: number;
  /** 1 when every referenced exercise is stored, 0 when some are missing (IndexedDB cannot index booleans). */
  complete: 0 | 1;
  createdAt: number;
}

/** Workout record read model (kind 1301, legacy 33403). */
export interface RecordRow {
  /** The event id of a 1301; the address of a legacy (addressable) 33403. */
  key: string;
  eventId: string;
  pubkey: string;
  d: string;
  title: string;
  type: string;
  start: number;
  end: number;
  completed: 0 | 1;
  /** Absent when the workout was not started from a template. */
  templateAddress?: string;
  exerciseAddresses: string[];
  setCount: number;
  legacy: 0 | 1;
}

/** One exercise a template is waiting for; indexed by the missing address. */
export interface IncompleteTemplateRow {
  templateAddress: string;
  missingAddress: string;
  relayHint: string;
}

/** A media file stored locally, keyed by the url its imeta names. */
export interface MediaRow {
  url: string;
  blob: Blob;
  /** A small WebP for lists, made in the worker; absent where the thread cannot decode images. */
  thumbnail?: Blob;
  /** Sniffed from the bytes, not taken from the server or the event. */
  mime: string;
  size: number;
  sha256: string;
  storedAt: number;
}

/**
 * Cache bookkeeping of one stored thing (see cache/cache-keys.ts): how recently and how
 * often it was read, how much it matters, whether the person pinned it for offline use.
 */
export interface CacheMetaRow {
  key: string;
  lastAccessed: number;
  accessCount: number;
  priority: number;
  pinned: 0 | 1;
  /** Bytes it takes, where known (media). */
  size?: number;
}

/** One query key's history with the relays: "asked, found nothing" is remembered too. */
export interface FetchLogRow {
  key: string;
  /** When relays last answered for this key (0: never). */
  lastFetched: number;
  resultCount: number;
  error?: string;
  /** Refreshes failed in a row, and when the next may be tried (exponential backoff). */
  failures?: number;
  retryAt?: number;
  /** Set while the key waits for relays to come back: its refresh priority, 0 first (a sparse index). */
  pendingPriority?: number;
  /** What to ask the relays when refreshing this key without its caller. */
  request?: StoredRequest;
}

export interface StoredRequest {
  dataClass: string;
  filters: unknown[];
  relays: string[];
  incremental: boolean;
}

/**
 * One event on its way to one relay. The signed event travels in the row, so a publish
 * survives reloads and even a crash before the local copy was written.
 */
export interface OutboxRow {
  id?: number;
  eventId: string;
  event: NostrEvent;
  relay: string;
  /** pending: not yet accepted; sent: the relay said OK; failed: the relay refused it (retry by hand). */
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttempt: number;
  createdAt: number;
  sentAt?: number;
  /** The relay's OK message, or why the last attempt failed. */
  lastMessage?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The workout being logged ('current'): the session state as plain JSON, written on every change. */
export interface ActiveWorkoutRow {
  key: 'current';
  session: unknown;
  savedAt: number;
  /** Counts the row's writes (compare-and-set across tabs); rows saved before it had none (0). */
  version?: number;
}

/**
 * A Strong or Hevy import under way (worker/import/import-runner.ts): its workouts' records
 * wait as `importDrafts` rows, signed and queued a chunk at a time; the row goes with the last.
 */
export interface ImportJobRow {
  /** The id of the preview it was started from. */
  id: string;
  /** Who started it: only this account signs its records. */
  pubkey: string;
  /** Records to sign and queue, done so far, and found already here (on starting, or since). */
  total: number;
  done: number;
  skipped: number;
  /** Own exercises made for it before its records were built. */
  created: number;
  startedAt: number;
}

/** One workout's record of an import, built and checked: only signing is left. Removed when queued. */
export interface ImportDraftRow {
  jobId: string;
  /** Oldest workout first: the order records are signed, published and numbered for PRs in. */
  position: number;
  d: string;
  start: number;
  event: UnsignedEvent;
}
