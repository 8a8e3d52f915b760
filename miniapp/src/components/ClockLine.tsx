import { Phrases } from './Phrases';

/**
 * A case's clock (答复期限：…, 未超期：最迟在…回访): 已超期 said with ⚠ and in bold, the colour only
 * repeating it; a date wraps whole (2026年12月8日 星期二, never 2026 / 年12月8日 in 长辈版).
 */
export function ClockLine({ text, overdue }: { text: string; overdue: boolean }) {
  if (!text) return null;
  return <Phrases breaks="words" className={overdue ? 'gov-overdue' : 'gov-line'} text={overdue ? `⚠ ${text}` : text} />;
}
