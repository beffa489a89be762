import type { Collection } from 'dexie';
import type { MediaRef } from '../../domain/imeta';
import { matchesAllWords, searchWords } from '../../domain/search-words';
import { eventKey, PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import type { ExerciseRow } from '../db/rows';

export interface ExerciseQuery {
  search?: string;
  equipment?: string;
  muscle?: string;
  offset?: number;
  limit?: number;
}

/** What a list row needs; the full definition stays in the worker until a detail view asks. */
export interface ExerciseSummary {
  address: string;
  title: string;
  equipment: string;
  difficulty: string;
  muscles: string[];
  hasMedia: boolean;
  /** The first photo, shown small in lists (loaded lazily through loadMedia). */
  photo?: MediaRef;
}

export interface ExercisePage {
  total: number;
  items: ExerciseSummary[];
}

export interface ExerciseDetail extends Omit<ExerciseRow, 'words' | 'titleLower'> {
  media: Array<MediaRef & { blob?: Blob }>;
}

export interface LibraryFacets {
  equipment: string[];
  muscles: string[];
}

export interface LibraryHandlers {
  listExercises(query: ExerciseQuery): Promise<ExercisePage>;
  getExercise(args: { address: string }): Promise<ExerciseDetail | undefined>;
  listLibraryFacets(args?: Record<string, never>): Promise<LibraryFacets>;
}

export function libraryHandlers(ctx: WorkerContext): LibraryHandlers {
  const { db } = ctx;
  return {
    async listExercises({ search = '', equipment, muscle, offset = 0, limit = 50 }) {
      const queryWords = searchWords(search);
      // Start from the most selective index, then filter the rest in memory.
      let collection: Collection<ExerciseRow, string>;
      if (queryWords.length > 0) {
        const longest = queryWords.reduce((a, b) => (b.length > a.length ? b : a));
        collection = db.exercises.where('words').startsWith(longest).distinct();
      } else if (equipment) {
        collection = db.exercises.where('equipment').equals(equipment);
      } else if (muscle) {
        collection = db.exercises.where('muscles').equals(muscle);
      } else {
        collection = db.exercises.orderBy('titleLower');
      }
      const rows = await collection
        .filter(
          (row) =>
            (!equipment || row.equipment === equipment) &&
            (!muscle || row.muscles.includes(muscle)) &&
            matchesAllWords(row.words, queryWords),
        )
        .toArray();
      if (queryWords.length > 0 || equipment || muscle) sortByRelevance(rows, search.trim().toLowerCase());
      return { total: rows.length, items: rows.slice(offset, offset + limit).map(toSummary) };
    },

    async getExercise({ address }) {
      const row = await ctx.exercises.get(address);
      if (!row) return undefined;
      ctx.access.touch(eventKey(address), PRIORITY.viewed);
      const stored = await ctx.media.stored(row.media.map((ref) => ref.url));
      const { words: _words, titleLower: _titleLower, ...detail } = row;
      return {
        ...detail,
        media: row.media.map((ref) => {
          const blob = stored.get(ref.url)?.blob;
          return blob ? { ...ref, blob } : ref;
        }),
      };
    },

    async listLibraryFacets() {
      const [equipment, muscles] = await Promise.all([
        db.exercises.orderBy('equipment').uniqueKeys(),
        db.exercises.orderBy('muscles').uniqueKeys(),
      ]);
      return { equipment: equipment.map(String), muscles: muscles.map(String) };
    },
  };
}

/** The exact title first, then titles that start with the query, then titles with a word equal to it, then A–Z. */
function sortByRelevance(rows: ExerciseRow[], query: string): void {
  const rank = (row: ExerciseRow) => {
    if (!query) return 3;
    if (row.titleLower === query) return 0;
    if (row.titleLower.startsWith(query)) return 1;
    return row.words.includes(query) ? 2 : 3;
  };
  rows.sort((a, b) => rank(a) - rank(b) || a.titleLower.localeCompare(b.titleLower));
}

function toSummary(row: ExerciseRow): ExerciseSummary {
  const photo = row.media.find((ref) => !ref.mime?.startsWith('video/'));
  return {
    address: row.address,
    title: row.title,
    equipment: row.equipment,
    difficulty: row.difficulty,
    muscles: row.muscles,
    hasMedia: row.media.length > 0,
    ...(photo ? { photo } : {}),
  };
}
