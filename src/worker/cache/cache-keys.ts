/**
 * cacheMeta keys: `media:<url>` for a stored file, `event:<address or id>` for an event
 * (its address when it is replaceable, so every version shares one row).
 */
export const mediaKey = (url: string) => `media:${url}`;
export const eventKey = (addressOrId: string) => `event:${addressOrId}`;

/**
 * What to keep longest when space runs out; higher is kept longer. Own events, the active
 * workout, pending outbox rows and anything pinned are never evicted at all.
 */
export const PRIORITY = {
  /** Seen in passing: a list thumbnail, a feed item of someone else. */
  passing: 0,
  /** Opened on purpose: an exercise's detail, a template, a record. */
  viewed: 1,
  /** Used by the person's own templates and workouts. */
  own: 2,
} as const;
