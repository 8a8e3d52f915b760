/** 2026-10-09 → 2026年10月9日: a calendar date as residents read it and official documents write it. */
export function writtenDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
