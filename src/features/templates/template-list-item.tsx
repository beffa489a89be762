import { AppLink } from '../../lib/app-link';
import type { TemplateSummary } from '../../worker/api';
import { templatePath } from '../../lib/paths';

export const ORIGIN_NAMES: Record<TemplateSummary['origin'], string> = {
  mine: 'Mine',
  starter: 'Starter',
  following: 'Following',
  other: 'Shared',
};

/** A template in the list: title, size, whose it is, and how many of its exercises are still missing. */
export function TemplateListItem({ template }: { template: TemplateSummary }) {
  const exercises = template.exerciseCount === 1 ? '1 exercise' : `${template.exerciseCount} exercises`;
  const sets = template.setCount === 1 ? '1 set' : `${template.setCount} sets`;
  return (
    <li>
      <AppLink className="template-item" to={templatePath.build({ address: template.address })}>
        <span className="template-item__text">
          <span className="template-item__title">{template.title}</span>
          <span className="template-item__meta">
            {exercises} · {sets}
          </span>
          {!template.complete && template.missingCount > 0 && (
            <span className="template-item__missing">
              {template.missingCount === 1 ? '1 exercise missing' : `${template.missingCount} exercises missing`}
            </span>
          )}
        </span>
        <span className={`origin origin--${template.origin}`}>{ORIGIN_NAMES[template.origin]}</span>
      </AppLink>
    </li>
  );
}
