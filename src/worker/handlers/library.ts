import type { MediaRef } from '../../domain/imeta';
import { searchWords } from '../../domain/search-words';
import { eventKey, PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import type { ExerciseRow } from '../db/rows';
import { createExerciseSearchIndex, matching, type SearchableExercise } from '../queries/exercise-search';

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
  // Queries run over the exercises in memory: under 16 ms from keystroke to answer with 5,000 of them (issue 6).
  const searchIndex = createExerciseSearchIndex(ctx.db);
  return {
    async listExercises({ search = '', equipment, muscle, offset = 0, limit = 50 }) {
      const queryWords = searchWords(search);
      const unfiltered = queryWords.length === 0 && !equipment && !muscle;
      if (unfiltered && !searchIndex.ready()) {
        // The first screen of a cold start: its page alone is read, in the titleLower index's order as
        // byTitle; the whole list is read into memory by the first search or the filters' facets.
        const [rows, total] = await Promise.all([
          ctx.db.exercises.orderBy('titleLower').offset(offset).limit(limit).toArray(),
          ctx.db.exercises.count(),
        ]);
        return { total, items: rows.map(exerciseSummary) };
      }
      const snapshot = await searchIndex.read();
      const page = (rows: readonly SearchableExercise[]) => ({
        total: rows.length,
        items: rows.slice(offset, offset + limit).map(exerciseSummary),
      });
      if (unfiltered) return page(snapshot.byTitle);
      const query = search.trim().toLowerCase();
      // By relevance, A–Z within each rank: the matches come A–Z, so no sort.
      const ranked: SearchableExercise[][] = [[], [], [], []];
      for (const row of matching(snapshot, { queryWords, equipment, muscle })) ranked[relevance(row, query)]?.push(row);
      return page(ranked.flat());
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

    listLibraryFacets: async () => (await searchIndex.read()).facets,
  };
}

/** 0: the exact title, 1: a title that starts with the query, 2: a title with a word equal to it, 3: the rest. */
function relevance(row: SearchableExercise, query: string): number {
  if (!query) return 3;
  if (row.titleLower === query) return 0;
  if (row.titleLower.startsWith(query)) return 1;
  return row.words.includes(query) ? 2 : 3;
}

/** An exercise as list rows show it (the library, Mine, the picker). */
export function exerciseSummary(row: SearchableExercise): ExerciseSummary {
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
