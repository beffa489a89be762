import { AppLink } from '../../lib/app-link';
import { accountPath } from '../../lib/paths';

/** Why the workouts cannot be signed yet, and the way to Account where that is put right. */
export function AccountFirst({ reason }: { reason: string }) {
  return (
    <>
      <p className="import__blocked">{reason}</p>
      <AppLink to={accountPath.build()} className="button button--primary button--link">
        Go to Account
      </AppLink>
    </>
  );
}
