import type { RequestContext } from '../app';
import type { Page } from '../core/items';
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

/**
 * One page of a project list in list order. Status depends on today's date, so it is filtered here,
 * after deriving, by the store's paged query (which reads on until the page is full).
 */
export function projectPage(context: RequestContext, query: ProjectListQuery & { status?: ProjectStatus }, first: number, after?: string): Promise<Page<ProjectParent>> {
  return context.stores.projects.list(query, { first, after, sparse: query.status !== undefined }, async (projects) => {
    for (const project of projects) context.loaders.project.prime(project.id, project);
    const views = await viewsOf(context, projects);
    return views.map((view) => (!query.status || view.status === query.status ? view : null));
  });
}
