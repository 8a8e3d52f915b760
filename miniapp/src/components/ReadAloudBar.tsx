import { useEffect, useState } from 'react';
import { useDidHide } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { readAloud } from '../read-aloud';
import { Action } from './Action';

type State = 'idle' | 'speaking' | 'paused';

/** 朗读 with 暂停 / 继续 / 停止. Where no engine exists the button says so. */
export function ReadAloudBar({ parts }: { parts: () => string[] }) {
  const reader = readAloud();
  const [state, setState] = useState<State>('idle');

  useEffect(() => () => reader.stop(), [reader]);
  useDidHide(() => {
    reader.stop();
    setState('idle');
  });

  if (!reader.available()) {
    return (
      <View className="gov-read-aloud">
        <Action kind="plain" disabled onClick={() => undefined}>
          本设备不支持朗读
        </Action>
      </View>
    );
  }

  const start = () => {
    setState('speaking');
    reader.speak(parts(), () => setState('idle'));
  };
  const pause = () => {
    reader.pause();
    setState('paused');
  };
  const resume = () => {
    reader.resume();
    setState('speaking');
  };
  const stop = () => {
    reader.stop();
    setState('idle');
  };

  return (
    <View className="gov-read-aloud" role="group" aria-label="朗读">
      {state === 'idle' && <Action onClick={start}>朗读全文</Action>}
      {state !== 'idle' && (
        <Action onClick={state === 'speaking' ? pause : resume}>{state === 'speaking' ? '暂停' : '继续'}</Action>
      )}
      {state !== 'idle' && (
        <Action kind="plain" onClick={stop}>
          停止
        </Action>
      )}
    </View>
  );
}
