import type { StoreKey } from '../core/cursor';
import { decodeCursor, encodeCursor } from '../core/cursor';
import type { RequestContext } from '../app';
import { notFound } from '../core/errors';
import { deriveProject, type DerivationRules } from './project-derivation';
import type { ProjectStatus, ProjectParent, StoredProject } from './project-model';
import type { ProjectListQuery } from './project-store';
import { projectIdSchema } from './project-validation';

// Turning stored projects into what residents see today, for the resolvers.

export const rulesOf = (context: Pick<RequestContext, 'now' | 'config'>): DerivationRules => ({
  now: context.now(),
  graceWorkingDays: context.config.projectOverdueWorkingDays,
});

/** Views of the projects, with their children loaded (one BatchGet for all of them). */
export async function viewsOf(context: RequestContext, projects: readonly StoredProject[]): Promise<ProjectParent[]> {
  const childIds = projects.flatMap((project) => project.childIds);
  const children = childIds.length > 0 ? await context.loaders.project.loadMany(childIds) : [];
  const byId = new Map<string, StoredProject>();
  for (const child of children) if (child && !(child instanceof Error)) byId.set(child.id, child);
  const rules = rulesOf(context);
  return projects.map((project) =>
    deriveProject(
      project,
      project.childIds.flatMap((id) => byId.get(id) ?? []),
      rules,
    ),
  );
}

export async function viewOf(context: RequestContext, project: StoredProject): Promise<ProjectParent> {
  const [view] = await viewsOf(context, [project]);
  return view!;
}

/** The project by id, read through the request's loader; null for an id that cannot be one. */
export async function loadProject(context: RequestContext, id: string): Promise<StoredProject | null> {
  if (!projectIdSchema.safeParse(id).success) return null;
  return context.loaders.project.load(id);
}

/** The project as it is now (a consistent read, for changes), or NOT_FOUND. */
export async function currentProject(context: RequestContext, id: string): Promise<StoredProject> {
  const project = projectIdSchema.safeParse(id).success ? await context.stores.projects.get(id) : null;
  if (!project) throw notFound('找不到这个项目。');
  return project;
}

/** A filtered list reads at most this many pages before returning what it found. */
const MAX_READS = 5;

export interface ProjectPage {
  items: Array<{ cursor: string; view: ProjectParent }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * One page of a project list in list order. Status depends on today's date, so it is filtered here,
 * after deriving, reading on (at most MAX_READS pages of the index) until the page is full.
 */
export async function projectPage(context: RequestContext, query: ProjectListQuery & { status?: ProjectStatus }, first: number, after?: string): Promise<ProjectPage> {
  let startKey: StoreKey | undefined = after ? decodeCursor(after) : undefined;
  const shown: Array<{ key: StoreKey; view: ProjectParent }> = [];
  let exhausted = false;
  for (let reads = 0; reads < MAX_READS && shown.length <= first && !exhausted; reads += 1) {
    const page = await context.stores.projects.listPage(query, startKey, query.status ? 50 : first + 1);
    for (const project of page.projects) context.loaders.project.prime(project.project.id, project.project);
    const views = await viewsOf(context, page.projects.map((entry) => entry.project));
    for (const [i, view] of views.entries()) {
      if (shown.length > first) break;
      if (!query.status || view.status === query.status) shown.push({ key: page.projects[i]!.key, view });
    }
    startKey = page.lastKey;
    exhausted = startKey === undefined;
  }
  const items = shown.slice(0, first).map(({ key, view }) => ({ cursor: encodeCursor(key), view }));
  const lastShown = items.at(-1)?.cursor ?? null;
  if (shown.length > first) return { items, hasNextPage: true, endCursor: lastShown };
  // A page cut short by the read limit continues after the last item read, not the last one shown.
  return { items, hasNextPage: !exhausted, endCursor: !exhausted && startKey ? encodeCursor(startKey) : lastShown };
}
