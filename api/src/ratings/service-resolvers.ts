import * as z from 'zod';
import { connectionOf } from '../core/items';
import type { Resolvers } from '../generated/resolvers';
import { authorize, departmentFor, staffActing, viewerCan } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { badInput, conflict } from '../core/errors';
import { keyName, optionalText, pageArgs, parseInput, requiredText } from '../core/validation';
import { staffService } from './rating-access';
import { SERVICE_ID, serviceIdFor } from './rating-ids';
import { ratingLink } from './rating-links';
import { SERVICE_CHANNELS, type StoredService } from './rating-model';
import type { RequestContext } from '../app';

export const pageArgsSchema = z.object(pageArgs);

const departmentName = keyName('部门名称', 60);

const listSchema = z.object({
  ...pageArgs,
  filter: z.object({ department: departmentName.nullish(), channel: z.enum(SERVICE_CHANNELS).nullish() }).nullish(),
});

/** 窗口号: digits and letters, as painted above the counter (3, 12, A12, B-3). */
const windowNumber = z.string().trim().regex(/^[0-9A-Za-z-]{1,10}$/u, '窗口号只能有数字、字母和横线，最多 10 位，例如 3 或 A12。');

const serviceSchema = z
  .object({
    name: requiredText('服务名称', 60),
    channel: z.enum(SERVICE_CHANNELS),
    windows: z.array(windowNumber).max(100, '窗口最多 100 个。').nullish().transform((w) => [...new Set((w ?? []).map((n) => n.toUpperCase()))]),
    description: optionalText('服务说明', 500),
    department: departmentName.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.channel === 'WINDOW' && input.windows.length === 0) ctx.addIssue({ code: 'custom', message: '窗口服务请至少填写一个窗口号。', path: ['windows'] });
    if (input.channel !== 'WINDOW' && input.windows.length > 0) ctx.addIssue({ code: 'custom', message: '只有窗口服务才有窗口号。', path: ['windows'] });
  });

/** 窗口号 as asked for a link: one of the service's windows, or none. */
export function checkedWindow(service: StoredService, window: string | null | undefined): string | null {
  if (window === null || window === undefined || window.trim() === '') return null;
  const number = window.trim().toUpperCase();
  if (service.channel !== 'WINDOW') throw badInput('这项服务不在窗口办理，不用填窗口号。', { field: 'window' });
  if (!service.windows.includes(number)) throw badInput(`这项服务没有 ${number.slice(0, 10)} 号窗口。`, { field: 'window' });
  return number;
}

/**
 * 停用 or 重新启用: one conditional write with its audit entry. Asking for the state the service is
 * already in (a double tap, a retry, two clerks at once) changes nothing and answers the service.
 */
async function setDisabled(context: RequestContext, id: string, disabled: boolean): Promise<StoredService> {
  const before = await staffService(context, id);
  if (before.disabled === disabled) return before;
  const service: StoredService = { ...before, disabled, version: before.version + 1, updatedAt: context.now().toISOString() };
  const entry = auditEntry(context.actor, disabled ? 'service.disable' : 'service.enable', before.id, { name: before.name });
  if (await context.stores.ratings.updateService(service, before.version, entry)) return service;
  const now = await context.stores.ratings.getService(id);
  if (now && now.disabled === disabled) return now;
  throw conflict('这项服务刚被别人修改过，请刷新后再试。');
}

export const serviceResolvers: Resolvers = {
  Query: {
    async services(_root, args, context) {
      const { first, after, filter } = parseInput(listSchema, args);
      const page = await context.stores.ratings.listServices({
        department: filter?.department ?? undefined,
        channel: filter?.channel ?? undefined,
        first,
        after: after || undefined,
      });
      for (const { node } of page.items) context.loaders.ratedService.prime(node.id, node);
      return connectionOf(page);
    },
    service: (_root, { id }, context) => (SERVICE_ID.test(id) ? context.loaders.ratedService.load(id) : null),
  },
  Mutation: {
    async createService(_root, args, context) {
      staffActing(context.actor, 'service.manage');
      const input = parseInput(serviceSchema, args.input);
      const department = departmentFor(context.actor, input.department, context.config.districtOffice);
      authorize(context.actor, 'service.manage', { department });
      const id = serviceIdFor(department, input.name);
      const now = context.now().toISOString();
      const service: StoredService = {
        id,
        department,
        name: input.name,
        channel: input.channel,
        windows: input.windows,
        description: input.description,
        demo: false,
        disabled: false,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      if (await context.stores.ratings.createService(service, auditEntry(context.actor, 'service.create', id, { name: input.name, department }))) return service;
      // The same request again (a double tap, a retry) finds the service it made.
      const existing = await context.stores.ratings.getService(id);
      const same = existing && existing.name === service.name && existing.channel === service.channel && JSON.stringify(existing.windows) === JSON.stringify(service.windows) && existing.description === service.description;
      if (existing && same) return existing;
      throw conflict('这个部门已经有（或曾经有过）同名的服务，请换一个名称，或修改原来那项服务。');
    },
    async updateService(_root, args, context) {
      const before = await staffService(context, args.id);
      const input = parseInput(serviceSchema, args.input);
      if (input.department && input.department !== before.department) throw badInput('服务所属部门不能更改；请在新部门新建这项服务。', { field: 'department' });
      const service: StoredService = {
        ...before,
        name: input.name,
        channel: input.channel,
        windows: input.windows,
        description: input.description,
        version: before.version + 1,
        updatedAt: context.now().toISOString(),
      };
      const changed = (['name', 'channel', 'windows', 'description'] as const).filter((f) => JSON.stringify(before[f]) !== JSON.stringify(service[f]));
      if (changed.length === 0) return before;
      if (!(await context.stores.ratings.updateService(service, before.version, auditEntry(context.actor, 'service.update', before.id, { fields: changed })))) {
        throw conflict('这项服务刚被别人修改过，请刷新后再试。');
      }
      return service;
    },
    disableService: (_root, args, context) => setDisabled(context, args.id, true),
    enableService: (_root, args, context) => setDisabled(context, args.id, false),
  },
  Service: {
    description: (service) => service.description,
    ratingLink: (service, { window }, context) => ratingLink(context.config.publicBaseUrl, service, checkedWindow(service, window)),
    ratingLinks: (service, _args, context) => [null, ...service.windows].map((window) => ratingLink(context.config.publicBaseUrl, service, window)),
    viewerCan: (service, _args, context) => viewerCan(context.actor, service, { manage: 'service.manage' }),
  },
};
