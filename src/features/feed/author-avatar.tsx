import { useState } from 'react';

/** The author's picture, or their initial on a colour of their own when there is none or it fails to load. */
export function AuthorAvatar({ pubkey, name, picture }: { pubkey: string; name: string; picture?: string }) {
  const [failed, setFailed] = useState<string>();
  if (picture && failed !== picture) {
    return <img className="avatar" src={picture} alt="" width={40} height={40} loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(picture)} />;
  }
  // The same person always gets the same hue.
  const hue = Math.round((parseInt(pubkey.slice(0, 4), 16) / 0xffff) * 360);
  return (
    <span className="avatar avatar--fallback" style={{ background: `hsl(${hue} 45% 32%)` }} aria-hidden="true">
      {(name.trim()[0] ?? '?').toUpperCase()}
    </span>
  );
}
