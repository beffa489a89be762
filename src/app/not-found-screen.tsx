import { AppLink } from '../lib/app-link';
import { libraryPath } from '../lib/paths';

/** A path that is no screen of the app (or whose link is garbled): says so, and leads back to the Library. */
export function NotFoundScreen() {
  return (
    <main className="screen" data-testid="not-found">
      <div className="empty">
        <h2 className="empty__title">This page does not exist</h2>
        <p>The link may be mistyped or broken; nothing on this device was changed.</p>
        <AppLink to={libraryPath.build()} className="button button--primary button--link">
          Go to the Library
        </AppLink>
      </div>
    </main>
  );
}
