import { createHash } from 'node:crypto';
import * as z from 'zod';
import { INTERPRETATION_KINDS, policyDraftSchema, type PolicyDraft } from '@govopen/shared';
import type { PolicyInput } from '@govopen/shared/src/generated/graphql';
import type { MutationResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, departmentFor } from '../core/authorization';
import { auditEntry, changedFields } from '../core/audit-entry';
import { conflict, notFound } from '../core/errors';
import { governmentDate } from '../core/clock';
import { isoDateSchema, parseInput, refuseUnmaskedData } from '../core/validation';
import { classify } from './import/classify';
import { sectionsOf } from './import/sections';
import { textLine } from './import/text-line';
import { alreadyPublishedInWords } from './policy-id';
import { existingPolicy, refuseForeignIssuer, sameDocumentAs } from './publishing-resolvers';
import type { StoredInterpretation, StoredPolicy } from './policy-model';
import { MAX_INTERPRETATION_QUESTIONS } from './policy-store';

const interpretationSchema = z.object({
  kind: z.enum(INTERPRETATION_KINDS),
  title: z.string().trim().min(1, '请填写解读标题。').max(200, '解读标题太长了。'),
  body: z.string().trim().min(1, '请填写解读内容。').max(50_000, '解读内容太长了。'),
  questions: z
    .array(z.object({ question: z.string().trim().min(1, '问题不能为空。').max(500), answer: z.string().trim().min(1, '回答不能为空。').max(5000) }))
    .max(MAX_INTERPRETATION_QUESTIONS, `问答最多 ${MAX_INTERPRETATION_QUESTIONS} 条。`)
    .nullish(),
  mediaUrl: z.string().url('图解或视频的地址不正确。').max(1000).startsWith('https://', '图解或视频的地址要以 https:// 开头。').nullish(),
  consultationPhone: z.string().trim().regex(/^[0-9()（）\-\s]{3,30}$/, '咨询电话只能写数字和横线。').nullish(),
  officeHours: z.string().trim().max(100, '工作时间写得太长了。').nullish(),
});

function tableText(draft: PolicyDraft): string {
  return draft.tables.map((table) => [table.title, ...table.columns, ...table.rows.flat()].join('\n')).join('\n');
}

/** An interpretation's content as staff wrote it, checked: refused with unmasked private data in it. */
function checkedInterpretation(raw: unknown) {
  const input = parseInput(interpretationSchema, raw);
  const questions = input.questions ?? [];
  refuseUnmaskedData({ title: input.title, body: input.body, questions: questions.map((q) => `${q.question}\n${q.answer}`).join('\n') });
  const { kind, title, body } = input;
  return { kind, title, body, questions, mediaUrl: input.mediaUrl ?? null, consultationPhone: input.consultationPhone ?? null, officeHours: input.officeHours ?? null };
}

/** Turns what staff typed into a checked draft: headings read from the body, topics chosen when not given. */
function draftFrom(input: PolicyInput, owner: string, today: string, keep?: StoredPolicy): PolicyDraft {
  const body = input.body.replace(/\r\n?/g, '\n').trim();
  const paragraphs = body.split('\n').map((line) => line.trim()).filter((line) => line.length > 0).map(textLine);
  const classified = classify(input.title, body);
  const draft = parseInput(policyDraftSchema, {
    title: input.title.trim(),
    documentNumber: input.documentNumber?.trim() || null,
    indexNumber: input.indexNumber?.trim() || null,
    issuer: input.issuer?.trim() || keep?.issuer || owner,
    writtenDate: input.writtenDate ?? null,
    publishedDate: input.publishedDate ?? keep?.publishedDate ?? today,
    validity: keep?.validity ?? 'VALID',
    repealedDate: keep?.repealedDate ?? null,
    disclosure: input.disclosure ?? keep?.disclosure ?? 'PROACTIVE',
    // A correction keeps what was chosen before (a typo fixed does not move the policy to other topics).
    topics: input.topics ?? keep?.topics ?? classified.topics,
    targetGroups: input.targetGroups ?? keep?.targetGroups ?? classified.targetGroups,
    body,
    sections: sectionsOf(paragraphs),
    tables: input.tables ?? [],
  });
  refuseUnmaskedData({ title: draft.title, body: draft.body, tables: tableText(draft) });
  return draft;
}

