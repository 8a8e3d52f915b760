// The annual report's table (收到和处理政府信息公开申请情况) folded for a phone: the API gives the official
// columns (自然人, five kinds of organisation, 总计); a phone shows 自然人, 法人或其他组织 (the five
// together, as the official table's heading groups them) and 总计. The CSV keeps every column.

export const PHONE_COLUMNS = ['自然人', '法人或其他组织', '总计'] as const;
/** The column headings as set on a phone: 法人或其他组织 breaks where it reads well (法人或 / 其他组织), not wherever the width ends. */
export const PHONE_COLUMN_HEADINGS: Readonly<Record<(typeof PHONE_COLUMNS)[number], string>> = { 自然人: '自然人', 法人或其他组织: '法人或\n其他组织', 总计: '总计' };

/** One row's counts in the phone's three columns; null for a heading row. */
export function phoneCounts(counts: readonly number[] | null | undefined): [number, number, number] | null {
  if (!counts || counts.length === 0) return null;
  const citizen = counts[0] ?? 0;
  const total = counts[counts.length - 1] ?? 0;
  return [citizen, total - citizen, total];
}

/** A row read aloud: “（一）予以公开：自然人 3 件，法人或其他组织 1 件，共 4 件。” */
export function rowInWords(label: string, counts: readonly number[] | null | undefined): string {
  const folded = phoneCounts(counts);
  return folded ? `${label}：自然人 ${folded[0]} 件，法人或其他组织 ${folded[1]} 件，共 ${folded[2]} 件。` : `${label}。`;
}
