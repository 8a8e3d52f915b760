import { staffResource, type Permission, type Resource } from '../core/authorization';
import type { RequestContext } from '../app';
import type { StoredProject } from './project-model';
import { projectIdSchema } from './project-validation';

type ProjectPermission = Extract<Permission, 'project.manage' | 'project.report'>;

/**
 * Who answers for a project in the rule table: its lead department and, for a child project, the
 * parent's lead; for reporting progress also the co-operating departments.
 */
export async function projectResource(
  context: RequestContext,
  project: Pick<StoredProject, 'leadDepartment' | 'cooperatingDepartments' | 'parentId'>,
  permission: ProjectPermission,
): Promise<Resource> {
  const parent = project.parentId ? await context.loaders.project.load(project.parentId) : null;
  const parentLead = parent ? [parent.leadDepartment] : [];
  return { department: project.leadDepartment, otherDepartments: permission === 'project.report' ? [...project.cooperatingDepartments, ...parentLead] : parentLead };
}

/** The project (as it is now) a staff operation is about, once the rule table allows it. */
export const staffProject = (context: RequestContext, id: string, permission: ProjectPermission): Promise<StoredProject> =>
  staffResource(
    context.actor,
    permission,
    async () => (projectIdSchema.safeParse(id).success ? context.stores.projects.get(id) : null),
    '找不到这个项目。',
    (project) => projectResource(context, project, permission),
  );

/** `<projectId>.<n>` → the project (as it is now) and the milestone, once the rule table allows managing it. */
export async function staffMilestone(context: RequestContext, milestoneId: string) {
  const projectId = /^([0-9a-f]{16})\.\d{1,3}$/u.exec(milestoneId)?.[1];
  const project = await staffResource(
    context.actor,
    'project.manage',
    async () => {
      const found = projectId ? await context.stores.projects.get(projectId) : null;
      return found?.milestones.some((m) => m.id === milestoneId) ? found : null;
    },
    '找不到这个节点。',
    (found) => projectResource(context, found, 'project.manage'),
  );
  const index = project.milestones.findIndex((m) => m.id === milestoneId);
  return { project, index, milestone: project.milestones[index]! };
}
