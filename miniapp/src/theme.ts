/**
 * Design tokens: the one place for font steps, tap-target sizes, spacing and colours.
 *
 * Sizes are CSS px and reach the styles as CSS variables set on each page's root (see
 * components/Screen.tsx), never as `px` literals in .scss: Taro's pxtransform would turn those into
 * rpx on weapp (scaled with screen width only) and into viewport-based rem on H5, so an 18 px body
 * could render at 9–36 px. Variables set inline are left alone on both targets, so what is written
 * here is what a resident gets (times WeChat's own font scale, see `fontScale`).
 */

export type Settings = {
  /** 长辈版: bigger text and bigger buttons. */
  elder: boolean;
  /** Index into FONT_STEPS, chosen by the resident under 设置. */
  fontStep: number;
  /** 高对比度: white and yellow on black. */
  highContrast: boolean;
  /** 简洁版: home shows only the five jobs, in one column. */
  simple: boolean;
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  elder: false,
  fontStep: 0,
  highContrast: false,
  simple: false,
});

/** Font steps a resident can choose; the largest reaches ≥ 30 px body text in 长辈版. */
export const FONT_STEPS = [
  { label: '标准', scale: 1 },
  { label: '大', scale: 1.15 },
  { label: '特大', scale: 1.3 },
  { label: '超大', scale: 1.45 },
] as const;

/** Per mode: body text (px), main tap target (px, square), spacing unit (px). */
export const MODES = {
  standard: { body: 18, target: 44, space: 12 },
  elder: { body: 22, target: 60, space: 16 },
} as const;

/** Unitless line height; the standards ask ≥ 1.3. */
export const LINE_HEIGHT = { body: 1.6, heading: 1.4 } as const;

export type Palette = {
  /** Page background. */
  background: string;
  /** Cards and tiles. */
  surface: string;
  text: string;
  /** Secondary text (dates, issuers); still ≥ 4.5:1 on background and surface. */
  muted: string;
  /** Buttons and links. */
  primary: string;
  /** Text on a primary-coloured button. */
  onPrimary: string;
  /** Borders of cards and inputs (non-text, ≥ 3:1). */
  border: string;
  /** Error wording; always paired with words, never colour alone. */
  danger: string;
  /** Something done (签到成功); with an icon and words, never colour alone. */
  success: string;
  /** Something to look at twice (已经签到过了); with an icon and words, never colour alone. */
  notice: string;
  /** Keyboard focus ring. */
  focus: string;
};

export const PALETTES: Readonly<Record<'standard' | 'highContrast', Palette>> = Object.freeze({
  standard: {
    background: '#ffffff',
    surface: '#f2f5f9',
    text: '#1a1a1a',
    muted: '#4a4a4a',
    primary: '#0a4f9e',
    onPrimary: '#ffffff',
    border: '#6b7280',
    danger: '#b3261e',
    success: '#1b6e2d',
    notice: '#8a4b00',
    focus: '#b45309',
  },
  highContrast: {
    background: '#000000',
    surface: '#1a1a1a',
    text: '#ffffff',
    muted: '#ffff66',
    primary: '#ffff00',
    onPrimary: '#000000',
    border: '#ffffff',
    danger: '#ff9e9e',
    success: '#7dff8a',
    notice: '#ffcc66',
    focus: '#00ffff',
  },
});

/** Text/background pairs the UI uses; the contrast test checks each one against WCAG AA. */
export const TEXT_PAIRS: ReadonlyArray<readonly [keyof Palette, keyof Palette]> = [
  ['text', 'background'],
  ['text', 'surface'],
  ['muted', 'background'],
  ['muted', 'surface'],
  ['primary', 'background'],
  ['primary', 'surface'],
  ['onPrimary', 'primary'],
  ['danger', 'background'],
  ['danger', 'surface'],
  ['success', 'background'],
  ['success', 'surface'],
  ['notice', 'background'],
  ['notice', 'surface'],
];

export type Tokens = {
  fontBody: number;
  fontTitle: number;
  fontH2: number;
  fontH3: number;
  target: number;
  space: number;
  lineHeight: number;
  /**
   * Blank space between paragraphs. One body size, so from the last line of a paragraph to the first
   * of the next is 1.6 + 1 = 2.6 font sizes, 1.6 × the line spacing (standards.md asks ≥ 1.3 ×).
   */
  paragraphGap: number;
  palette: Palette;
};

const clampStep = (step: number) => Math.min(FONT_STEPS.length - 1, Math.max(0, Math.round(step) || 0));

/**
 * Tokens for the resident's settings. `systemScale` is WeChat's fontSizeScaleFactor (1 on H5): a
 * larger WeChat font makes ours larger; a smaller one never takes body text under the mode's minimum.
 */
export function tokens(settings: Settings, systemScale = 1): Tokens {
  const mode = settings.elder ? MODES.elder : MODES.standard;
  const scale = FONT_STEPS[clampStep(settings.fontStep)]!.scale * Math.max(1, systemScale || 1);
  const fontBody = Math.round(mode.body * scale);
  return {
    fontBody,
    fontTitle: Math.round(fontBody * 1.3),
    fontH2: Math.round(fontBody * 1.2),
    fontH3: Math.round(fontBody * 1.1),
    target: mode.target,
    space: mode.space,
    lineHeight: LINE_HEIGHT.body,
    paragraphGap: fontBody,
    palette: settings.highContrast ? PALETTES.highContrast : PALETTES.standard,
  };
}

/** The CSS variables the page root carries; .scss files only ever read these. */
export function cssVariables(t: Tokens): Record<string, string> {
  const px = (n: number) => `${n}px`;
  return {
    '--gov-font-body': px(t.fontBody),
    '--gov-font-title': px(t.fontTitle),
    '--gov-font-h2': px(t.fontH2),
    '--gov-font-h3': px(t.fontH3),
    '--gov-line-height': String(t.lineHeight),
    '--gov-line-height-heading': String(LINE_HEIGHT.heading),
    '--gov-paragraph-gap': px(t.paragraphGap),
    '--gov-target': px(t.target),
    '--gov-space': px(t.space),
    '--gov-space-half': px(t.space / 2),
    '--gov-space-double': px(t.space * 2),
    '--gov-radius': px(8),
    '--gov-border-width': px(2),
    '--gov-focus-width': px(3),
    '--gov-color-background': t.palette.background,
    '--gov-color-surface': t.palette.surface,
    '--gov-color-text': t.palette.text,
    '--gov-color-muted': t.palette.muted,
    '--gov-color-primary': t.palette.primary,
    '--gov-color-on-primary': t.palette.onPrimary,
    '--gov-color-border': t.palette.border,
    '--gov-color-danger': t.palette.danger,
    '--gov-color-success': t.palette.success,
    '--gov-color-notice': t.palette.notice,
    '--gov-color-focus': t.palette.focus,
  };
}