export const policyWriteResolvers: { Mutation: MutationResolvers<RequestContext> } = {
  Mutation: {
    async publishPolicy(_root, { input }, context) {
      const owner = departmentFor(context.actor, input.department?.trim(), context.config.districtOffice);
      authorize(context.actor, 'policy.manage', { department: owner });
      const draft = draftFrom(input, owner, governmentDate(context.now()));
      await refuseForeignIssuer(context, owner, draft.issuer);
      // The document published already (a second tap, or a clerk who did not know) is saved at its id and refused there unless unchanged.
      const found = (await context.stores.policies.findDocument(draft)) ?? undefined;
      const id = found?.id ?? (await context.stores.policies.idForNew(draft));
      const { policy } = await context.stores.policies.save({
        id,
        draft,
        department: owner,
        mode: 'create',
        found,
        audit: auditEntry(context.actor, 'policy.publish', id, { title: draft.title }),
      });
      return policy;
    },
    async updatePolicy(_root, { id, input, version }, context) {
      const before = await existingPolicy(context, id);
      const draft = draftFrom(input, before.department, governmentDate(context.now()), before);
      // An issuer kept as it was (an imported document's own) stands; a changed one must be allowed.
      if (draft.issuer !== before.issuer) await refuseForeignIssuer(context, before.department, draft.issuer);
      // A corrected 索引号/文号 may not become another published document's.
      const other = await sameDocumentAs(context, draft, id);
      if (other) throw conflict(alreadyPublishedInWords(other, before.department, true));
      const { policy } = await context.stores.policies.save({
        id,
        draft,
        mode: 'update',
        version,
        audit: auditEntry(context.actor, 'policy.update', id, { fields: changedFields(before, draft) }),
      });
      return policy;
    },
    async repealPolicy(_root, args, context) {
      const before = await existingPolicy(context, args.id);
      const repealedDate = parseInput(isoDateSchema, args.repealedDate);
      const { id: _id, department: _d, year: _y, summary: _s, version: _v, createdAt: _c, updatedAt: _u, ...draft } = before;
      const { policy } = await context.stores.policies.save({
        id: before.id,
        draft: parseInput(policyDraftSchema, { ...draft, validity: 'REPEALED', repealedDate }),
        mode: 'update',
        audit: auditEntry(context.actor, 'policy.repeal', before.id, { repealedDate }),
      });
      return policy;
    },
    async updateInterpretation(_root, args, context) {
      const policy = await existingPolicy(context, args.policyId);
      const content = checkedInterpretation(args.input);
      const before = (await context.loaders.interpretations.load(policy.id)).find((i) => i.id === args.id);
      if (!before) throw notFound('找不到这篇政策解读。');
      const after: StoredInterpretation = { ...before, ...content };
      const fields = changedFields(before, content);
      return context.stores.policies.updateInterpretation(policy.id, after, args.version, auditEntry(context.actor, 'policy.interpretation.update', policy.id, { interpretation: before.id, fields }));
    },
    async addInterpretation(_root, args, context) {
      const policy = await existingPolicy(context, args.policyId);
      const content = checkedInterpretation(args.input);
      // The same interpretation sent twice (a double tap, a retry) has the same id and is stored once.
      const id = createHash('sha256').update(JSON.stringify([policy.id, content.kind, content.title, content.body, content.questions])).digest('hex').slice(0, 16);
      const interpretation: StoredInterpretation = { id, ...content, publishedDate: governmentDate(context.now()), version: 1 };
      return context.stores.policies.addInterpretation(policy.id, interpretation, auditEntry(context.actor, 'policy.interpret', policy.id, { interpretation: id }));
    },
  },
};
