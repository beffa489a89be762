/** First value of the first tag with this name, e.g. tagValue(tags, 'd'). */
export function tagValue(tags: readonly string[][], name: string): string | undefined {
  for (const tag of tags) if (tag[0] === name) return tag[1];
  return undefined;
}

/** Second element of every tag with this name. */
export function tagValues(tags: readonly string[][], name: string): string[] {
  const values: string[] = [];
  for (const tag of tags) if (tag[0] === name && tag[1] !== undefined) values.push(tag[1]);
  return values;
}

export function findTag(tags: readonly string[][], name: string): string[] | undefined {
  return tags.find((tag) => tag[0] === name);
}
