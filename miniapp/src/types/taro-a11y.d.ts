// Accessibility attributes Taro's component types leave out. H5 renders them as they are (role,
// tabIndex → real DOM attributes); `aria-*` props type-check already as hyphenated names.
import '@tarojs/components/types/common';

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string;
    tabIndex?: number;
    onKeyDown?: (event: { key: string; preventDefault(): void }) => void;
  }
}
