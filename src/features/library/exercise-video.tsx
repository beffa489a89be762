import { useState } from 'react';
import { useMedia } from '../../lib/use-media';
import type { ExerciseDetail } from '../../worker/api';

type Media = ExerciseDetail['media'][number];

/** A video is fetched only when the person asks to play it (it may be large); stored, it plays offline after. */
export function ExerciseVideo({ media }: { media: Media }) {
  const { blob, ...ref } = media;
  const [asked, setAsked] = useState(false);
  const video = useMedia(ref, 'video', { enabled: asked, ...(blob ? { stored: blob } : {}) });
  if (video.src) {
    return (
      <figure className="photo photo--video">
        <video
          src={video.src}
          controls
          playsInline
          preload="metadata"
          aria-label={media.alt ?? 'Exercise video'}
          onError={video.reportBroken}
        />
      </figure>
    );
  }
  return (
    <figure className="photo photo--missing">
      {!asked ? (
        <button type="button" className="button" onClick={() => setAsked(true)}>
          Play video
        </button>
      ) : (
        <span>
          {video.status === 'loading' && 'Downloading the video…'}
          {video.status === 'offline' && 'The video is not on this device. It downloads when you play it online.'}
          {video.status === 'failed' && `Video unavailable: ${video.reason ?? 'it could not be downloaded'}.`}
        </span>
      )}
    </figure>
  );
}

/** Whether an imeta names a video (by its type, or by its file name when no type is given). */
export function isVideo(media: Pick<Media, 'url' | 'mime'>): boolean {
  if (media.mime) return media.mime.startsWith('video/');
  return /\.(mp4|webm|mov|m4v)(\?|$)/i.test(media.url);
}
