import { useState } from 'react';
import { AppLink } from '../../lib/app-link';
import { newTemplatePath } from '../../lib/paths';
import { useQuery } from '../../lib/query/use-query';
import { templatesQuery } from '../../store/queries/template-queries';
import { useTemplatesStore } from '../../store/templates-store';
import type { TemplateSummary } from '../../worker/api';
import { OpenLinkForm } from './open-link-form';
import { TemplateListItem } from './template-list-item';
import { TemplateScopeSwitch } from './template-scope-switch';
import './templates.css';

const EMPTY_TEXT = {
  all: 'No templates on this device yet.',
  mine: 'You have no templates yet: make one with New template, or duplicate one you like.',
  starter: 'The starter templates are not on this device yet.',
  following: 'Nobody you follow has published a template that is on this device.',
} as const;

const NO_TEMPLATES: TemplateSummary[] = [];

/** The templates on the Workout tab: new, open a shared link, and the list by whose they are. */
export function TemplatesHome() {
  const { scope, setScope, clearActionError } = useTemplatesStore();
  const { data: items = NO_TEMPLATES, loading, error } = useQuery(templatesQuery, scope, { keepPrevious: true });
  const [openingLink, setOpeningLink] = useState(false);

  return (
    <section className="templates" aria-labelledby="templates-title">
      <div className="templates__head">
        <h2 id="templates-title" className="templates__title">
          Templates
        </h2>
        <div className="templates__actions">
          <AppLink to={newTemplatePath.build()} className="button templates__new">
            New template
          </AppLink>
          {!openingLink && (
            <button
              type="button"
              className="button"
              onClick={() => {
                clearActionError();
                setOpeningLink(true);
              }}
            >
              Open a shared link
            </button>
          )}
        </div>
      </div>
      {openingLink && <OpenLinkForm onCancel={() => setOpeningLink(false)} />}
      <TemplateScopeSwitch scope={scope} onChange={setScope} />
      {error && (
        <p className="banner banner--error" role="alert">
          {error.message}
        </p>
      )}
      {!loading && items.length === 0 && !error && <p className="templates__empty">{EMPTY_TEXT[scope]}</p>}
      <ul className="template-list" aria-label="Templates" aria-busy={loading}>
        {items.map((template) => (
          <TemplateListItem key={template.address} template={template} />
        ))}
      </ul>
    </section>
  );
}
