export function recordPath(key: string): string {
  return `/history/${encodeURIComponent(key)}`;
}

export function exerciseHistoryPath(address: string): string {
  return `/exercise-history/${encodeURIComponent(address)}`;
}

export function templatePath(address: string): string {
  return `/template/${encodeURIComponent(address)}`;
}
