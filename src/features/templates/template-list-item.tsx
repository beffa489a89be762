import { AppLink } from '../../lib/app-link';
import { formatCount } from '../../ui/format';
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
  const exercises = formatCount(template.exerciseCount, 'exercise');
  const sets = formatCount(template.setCount, 'set');
  return (
    <li>
      <AppLink className="template-item" to={templatePath.build({ address: template.address })}>
        <span className="template-item__text">
          <span className="template-item__title">{template.title}</span>
          <span className="template-item__meta">
            {exercises} · {sets}
          </span>
          {!template.complete && template.missingCount > 0 && (
            <span className="template-item__missing">{formatCount(template.missingCount, 'exercise')} missing</span>
          )}
        </span>
        <span className={`origin origin--${template.origin}`}>{ORIGIN_NAMES[template.origin]}</span>
      </AppLink>
    </li>
  );
}
