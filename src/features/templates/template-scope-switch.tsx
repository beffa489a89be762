import type { TemplateScope } from '../../worker/api';

const SCOPES: ReadonlyArray<{ scope: TemplateScope; label: string }> = [
  { scope: 'all', label: 'All' },
  { scope: 'mine', label: 'Mine' },
  { scope: 'starter', label: 'Starter' },
  { scope: 'following', label: 'Following' },
];

/** Which templates the list shows: all, the person's own, the starter pack's, or from people they follow. */
export function TemplateScopeSwitch({ scope, onChange }: { scope: TemplateScope; onChange: (scope: TemplateScope) => void }) {
  return (
    <div className="pill-switch" role="group" aria-label="Show templates">
      {SCOPES.map((option) => (
        <button
          key={option.scope}
          type="button"
          className="pill-switch__option"
          aria-pressed={option.scope === scope}
          onClick={() => onChange(option.scope)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
