import { Children, type ReactNode } from 'react';
import { View } from '@tarojs/components';

/**
 * Fields side by side where the screen has room for two of at least 16 characters each (a desk
 * browser; 长辈版 on a desk too, a day and its two times in one row), one under the other on a phone.
 * No breakpoint: it follows the text size, so large text never squeezes a field.
 */
export function Columns({ children }: { children: ReactNode }) {
  return (
    <View className="gov-columns">
      {Children.toArray(children).map((child, i) => (
        <View className="gov-columns__cell" key={i}>
          {child}
        </View>
      ))}
    </View>
  );
}
