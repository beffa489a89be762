/**
 * Asks the browser to keep Plates' storage when space runs low (it may say no, or ask the
 * person). Called after the first logged workout and from Settings; true when granted.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function isStoragePersistent(): Promise<boolean> {
  return (await navigator.storage?.persisted?.()) ?? false;
}
