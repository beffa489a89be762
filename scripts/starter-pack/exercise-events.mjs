// free-exercise-db entry → canonical NIP-101e kind 33401 draft (unsigned).
import { imageUrl } from './media.mjs';

const SET_TYPES = 'warmup|normal|drop|failure';
const LOADED = { format: ['weight', 'reps', 'rpe', 'set_type'], units: ['kg', 'count', '0-10', SET_TYPES] };
const FORMATS = {
  strength: LOADED,
  powerlifting: LOADED,
  'olympic weightlifting': LOADED,
  strongman: LOADED,
  plyometrics: LOADED,
  stretching: { format: ['duration', 'rpe', 'set_type'], units: ['seconds', '0-10', SET_TYPES] },
  cardio: { format: ['duration', 'distance', 'rpe', 'set_type'], units: ['seconds', 'km', '0-10', SET_TYPES] },
};

const EQUIPMENT = {
  'body only': 'bodyweight',
  barbell: 'barbell',
  dumbbell: 'dumbbell',
  machine: 'machine',
  cable: 'cable',
  kettlebells: 'kettlebell',
  bands: 'bands',
  'e-z curl bar': 'ez-bar',
  'medicine ball': 'medicine-ball',
  'exercise ball': 'exercise-ball',
  'foam roll': 'foam-roller',
  other: 'other',
};

const DIFFICULTY = { beginner: 'beginner', intermediate: 'intermediate', expert: 'advanced' };
const PHOTO_LABELS = ['start position', 'end position'];

/** Format parameter names of a dataset category; throws on a category the pack does not know. */
export function formatOf(category) {
  const entry = FORMATS[category];
  if (!entry) throw new Error(`unknown category '${category}'`);
  return entry;
}

/**
 * The unsigned kind 33401 event for one dataset exercise. Tag order follows the app's
 * strict builder (src/domain/exercise.ts): d, title, format, format_units, equipment,
 * difficulty, imeta…, t….
 */
export function exerciseDraft(exercise, { createdAt, photos }) {
  const { format, units } = formatOf(exercise.category);
  const tags = [
    ['d', exercise.id],
    ['title', exercise.name.trim()],
    ['format', ...format],
    ['format_units', ...units],
    ['equipment', lookup(EQUIPMENT, exercise.equipment ?? 'other', 'equipment', exercise.id)],
    ['difficulty', lookup(DIFFICULTY, exercise.level, 'level', exercise.id)],
    ...exercise.images.map((imagePath, i) => imetaTag(exercise, imagePath, i, photos.get(imagePath))),
    ...hashtags(exercise).map((t) => ['t', t]),
  ];
  return { kind: 33401, created_at: createdAt, tags, content: numberedInstructions(exercise.instructions) };
}

/** Muscles (primary first), then category, force and mechanic, as unique lowercase slugs. */
function hashtags(exercise) {
  const words = [...exercise.primaryMuscles, ...exercise.secondaryMuscles, exercise.category, exercise.force, exercise.mechanic];
  return [...new Set(words.filter(Boolean).map(slug))];
}

function slug(word) {
  return word.trim().toLowerCase().replace(/\s+/g, '-');
}

function numberedInstructions(lines) {
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => `${i + 1}. ${line}`)
    .join('\n');
}

/** NIP-92 multi-element imeta, field order as in src/domain/imeta.ts buildImeta. */
function imetaTag(exercise, imagePath, index, photo) {
  const tag = ['imeta', `url ${imageUrl(imagePath)}`, 'm image/jpeg'];
  if (photo) tag.push(`dim ${photo.dim}`, `x ${photo.sha256}`);
  tag.push(`alt ${exercise.name.trim()} — ${PHOTO_LABELS[index] ?? `photo ${index + 1}`}`);
  return tag;
}

function lookup(table, key, field, id) {
  const value = table[key];
  if (!value) throw new Error(`exercise ${id}: unknown ${field} '${key}'`);
  return value;
}
