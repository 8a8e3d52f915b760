import { cssVariables, DEFAULT_SETTINGS, FONT_STEPS, LINE_HEIGHT, PALETTES, TEXT_PAIRS, tokens } from '../theme';

/** WCAG 2.x relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('theme tokens', () => {
  it('computes contrast the WCAG way (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(Object.entries(PALETTES))('%s palette: every text pair is at least 4.5:1', (_name, palette) => {
    const failing = TEXT_PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(palette[fg], palette[bg]) })).filter(
      ({ ratio }) => ratio < 4.5,
    );
    expect(failing).toEqual([]);
    // Borders and the focus ring are non-text: at least 3:1 against the page.
    expect(contrast(palette.border, palette.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.focus, palette.background)).toBeGreaterThanOrEqual(3);
  });

  it('standard mode: body ≥ 18 px, tap targets ≥ 44 px', () => {
    const t = tokens(DEFAULT_SETTINGS);
    expect(t.fontBody).toBeGreaterThanOrEqual(18);
    expect(t.target).toBeGreaterThanOrEqual(44);
  });

  it('长辈版: larger body, tap targets ≥ 60 px, and the largest step reaches ≥ 30 px', () => {
    const standard = tokens(DEFAULT_SETTINGS);
    const elder = tokens({ ...DEFAULT_SETTINGS, elder: true });
    expect(elder.fontBody).toBeGreaterThanOrEqual(22);
    expect(elder.fontBody).toBeGreaterThan(standard.fontBody);
    expect(elder.target).toBeGreaterThanOrEqual(60);
    const largest = tokens({ ...DEFAULT_SETTINGS, elder: true, fontStep: FONT_STEPS.length - 1 });
    expect(largest.fontBody).toBeGreaterThanOrEqual(30);
  });

  it('font steps only ever grow the text; headings are larger than body', () => {
    const sizes = FONT_STEPS.map((_, fontStep) => tokens({ ...DEFAULT_SETTINGS, fontStep }).fontBody);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    const t = tokens(DEFAULT_SETTINGS);
    expect(t.fontTitle).toBeGreaterThan(t.fontH2);
    expect(t.fontH2).toBeGreaterThan(t.fontH3);
    expect(t.fontH3).toBeGreaterThan(t.fontBody);
  });

  it('line height ≥ 1.3 and paragraph spacing ≥ 1.3 × line spacing', () => {
    expect(LINE_HEIGHT.body).toBeGreaterThanOrEqual(1.3);
    expect(LINE_HEIGHT.heading).toBeGreaterThanOrEqual(1.3);
    const t = tokens(DEFAULT_SETTINGS);
    const lineSpacing = t.fontBody * t.lineHeight;
    expect(lineSpacing + t.paragraphGap).toBeGreaterThanOrEqual(1.3 * lineSpacing);
  });

  it("follows WeChat's larger font, but a smaller one never shrinks text below the minimum", () => {
    expect(tokens(DEFAULT_SETTINGS, 1.4).fontBody).toBe(Math.round(18 * 1.4));
    expect(tokens(DEFAULT_SETTINGS, 0.8).fontBody).toBe(18);
  });

  it('hands sizes to styles as px CSS variables', () => {
    const vars = cssVariables(tokens({ ...DEFAULT_SETTINGS, elder: true }));
    expect(vars['--gov-font-body']).toBe('22px');
    expect(vars['--gov-target']).toBe('60px');
    expect(vars['--gov-color-text']).toBe(PALETTES.standard.text);
  });
});
