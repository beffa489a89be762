import { SegmentedControl } from '../../ui/segmented-control';
import type { TemplateScope } from '../../worker/api';

const SCOPES: ReadonlyArray<{ value: TemplateScope; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Mine' },
  { value: 'starter', label: 'Starter' },
  { value: 'following', label: 'Following' },
];

/** Which templates the list shows: all, the person's own, the starter pack's, or from people they follow. */
export function TemplateScopeSwitch({ scope, onChange }: { scope: TemplateScope; onChange: (scope: TemplateScope) => void }) {
  return <SegmentedControl label="Show templates" options={SCOPES} value={scope} onChange={onChange} />;
}
