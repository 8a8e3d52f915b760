import type { ReactNode } from 'react';
import { PageMeta, View } from '@tarojs/components';
import { cssVariables, tokens } from '../theme';
import { systemFontScale, useSettings } from '../settings/store';
import { isWeapp } from '../platform';
import { PrivacyPrompt } from './PrivacyPrompt';

/**
 * Every page's root. It carries the design tokens as CSS variables for the resident's settings
 * (长辈版, font step, high contrast) and WeChat's own font scale, so every style below reads
 * `var(--gov-…)` and a change under 设置 reaches all open pages at once. On a desk browser the text
 * stands in a column that can be read line by line; `wide` (staff pages: lists, forms in two
 * columns) uses most of the screen.
 */
export function Screen({ children, label, wide }: { children: ReactNode; label?: string; wide?: boolean }) {
  const settings = useSettings();
  const t = tokens(settings, systemFontScale());
  const classes = ['gov-screen', settings.elder && 'gov-screen--elder', wide && 'gov-screen--wide', settings.highContrast && 'gov-screen--contrast']
    .filter(Boolean)
    .join(' ');
  return (
    <View className={classes} style={cssVariables(t)} role="main" aria-label={label} data-testid="screen">
      {isWeapp() && (
        // Follow the font size the resident set in WeChat (needs enablePageMeta in the page config).
        <PageMeta pageFontSize="system" rootFontSize="system" pageStyle={`background-color: ${t.palette.background};`} />
      )}
      {children}
      {isWeapp() && <PrivacyPrompt />}
    </View>
  );
}
