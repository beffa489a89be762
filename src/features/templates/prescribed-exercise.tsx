import { canonicalSetType } from '../../domain/tag-values';
import type { WeightUnit } from '../../domain/units';
import type { MissingExercise, TemplateExercise } from '../../worker/api';
import { MISSING_EXERCISE_TITLE, SET_TYPE_NAMES, setChipLabels } from '../../ui/format';
import { authorLabel, titleHintFromD } from './missing-exercise-name';
import { paramDisplay, paramLabel, valueColumns } from './params';

interface PrescribedExerciseProps {
  exercise: TemplateExercise;
  /** What is known of the exercise while it is not stored (its d tag, its author). */
  missing?: MissingExercise | undefined;
  /** Done in rounds with the exercise before it (they share set numbers). */
  supersetWithPrevious: boolean;
  unit: WeightUnit;
}

/** One exercise of a template with its prescribed sets, labelled by the exercise's format. */
export function PrescribedExercise({ exercise, missing, supersetWithPrevious, unit }: PrescribedExerciseProps) {
  const title = exercise.title ?? MISSING_EXERCISE_TITLE;
  const columns = valueColumns(exercise.format);
  const setTypeIndex = exercise.format.indexOf('set_type');
  const setTypes = exercise.sets.map((set) => canonicalSetType(set.params[setTypeIndex >= 0 ? setTypeIndex : set.params.length - 1] ?? ''));
  const chips = setChipLabels(setTypes);
  return (
    <section className={`prescribed ${supersetWithPrevious ? 'prescribed--superset' : ''}`} aria-label={title}>
      {supersetWithPrevious && <p className="prescribed__superset">Superset with the exercise above</p>}
      <h3 className={`prescribed__title ${exercise.title ? '' : 'prescribed__title--missing'}`}>{title}</h3>
      {!exercise.title && missing && <p className="prescribed__hint">{missingHint(missing)}</p>}
      {!exercise.title && (
        <p className="prescribed__note">Its sets show in full once it arrives from your relays; the workout can start without it.</p>
      )}
      <table className="prescribed__table">
        <thead>
          <tr>
            <th scope="col">Set</th>
            {exercise.title ? (
              columns.map((i) => (
                <th key={i} scope="col">
                  {paramLabel(exercise.format[i] ?? '', unit)}
                </th>
              ))
            ) : (
              <th scope="col">Values</th>
            )}
          </tr>
        </thead>
        <tbody>
          {exercise.sets.map((set, n) => {
            const setType = setTypes[n];
            return (
              <tr key={`${set.setNumber}-${n}`}>
                <th scope="row">
                  <span className={`set-badge set-badge--${setType ?? 'normal'}`} title={setType ? SET_TYPE_NAMES[setType] : undefined}>
                    {chips[n]}
                  </span>
                </th>
                {exercise.title ? (
                  columns.map((i) => (
                    <td key={i}>{paramDisplay(exercise.format[i] ?? '', exercise.units[i] ?? '', set.params[i] ?? '', unit)}</td>
                  ))
                ) : (
                  <td>{set.params.filter((param) => param.trim() !== '').join(' · ') || '—'}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** "Probably “Mystery lift”, by Dana": the d tag's words and whose it is. */
function missingHint(missing: MissingExercise): string {
  const hint = titleHintFromD(missing.d);
  const named = hint ? `Probably “${hint}”` : `d tag “${missing.d}”`;
  return missing.pubkey ? `${named}, by ${authorLabel(missing.pubkey, missing.authorName)}` : named;
}
