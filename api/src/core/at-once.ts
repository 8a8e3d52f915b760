/** `work` on each item, at most `atOnce` at a time (a slice of them, then the next): the answers in the items' order. */
export async function eachAtOnce<T, R>(items: readonly T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = [];
  for (let start = 0; start < items.length; start += atOnce) answers.push(...(await Promise.all(items.slice(start, start + atOnce).map(work))));
  return answers;
}
