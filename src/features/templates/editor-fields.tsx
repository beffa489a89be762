import { useId } from 'react';
import { TEMPLATE_TYPES } from '../../domain/template';
import type { TemplateDraft } from './template-draft';

interface TemplateFieldsProps {
  draft: TemplateDraft;
  errors: Record<string, string>;
  change: (update: (draft: TemplateDraft) => TemplateDraft) => void;
}

const TYPE_NAMES: Record<(typeof TEMPLATE_TYPES)[number], string> = {
  strength: 'Strength',
  circuit: 'Circuit',
  emom: 'EMOM',
  amrap: 'AMRAP',
  superset: 'Superset',
  metcon: 'Metcon',
};

/** Title, type, rest between sets and description. */
export function TemplateFields({ draft, errors, change }: TemplateFieldsProps) {
  const id = useId();
  return (
    <div className="editor__fields">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          Title
        </label>
        <input
          id={`${id}-title`}
          value={draft.title}
          placeholder="Push day"
          onChange={(event) => change((d) => ({ ...d, title: event.target.value }))}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="field__error" role="alert">
            {errors.title}
          </p>
        )}
      </div>
      <div className="editor__pair">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-type`}>
            Type
          </label>
          <select
            id={`${id}-type`}
            className="editor__select"
            value={draft.type}
            onChange={(event) => change((d) => ({ ...d, type: event.target.value }))}
          >
            {TEMPLATE_TYPES.map((type) => (
              <option key={type} value={type}>
                {TYPE_NAMES[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-rest`}>
            Rest (seconds)
          </label>
          <input
            id={`${id}-rest`}
            inputMode="numeric"
            value={draft.rest}
            placeholder="90"
            onChange={(event) => change((d) => ({ ...d, rest: event.target.value }))}
            aria-invalid={errors.rest ? true : undefined}
            aria-describedby={errors.rest ? `${id}-rest-error` : undefined}
          />
        </div>
      </div>
      {errors.rest && (
        <p id={`${id}-rest-error`} className="field__error" role="alert">
          {errors.rest}
        </p>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          Description
        </label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={draft.description}
          placeholder="What it is for, how to progress"
          onChange={(event) => change((d) => ({ ...d, description: event.target.value }))}
        />
      </div>
    </div>
  );
}
