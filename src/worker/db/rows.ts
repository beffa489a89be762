import type { MediaRef } from '../../domain/imeta';
import type { NostrEvent } from '../../domain/nostr-event';

/** A raw event as stored: the NIP-01 object plus what queries need. */
export interface EventRow extends NostrEvent {
  /** kind:pubkey:d for addressable, kind:pubkey: for replaceable kinds; '' otherwise. */
  address: string;
  receivedAt: number;
  source: string;
}

/** One tag of one event; position keeps the event's tag order. */
export interface TagRow {
  eventId: string;
  position: number;
  name: string;
  value: string;
}

/** Read model of a kind 33401 exercise. */
export interface ExerciseRow {
  address: string;
  eventId: string;
  pubkey: string;
  d: string;
  title: string;
  titleLower: string;
  /** Lowercase title words (multiEntry index) for prefix search. */
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
  exerciseCount: number;
  setCount: number;
  /** 1 when every referenced exercise is stored, 0 when some are missing (IndexedDB cannot index booleans). */
  complete: 0 | 1;
  createdAt: number;
}

/** One prescribed set of a template, in order. */
export interface TemplateExerciseRow {
  templateAddress: string;
  position: number;
  exerciseAddress: string;
  relayHint: string;
  params: string[];
  setNumber: number;
}

/** Workout record read model (kind 1301, legacy 33403); filled by the records pipeline. */
export interface RecordRow {
  id: string;
  pubkey: string;
  title: string;
  start: number;
  end: number;
  templateAddress: string;
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
  mime: string;
  size: number;
  sha256: string;
  storedAt: number;
}

export interface CacheMetaRow {
  key: string;
  lastAccessed: number;
  accessCount: number;
  priority: number;
  pinned: 0 | 1;
}

export interface FetchLogRow {
  key: string;
  lastFetched: number;
  resultCount: number;
  error?: string;
}

export interface OutboxRow {
  id?: number;
  eventId: string;
  relay: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttempt: number;
  lastMessage?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}
