import type { ReactNode } from 'react';
import type { FeedItem } from '../../worker/api';
import { AuthorAvatar } from './author-avatar';
import { authorName } from './author-name';

/** A followed person's workout: who, then the workout as History shows it. */
export function FeedCard({ item, children }: { item: FeedItem; children: ReactNode }) {
  const name = authorName(item.pubkey, item.author.name);
  return (
    <li className="feed-card">
      <div className="feed-card__author">
        <AuthorAvatar pubkey={item.pubkey} name={name} picture={item.author.picture} />
        <span className="feed-card__name">{name}</span>
      </div>
      {children}
    </li>
  );
}
