import { Text, View } from '@tarojs/components';
import { paragraphs } from '../lib/format';

export function Paragraphs({ text }: { text: string }) {
  return (
    <View className="gov-paragraphs">
      {paragraphs(text).map((line, i) => (
        <Text className="gov-paragraph" key={i} userSelect>
          {line}
        </Text>
      ))}
    </View>
  );
}
