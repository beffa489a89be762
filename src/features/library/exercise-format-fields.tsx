import {
  addParameter,
  applyPreset,
  FORMAT_PARAMETERS,
  FORMAT_PRESET_IDS,
  moveParameter,
  PARAMETER_UNITS,
  presetOf,
  removeParameter,
  renameParameter,
  setParameterUnit,
  unusedParameters,
  type ExerciseDraft,
  type ExerciseProblems,
} from '../../domain/exercise-draft';
import type { DistanceUnit } from '../../domain/exercise-format';
import { FormError } from '../../ui/form-error';
import { FORMAT_PRESET_NAMES, formatParameters, parameterName, unitName } from '../../ui/format';
import { MoveButtons } from '../../ui/move-buttons';

interface FormatFieldsProps {
  draft: ExerciseDraft;
  problems: ExerciseProblems;
  distanceUnit: DistanceUnit;
  change: (update: (draft: ExerciseDraft) => ExerciseDraft) => void;
}

/** What is logged per set: a preset in one tap, or parameters one by one (name, unit, order). */
export function FormatFields({ draft, problems, distanceUnit, change }: FormatFieldsProps) {
  const preset = presetOf(draft.parameters);
  const unused = unusedParameters(draft);
  return (
    <section className="exercise-editor__section" aria-labelledby="format-heading">
      <h2 id="format-heading" className="exercise-editor__heading">
        Logged per set
      </h2>
      <div className="presets" role="group" aria-label="Format presets">
        {FORMAT_PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="preset"
            aria-pressed={preset === id}
            onClick={() => change((d) => applyPreset(d, id, distanceUnit))}
          >
            {FORMAT_PRESET_NAMES[id]}
          </button>
        ))}
      </div>
      <p className="exercise-editor__summary" data-testid="format-summary">
        {draft.parameters.length === 0
          ? 'Nothing is logged yet: choose a preset or add parameters.'
          : `${preset ? '' : 'Custom: '}${formatParameters(draft.parameters.map((p) => p.name))}${
              draft.parameters.some((p) => p.name === 'weight') ? '. A negative weight is assistance (assisted pull-ups).' : '.'
            }`}
      </p>
      <ol className="parameters" aria-label="Parameters">
        {draft.parameters.map((parameter, i) => (
          <ParameterRow
            key={`${i}-${parameter.name}`}
            index={i}
            count={draft.parameters.length}
            name={parameter.name}
            unit={parameter.unit}
            problem={problems[`parameter:${i}`]}
            change={change}
          />
        ))}
      </ol>
      {unused.length > 0 && (
        <label className="parameters__add">
          <span className="visually-hidden">Add a parameter</span>
          <select value="" onChange={(event) => event.target.value && change((d) => addParameter(d, event.target.value))}>
            <option value="">+ Add a parameter…</option>
            {unused.map((name) => (
              <option key={name} value={name}>
                {parameterName(name)}
              </option>
            ))}
          </select>
        </label>
      )}
      <FormError message={problems.format} />
    </section>
  );
}

interface ParameterRowProps {
  index: number;
  count: number;
  name: string;
  unit: string;
  problem?: string;
  change: FormatFieldsProps['change'];
}

function ParameterRow({ index, count, name, unit, problem, change }: ParameterRowProps) {
  const label = parameterName(name);
  // A copied exercise may name a parameter or unit Plates does not offer: kept, and shown as written.
  const names = FORMAT_PARAMETERS.includes(name) ? FORMAT_PARAMETERS : [name, ...FORMAT_PARAMETERS];
  const offered = PARAMETER_UNITS[name] ?? [];
  const units = offered.includes(unit) ? offered : [unit, ...offered];
  return (
    <li className="parameter">
      <span className="parameter__number" aria-hidden="true">
        {index + 1}
      </span>
      <select
        aria-label={`Parameter ${index + 1}`}
        value={name}
        onChange={(event) => change((d) => renameParameter(d, index, event.target.value))}
        aria-invalid={problem ? true : undefined}
      >
        {names.map((option) => (
          <option key={option} value={option}>
            {parameterName(option)}
          </option>
        ))}
      </select>
      {units.length < 2 ? (
        // One unit only (weight is always kg, RPE 0–10…): said, not offered as a choice.
        <span className="parameter__unit" aria-label={`${label} unit: ${unitName(unit)}`}>
          {unitName(unit)}
        </span>
      ) : (
        <select
          aria-label={`${label} unit`}
          value={unit}
          onChange={(event) => change((d) => setParameterUnit(d, index, event.target.value))}
        >
          {units.map((option) => (
            <option key={option} value={option}>
              {unitName(option)}
            </option>
          ))}
        </select>
      )}
      <span className="parameter__tools">
        <MoveButtons label={label} index={index} count={count} onMove={(by) => change((d) => moveParameter(d, index, by))} />
        <button
          type="button"
          className="tool-button tool-button--danger"
          onClick={() => change((d) => removeParameter(d, index))}
          aria-label={`Remove ${label}`}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
        </button>
      </span>
      {problem && (
        <p className="exercise-editor__error parameter__error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
