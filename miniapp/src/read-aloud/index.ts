import { createSpeechSynthesisReader } from './h5';
import type { ReadAloud } from './types';
import { createWechatSIReader } from './weapp';
import { isWeapp } from '../platform';

export type { ReadAloud } from './types';

let reader: ReadAloud | undefined;

/** The engine for this platform: WeChat's 同声传译 plugin on weapp, the browser's speechSynthesis on H5. */
export function readAloud(): ReadAloud {
  if (!reader) {
    reader = isWeapp() ? createWechatSIReader() : createSpeechSynthesisReader();
  }
  return reader;
}

/** Tests swap the engine. */
export function setReadAloud(next: ReadAloud | undefined): void {
  reader?.stop();
  reader = next;
}
