import { TOPICS } from './policy';

type Topic = (typeof TOPICS)[number];

/**
 * The themes the district's plans name for open days, each with the 主题 (TOPICS) it is news for: a
 * resident subscribes in one vocabulary, the policies' one, and hears of an open day on it too.
 */
export const OPEN_DAY_THEMES = {
  民生保障: ['社会保障', '养老服务', '住房保障', '就业创业'],
  教育医疗: ['教育', '医疗卫生'],
  营商环境: ['营商环境', '市场监管'],
  征收拆迁: ['城乡建设', '住房保障'],
} as const satisfies Record<string, readonly Topic[]>;

/** The 主题 an open day's theme is news for: a theme that is itself a 主题, a plan's theme's topics, or none (its department's subscribers still hear). */
export function topicsOfOpenDayTheme(theme: string): Topic[] {
  const named = theme.trim();
  if ((TOPICS as readonly string[]).includes(named)) return [named as Topic];
  return [...((OPEN_DAY_THEMES as Record<string, readonly Topic[]>)[named] ?? [])];
}
