import { useEffect, useRef } from 'react';
import { useObjectUrl } from '../../lib/use-object-url';
import type { ExportFile } from '../../store/settings-store';
import { formatCount } from '../../ui/format';

/** A file made for the person: it downloads at once, and the link stays for saving it again. */
export function SavedFile({ file, noun }: { file: ExportFile; noun: string }) {
  const url = useObjectUrl(file.blob);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (url) link.current?.click();
  }, [url]);
  if (!url) return null;
  return (
    <p role="status" className="settings-card__good">
      {formatCount(file.count, noun)} exported.{' '}
      <a ref={link} href={url} download={file.filename} className="inline-link">
        Save {file.filename} again
      </a>
    </p>
  );
}
