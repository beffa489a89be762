import { templateLinkUrl } from '../../lib/paths';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | { manual: string };

/**
 * Hands the template's link on: the system share sheet where there is one, else the
 * clipboard; where neither is allowed, the link comes back to be shown for copying by hand.
 */
export async function shareTemplate(title: string, naddr: string): Promise<ShareOutcome> {
  const url = templateLinkUrl(naddr);
  if (navigator.share) {
    try {
      await navigator.share({ title, text: `${title}: a workout template on Nostr`, url });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return { manual: url };
  }
}
