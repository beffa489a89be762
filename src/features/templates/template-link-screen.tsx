import { useEffect } from 'react';
import { AppLink } from '../../lib/app-link';
import { navigate } from '../../lib/router';
import { useTemplatesStore } from '../../store/templates-store';
import { ActionError } from '../../ui/action-error';
import { templatePath, WORKOUT_PATH } from '../../lib/paths';

/** A shared template link opened in Plates: fetched (with its exercises) when it is not here yet, then shown. */
export function TemplateLinkScreen({ link }: { link: string }) {
  const error = useTemplatesStore((s) => s.actionError);
  const openLink = useTemplatesStore((s) => s.openLink);

  useEffect(() => {
    void openLink(link).then((address) => address && navigate(templatePath.build({ address }), { replace: true }));
  }, [link, openLink]);

  return (
    <main className="screen">
      {error ? (
        <div className="template-link">
          <ActionError error={error} />
          <AppLink to={WORKOUT_PATH} className="button">
            Back to templates
          </AppLink>
        </div>
      ) : (
        <p className="muted" role="status">
          Looking for the template on this device and your relays…
        </p>
      )}
    </main>
  );
}
