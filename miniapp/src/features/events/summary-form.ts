import type { EventSummaryInput } from '../../generated/operations';

// The 吸收采纳 summary form: its fields, what is missing in words, and the API's input.

export type SummaryItem = { suggestion: string; response: string; adopted: boolean | null };
export type SummaryFields = { raised: string; items: SummaryItem[] };
type ItemErrors = Partial<Record<keyof SummaryItem, string>>;

export const emptyItem = (): SummaryItem => ({ suggestion: '', response: '', adopted: null });

export function checkSummary(fields: SummaryFields): { raised?: string; items: ItemErrors[]; any: boolean } {
  const raised = fields.raised.trim() ? undefined : '请概述居民提出的意见。';
  const items = fields.items.map((item) => ({
    ...(item.suggestion.trim() ? {} : { suggestion: '请写这条意见。' }),
    ...(item.adopted === null ? { adopted: '请选择是否采纳。' } : {}),
    ...(item.response.trim() ? {} : { response: '请写对这条意见的答复。' }),
  }));
  return { raised, items, any: Boolean(raised) || items.some((e) => Object.keys(e).length > 0) };
}

export const summaryInput = (fields: SummaryFields): EventSummaryInput => ({
  raised: fields.raised.trim(),
  adopted: fields.items.map((item) => ({ suggestion: item.suggestion.trim(), response: item.response.trim(), adopted: item.adopted === true })),
});
