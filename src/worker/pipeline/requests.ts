/**
 * One IndexedDB request per item, all sent at once, results in item order. Dexie's anyOf()
 * walks a cursor, one round trip to the browser process per key; these share one round
 * trip. Used inside a transaction for reads only: writes go through Dexie, whose change
 * notifications other parts of the worker listen to.
 */
export function requestEach<K, T>(items: readonly K[], send: (item: K) => IDBRequest<T>): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const results = new Array<T>(items.length);
    let pending = items.length;
    if (pending === 0) resolve(results);
    items.forEach((item, i) => {
      const request = send(item);
      request.onsuccess = () => {
        results[i] = request.result;
        if (--pending === 0) resolve(results);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  });
}

/** A single request as a promise. */
export function requestOne<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}
