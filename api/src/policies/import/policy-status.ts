import type { Disclosure, Validity } from '@govopen/shared';

// 效力状态 and 公开方式 as written in metadata, in their Simplified form.

/** 有效 → VALID; 已修改 / 修改 / 修订 → AMENDED; 已废止 / 废止 / 失效 → REPEALED; else null. */
export function validityOf(simple: string): Validity | null {
  if (/废止|失效/u.test(simple)) return 'REPEALED';
  if (/修改|修订/u.test(simple)) return 'AMENDED';
  if (/有效/u.test(simple)) return 'VALID';
  return null;
}

/** 主动公开 → PROACTIVE; 依申请公开 → ON_REQUEST; 不予公开 / 不公开 → NOT_DISCLOSED; else null. */
export function disclosureOf(simple: string): Disclosure | null {
  if (/依申请/u.test(simple)) return 'ON_REQUEST';
  if (/不予公开|不公开/u.test(simple)) return 'NOT_DISCLOSED';
  if (/主动公开|公开发布/u.test(simple)) return 'PROACTIVE';
  return null;
}

/** The 公开属性 note printed under a signature: （此件公开发布）, （此件依申请公开）… */
export function disclosureNote(simple: string): Disclosure | null {
  const note = /^[（(]?\s*此件(.+?)\s*[）)]?$/u.exec(simple.trim());
  return note ? disclosureOf(note[1] ?? '') : null;
}
