import * as z from 'zod';
import type { PolicyInput } from '@govopen/shared/src/generated/graphql';
import type { MutationResolvers, PolicyResolvers, QueryResolvers, SensitiveWordListResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, can, staffResource } from '../core/authorization';
import { badInput } from '../core/errors';
import { isOverdue, workingDeadline, type WorkingDayDeadline } from '../core/working-days';
import { keyName, parseInput } from '../core/validation';
import { IN_FORCE, type PolicyParent, type StoredPolicy } from './policy-model';
import type { PublishFinding } from './publish-checks';
import { alreadyPublishedInWords, type PolicyIdentity } from './policy-id';

// Publishing a policy as a clerk does it: read the uploaded document (the importer), check it before it
// goes out, keep the district's sensitive words and the names each department may publish under, and
// say when the interpretation is due.

/** The importer reads at most this much of a file: its base64 and the request stay within the API's 100 KB (decision 014). */
export const MAX_DOCUMENT_BYTES = 70 * 1024;
/** Interpretations are published within 3 working days of their policy (one district's plan; domain.md). */
export const INTERPRETATION_WORKING_DAYS = 3;

/**
 * The last day a policy's interpretation may be published (the day itself allowed): the 3rd working day
 * after the publication day, which is never counted itself (期间开始之日不计算在内). Unlike a resident's
 * request or rating (workingDeadline: one made on a day off counts from the next working day, as if
 * received then), a policy published on a day off owes its interpretation on the working days that
 * follow: published Saturday 2026-12-05, due by Wednesday the 9th; published Monday the 7th, by Thursday the 10th.
 */
export function interpretationDueDay(publishedDate: string): WorkingDayDeadline {
  const onDayOff = workingDeadline(publishedDate, 0).date !== publishedDate;
  return workingDeadline(publishedDate, onDayOff ? INTERPRETATION_WORKING_DAYS - 1 : INTERPRETATION_WORKING_DAYS);
}
/** Per web address in the pre-publish check; all are tried at once. */
const LINK_TIMEOUT_MS = 3000;

const uploadSchema = z.object({
  name: z.string().trim().min(1, '文件没有名字。').max(200, '文件名太长了。'),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4, `文件不能超过 ${MAX_DOCUMENT_BYTES / 1024} KB：请另存为纯文本（.txt）后再上传，或把正文粘贴进来。`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u, '文件内容没有正确传上来，请重新选择文件。'),
});

const departmentSchema = keyName('部门名称', 60);
/** The department a staff member publishes for: an editor their own, a district admin the one named or the district office. */
function ownerOf(context: RequestContext, asked: string | null | undefined): string {
  const { actor } = context;
  const owner = actor.kind === 'staff' && actor.role === 'DEPARTMENT_EDITOR' ? actor.department : asked?.trim() || context.config.districtOffice;
  authorize(actor, 'policy.manage', { department: owner });
  return owner;
}

/** The names a department may publish under: its own first, then those a district admin allowed. */
export async function issuersOf(context: RequestContext, department: string): Promise<string[]> {
  return [department, ...(await context.stores.publishing.allowedIssuers(department)).filter((name) => name !== department)];
}

/** Issue 11, finding 4: no department publishes in another body's name unless a district admin allowed it. */
export async function refuseForeignIssuer(context: RequestContext, department: string, issuer: string | null): Promise<void> {
  if (issuer === null) return;
  const allowed = await issuersOf(context, department);
  if (!allowed.includes(issuer)) throw badInput(`发布机构只能写「${allowed.join('」或「')}」。要用其他名称，请区政府办公室的管理员在“发布设置”里添加。`, { field: 'issuer' });
}

/** The policy a staff operation is about, once the rule table allows it. */
export const existingPolicy = (context: RequestContext, id: string): Promise<StoredPolicy> =>
  staffResource(context.actor, 'policy.manage', async () => (/^[0-9a-f]{16}$/.test(id) ? context.loaders.policy.load(id) : null), '找不到这份政策文件。', (policy) => policy);

/** Another published policy with the same identity (索引号, else 文号, else issuer and title, as it is now) as `draft`; not `self`. */
export async function sameDocumentAs(context: RequestContext, draft: PolicyIdentity, self?: string | null): Promise<StoredPolicy | null> {
  const other = await context.stores.policies.findDocument(draft);
  return other?.id === self ? null : other;
}

const tableText = (input: Pick<PolicyInput, 'tables'>) => (input.tables ?? []).map((table) => [table.title, ...table.columns, ...table.rows.flat()].join('\n')).join('\n');

