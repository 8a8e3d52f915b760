import Taro from '@tarojs/taro';
import type { ReadAloud } from './types';
import { splitForSpeech } from './split';

/** The part of WeChat's 同声传译 (WechatSI) plugin we use. */
type WechatSI = {
  textToSpeech(options: {
    lang: 'zh_CN';
    tts: boolean;
    content: string;
    success(result: { retcode: number; filename: string }): void;
    fail(error: unknown): void;
  }): void;
};

/** 同声传译 speaks at most 1000 bytes of UTF-8 per call. */
export const WECHAT_SI_MAX_BYTES = 1000;

function loadPlugin(): WechatSI | undefined {
  try {
    // `requirePlugin` exists only inside WeChat, and only for plugins app.json declares.
    return typeof requirePlugin === 'function' ? (requirePlugin('WechatSI') as WechatSI) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * weapp read-aloud: 同声传译 turns each ≤ 1000-byte piece into an audio file, one after another,
 * and an InnerAudioContext plays them in order.
 */
export function createWechatSIReader(plugin: WechatSI | undefined = loadPlugin()): ReadAloud {
  let audio: Taro.InnerAudioContext | undefined;
  let run = 0;
  let paused = false;

  const player = () => {
    audio ??= Taro.createInnerAudioContext();
    return audio;
  };

  return {
    available: () => Boolean(plugin),
    speak(parts, onEnd) {
      if (!plugin) return;
      const thisRun = ++run;
      paused = false;
      const pieces = parts.flatMap((part) => splitForSpeech(part, WECHAT_SI_MAX_BYTES));
      const context = player();
      context.stop();
      const next = (index: number) => {
        if (thisRun !== run) return;
        if (index >= pieces.length) {
          onEnd?.();
          return;
        }
        plugin.textToSpeech({
          lang: 'zh_CN',
          tts: true,
          content: pieces[index]!,
          success: ({ retcode, filename }) => {
            if (thisRun !== run) return;
            if (retcode !== 0 || !filename) return next(index + 1);
            context.offEnded?.();
            context.offError?.();
            context.onEnded(() => next(index + 1));
            context.onError(() => next(index + 1));
            context.src = filename;
            if (!paused) context.play();
          },
          fail: () => next(index + 1),
        });
      };
      next(0);
    },
    pause() {
      paused = true;
      audio?.pause();
    },
    resume() {
      paused = false;
      audio?.play();
    },
    stop() {
      run++;
      paused = false;
      audio?.stop();
    },
  };
}
