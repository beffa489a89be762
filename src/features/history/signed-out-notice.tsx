import { AppLink } from '../../lib/app-link';
import { accountPath } from '../../lib/paths';

/** History belongs to an account: says where to sign in. */
export function SignedOutNotice() {
  return (
    <main className="screen">
      <div className="empty">
        <p className="empty__title">Sign in to see your workouts</p>
        <p>
          Your history is the workouts you signed. Sign in under Settings → Account with a new key, a key you have, or a browser extension.
        </p>
        <AppLink to={accountPath.build()} className="button button--primary button--link">
          Sign in
        </AppLink>
      </div>
    </main>
  );
}
