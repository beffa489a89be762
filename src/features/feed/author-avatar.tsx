import { useState } from 'react';
import { useMedia } from '../../lib/use-media';
import { useOnline } from '../../lib/use-online';

/**
 * The author's picture, kept on the device once seen (so the feed shows it offline); a
 * host that will not let the worker fetch it is shown straight from the network while
 * online. Otherwise, or when it fails to load, their initial on a colour of their own.
 */
export function AuthorAvatar({ pubkey, name, picture }: { pubkey: string; name: string; picture?: string }) {
  const online = useOnline();
  const [failed, setFailed] = useState<string>();
  const stored = useMedia({ url: picture ?? '' }, 'thumbnail', { enabled: picture !== undefined });
  const src = stored.src ?? (online && stored.status === 'failed' ? picture : undefined);
  if (picture && src && failed !== src) {
    return <img className="avatar" src={src} alt="" width={40} height={40} referrerPolicy="no-referrer" onError={() => setFailed(src)} />;
  }
  // The same person always gets the same hue.
  const hue = Math.round((parseInt(pubkey.slice(0, 4), 16) / 0xffff) * 360);
  return (
    <span className="avatar avatar--fallback" style={{ background: `hsl(${hue} 45% 32%)` }} aria-hidden="true">
      {(name.trim()[0] ?? '?').toUpperCase()}
    </span>
  );
}
