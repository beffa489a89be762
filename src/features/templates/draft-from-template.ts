import { TEMPLATE_TYPES, type WorkoutTemplate } from '../../domain/template';
import type { WeightUnit } from '../../domain/units';
import type { TemplateDetail } from '../../worker/api';
import { typedText } from './params';
import type { DraftExercise, TemplateDraft } from './template-draft';

/**
 * A stored template as a draft to edit, or to save as a new one (`copy`: a new empty d
 * and " (copy)" after the title). Exercises come in first-use order; one that shares set
 * numbers with the exercise before it is grouped with it.
 */
export function draftFromTemplate(template: WorkoutTemplate, detail: TemplateDetail, unit: WeightUnit, copy: boolean): TemplateDraft {
  const known = new Map(detail.exercises.map((exercise) => [exercise.address, exercise]));
  const byAddress = new Map<string, DraftExercise & { setNumbers: Set<number> }>();
  let nextKey = 1;
  for (const set of template.sets) {
    let exercise = byAddress.get(set.exerciseAddress);
    if (!exercise) {
      const stored = known.get(set.exerciseAddress);
      exercise = {
        key: `x${nextKey++}`,
        address: set.exerciseAddress,
        relayHint: set.relayHint,
        title: stored?.title,
        format: stored?.title ? stored.format : [],
        units: stored?.title ? stored.units : [],
        groupWithPrevious: false,
        sets: [],
        setNumbers: new Set(),
      };
      byAddress.set(set.exerciseAddress, exercise);
    }
    const { format, units } = exercise;
    const values = set.params.map((value, i) => typedText(format[i], units[i] ?? '', value, unit));
    exercise.sets.push({ key: `x${nextKey++}`, values });
    exercise.setNumbers.add(set.setNumber);
  }
  const grouped = [...byAddress.values()];
  const exercises = grouped.map(({ setNumbers, ...exercise }, i) => {
    const before = grouped[i - 1];
    return { ...exercise, groupWithPrevious: before !== undefined && [...setNumbers].some((n) => before.setNumbers.has(n)) };
  });
  return {
    base: copy ? { ...template, d: '' } : template,
    unit,
    title: copy ? `${template.title} (copy)` : template.title,
    description: template.description,
    type: (TEMPLATE_TYPES as readonly string[]).includes(template.type) ? template.type : 'strength',
    rest: template.restBetweenSets === undefined ? '' : String(template.restBetweenSets),
    exercises,
    nextKey,
  };
}
