import type { ReactNode } from 'react';
import { View } from '@tarojs/components';

/**
 * A real heading for screen readers (role="heading" with aria-level on H5, where Taro has no <hN>
 * component), sized from the theme: level 1 is the page title, 2 and 3 the sections under it.
 */
export function Heading({ level, children, id }: { level: 1 | 2 | 3 | 4; children: ReactNode; id?: string }) {
  return (
    <View className={`gov-heading gov-heading--${level}`} role="heading" aria-level={level} id={id}>
      {children}
    </View>
  );
}