export const publishingResolvers: {
  Query: Pick<QueryResolvers<RequestContext>, 'sensitiveWords' | 'departmentIssuers' | 'policyChecks'>;
  Mutation: Pick<MutationResolvers<RequestContext>, 'readPolicyDocument' | 'setSensitiveWords' | 'setDepartmentIssuers'>;
  Policy: Pick<PolicyResolvers<RequestContext, PolicyParent>, 'interpretationDue'>;
  SensitiveWordList: Pick<SensitiveWordListResolvers<RequestContext>, 'updatedByName'>;
} = {
  SensitiveWordList: {
    updatedByName: ({ updatedBy }, _args, context) => (updatedBy ? context.loaders.staffName.load(updatedBy) : null),
  },
  Query: {
    async sensitiveWords(_root, _args, context) {
      ownerOf(context, null);
      return context.stores.publishing.sensitiveWords();
    },
    async departmentIssuers(_root, args, context) {
      const department = parseInput(departmentSchema, args.department);
      authorize(context.actor, 'policy.manage', { department });
      return { department, issuers: await issuersOf(context, department) };
    },
    async policyChecks(_root, { input, policyId }, context) {
      // A correction is checked as its own department's, whoever the clerk is (a district admin may correct any).
      const editing = policyId ? await existingPolicy(context, policyId) : null;
      const owner = editing ? editing.department : ownerOf(context, input.department);
      // The checks (and the link checker) load with a clerk's first check, not at a cold start (issue 17).
      const { linkFindings, privateDataFindings, sensitiveWordFindings } = await import('./publish-checks');
      const texts = { title: input.title, body: input.body, tables: tableText(input) };
      const { words } = await context.stores.publishing.sensitiveWords();
      const issuer = input.issuer?.trim() || owner;
      const allowed = await issuersOf(context, owner);
      const links = await linkFindings('body', input.body, { timeoutMs: LINK_TIMEOUT_MS });
      const identity = { indexNumber: input.indexNumber?.trim() || null, documentNumber: input.documentNumber?.trim() || null, issuer, title: input.title.trim() };
      const published = await sameDocumentAs(context, identity, editing?.id);
      const findings: PublishFinding[] = [
        ...(published
          ? [
              {
                kind: 'ALREADY_PUBLISHED' as const,
                blocking: true,
                message: alreadyPublishedInWords(published, owner, editing !== null),
                field: identity.indexNumber ? 'indexNumber' : identity.documentNumber ? 'documentNumber' : 'title',
                line: null,
                excerpt: null,
                policyId: can(context.actor, 'policy.manage', { department: published.department }) ? published.id : null,
              },
            ]
          : []),
        ...privateDataFindings(texts),
        ...(allowed.includes(issuer) ? [] : [{ kind: 'ISSUER' as const, blocking: true, message: `发布机构只能写「${allowed.join('」或「')}」。`, field: 'issuer', line: null, excerpt: issuer, policyId: null }]),
        ...sensitiveWordFindings(texts, words),
        ...links.findings,
      ];
      return { canPublish: !findings.some((finding) => finding.blocking), findings, linksChecked: links.checked };
    },
  },
  Mutation: {
    async readPolicyDocument(_root, args, context) {
      ownerOf(context, null);
      const upload = parseInput(uploadSchema, args.document);
      const bytes = Buffer.from(upload.contentBase64, 'base64');
      if (bytes.length === 0) throw badInput('文件是空的。');
      if (bytes.length > MAX_DOCUMENT_BYTES) throw badInput(`文件不能超过 ${MAX_DOCUMENT_BYTES / 1024} KB：请另存为纯文本（.txt）后再上传，或把正文粘贴进来。`);
      // The importer, its readers and the words of its preview load on the first upload only (decision 008): most requests never need them.
      const [{ readPolicyDocument }, { readingOf }] = await Promise.all([import('./import/import-files'), import('./document-reading')]);
      const read = await readPolicyDocument(upload.name, new Uint8Array(bytes));
      if (!read.ok) throw badInput(`没能读出这份文件：${read.problems.join('；')}`);
      return readingOf(read.format, read);
    },
    // District admins' settings, changed rarely: their validation loads on first use, off the Lambda's cold start.
    async setSensitiveWords(_root, args, context) {
      authorize(context.actor, 'publishing.settings');
      return (await import('./publishing-settings')).setSensitiveWords(context, args.words);
    },
    async setDepartmentIssuers(_root, args, context) {
      authorize(context.actor, 'publishing.settings');
      return (await import('./publishing-settings')).setDepartmentIssuers(context, parseInput(departmentSchema, args.department), args.issuers);
    },
  },
  Policy: {
    async interpretationDue(parent, _args, context) {
      const policy = parent.department !== undefined && parent.publishedDate !== undefined ? parent : await context.loaders.policy.load(parent.id);
      // A repealed policy owes no interpretation (the 工作台 counts those in force only).
      if (!policy?.publishedDate || !IN_FORCE.includes(policy.validity) || !can(context.actor, 'policy.manage', { department: policy.department })) return null;
      const interpretations = parent.interpretations ?? (await context.loaders.interpretations.load(parent.id));
      if (interpretations.length > 0) return null;
      const due = interpretationDueDay(policy.publishedDate);
      return { ...due, overdue: isOverdue(due.date, context.now()) };
    },
  },
};
