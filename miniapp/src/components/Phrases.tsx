import { Text } from '@tarojs/components';

/**
 * A sentence of clauses (安排 600 万元，已使用 575 万元，占 95%) that wraps only after a clause's comma
 * where a clause fits on a line, so an amount never leaves its unit on the next line (575 万 / 元).
 */
export function Phrases({ text, className, testId }: { text: string; className: string; testId?: string }) {
  return (
    <Text className={className} data-testid={testId}>
      {text.split(/(?<=，)/u).map((clause, i) => (
        <Text className="gov-phrase" key={i}>
          {clause}
        </Text>
      ))}
    </Text>
  );
}
