import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Heading } from '../../components/Heading';

/**
 * After a correction (修改) of a policy or of an interpretation: residents see it now, and the change
 * is recorded (who, when, what). `children` are the ways on.
 */
export function Corrected({ heading, title, children }: { heading: string; title: string; children: ReactNode }) {
  return (
    <View className="gov-card" role="status">
      <Heading level={2}>{heading}</Heading>
      <Text className="gov-paragraph">{`「${title}」已修改，居民现在看到的是改过的内容。这次修改已记录。`}</Text>
      {children}
    </View>
  );
}
