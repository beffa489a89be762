import { AppLink } from '../../lib/app-link';
import { accountPath } from '../../lib/paths';

/** Why the feed is empty, and what to do about it. */
export function FeedEmpty({ reason }: { reason: 'signed-out' | 'no-follows' | 'no-workouts' }) {
  if (reason === 'signed-out') {
    return (
      <div className="empty">
        <p className="empty__title">Sign in to see your friends’ workouts</p>
        <p>The feed shows the workouts of the people you follow on Nostr. Sign in under Settings → Account.</p>
        <AppLink to={accountPath.build()} className="button button--primary button--link">
          Sign in
        </AppLink>
      </div>
    );
  }
  if (reason === 'no-follows') {
    return (
      <div className="empty">
        <p className="empty__title">You follow nobody yet</p>
        <p>Follow lifters from another Nostr app; Plates reads your kind 3 list and shows their workouts here.</p>
      </div>
    );
  }
  return (
    <div className="empty">
      <p className="empty__title">No workouts from the people you follow yet</p>
      <p>When someone you follow logs a workout, it appears here. Pull down or tap Refresh to check again.</p>
    </div>
  );
}
