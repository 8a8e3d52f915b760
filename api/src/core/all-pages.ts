import type { Page, PageRequest } from './items';

/** Reads every page of a cursor-paged list (work that needs all of it: indexing, scheduled tasks). */
export async function allPages<T>(page: (request: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  for (;;) {
    const read = await page({ first: 100, after });
    all.push(...read.items.map((item) => item.node));
    if (!read.hasNextPage || !read.endCursor) return all;
    after = read.endCursor;
  }
}
