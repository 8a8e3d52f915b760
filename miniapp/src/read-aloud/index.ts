import { createSpeechSynthesisReader } from './h5';
import { unavailableReader, type ReadAloud } from './types';
import { createWechatSIReader } from './weapp';

export type { ReadAloud } from './types';

let reader: ReadAloud | undefined;

/** The engine for this platform; each build keeps only its own branch. */
export function readAloud(): ReadAloud {
  if (!reader) {
    if (process.env.TARO_ENV === 'weapp') reader = createWechatSIReader();
    else if (process.env.TARO_ENV === 'h5') reader = createSpeechSynthesisReader();
    else reader = unavailableReader;
  }
  return reader;
}

/** Tests swap the engine. */
export function setReadAloud(next: ReadAloud | undefined): void {
  reader?.stop();
  reader = next;
}
