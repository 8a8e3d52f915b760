import { View } from '@tarojs/components';
import { useReadAloud, type Reading } from '../hooks/use-read-aloud';
import { Action } from './Action';

/** 暂停 / 继续 and 停止 of a reading under way. */
function ReadingControls({ reading }: { reading: Reading }) {
  const speaking = reading.state === 'speaking';
  return (
    <>
      <Action onClick={speaking ? reading.pause : reading.resume}>{speaking ? '暂停' : '继续'}</Action>
      <Action kind="plain" onClick={reading.stop}>
        停止
      </Action>
    </>
  );
}

/** 朗读全文 with 暂停 / 继续 / 停止, for a page that shares its reading with 从这里朗读 buttons. Where no engine exists the button says so. */
export function ReadAloudControls({ reading, parts }: { reading: Reading; parts: () => string[] }) {
  if (!reading.available) {
    return (
      <View className="gov-read-aloud">
        <Action kind="plain" disabled onClick={() => undefined}>
          本设备不支持朗读
        </Action>
      </View>
    );
  }
  return (
    <View className="gov-read-aloud" role="group" aria-label="朗读">
      {reading.state === 'idle' ? <Action onClick={() => reading.start(parts())}>朗读全文</Action> : <ReadingControls reading={reading} />}
    </View>
  );
}

/** 朗读全文 with 暂停 / 继续 / 停止. */
export function ReadAloudBar({ parts }: { parts: () => string[] }) {
  return <ReadAloudControls reading={useReadAloud()} parts={parts} />;
}

/**
 * 从这里朗读 under a section's heading: reads that section and all after it. The section a reading
 * started at shows its 暂停 and 停止 in the same place; nothing where no engine exists (the page's
 * 朗读 button says so).
 */
export function ReadFromHere({ reading, from, heading, parts }: { reading: Reading; from: string; heading: string; parts: () => string[] }) {
  if (!reading.available) return null;
  return (
    <View className="gov-read-aloud gov-read-aloud--here" role="group" aria-label={`朗读：${heading}`}>
      {reading.from === from && reading.state !== 'idle' ? (
        <ReadingControls reading={reading} />
      ) : (
        <Action kind="plain" label={`从这里朗读：${heading}`} onClick={() => reading.start(parts(), from)}>
          从这里朗读
        </Action>
      )}
    </View>
  );
}
