/**
 * Ids of events known to be stored, so that a duplicate (relays resend much) costs a
 * lookup in memory instead of an IndexedDB request. Bounded, least recently used out
 * first. Ids this worker stored always enter; ids a lookup found stored only fill free
 * room, so a large re-sync of old events does not push out the recent ones relays resend.
 * A positive answer must be exact: `forget` an id as soon as its event leaves the database.
 */
export class StoredIdMemory {
  /** A Set keeps insertion order: the first id is the least recently used. */
  private readonly ids = new Set<string>();
  /** Counts forgets, so that a lookup overtaken by one does not bring back what it removed. */
  private forgets = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    if (!this.ids.has(id)) return false;
    this.ids.delete(id);
    this.ids.add(id);
    return true;
  }

  /** Ids whose events this worker has just written (after the commit). */
  stored(ids: Iterable<string>): void {
    for (const id of ids) {
      this.ids.delete(id);
      this.ids.add(id);
      if (this.ids.size > this.capacity) this.evictOldest();
    }
  }

  /** A mark to pass to `found`, taken before the lookup starts. */
  mark(): number {
    return this.forgets;
  }

  /** Ids a lookup begun at `mark` found stored; dropped if anything was forgotten meanwhile. */
  found(ids: Iterable<string>, mark: number): void {
    if (mark !== this.forgets) return;
    for (const id of ids) {
      if (this.ids.size >= this.capacity) return;
      this.ids.add(id);
    }
  }

  forget(ids: Iterable<string>): void {
    this.forgets++;
    for (const id of ids) this.ids.delete(id);
  }

  clear(): void {
    this.forgets++;
    this.ids.clear();
  }

  private evictOldest(): void {
    const oldest = this.ids.values().next();
    if (!oldest.done) this.ids.delete(oldest.value);
  }
}
