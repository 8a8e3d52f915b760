import Taro from '@tarojs/taro';
import type { AskedTemplate } from '../../config/build-settings';
import { isWeapp } from './index';

// WeChat delivers a subscribe message only when the resident allowed that template from the
// mini-program (the server gets errcode 43101 otherwise), each "allow" is good for one message, and
// the mini-program may ask only inside the handler of a tap, for at most 3 templates at once. So the
// tap that makes a promise ("we will tell you when…") asks for exactly the templates that keep it.
//
// To ask for another template: add its name to ASKED_TEMPLATES (miniapp/config/build-settings.ts),
// then in the tap handler, before any `await`:
//   submit.run(afterAsking(['CONSULTATION_ANSWERED'], async () => { …send… }));

export type MessageName = AskedTemplate;

/** WeChat's limit of templates per requestSubscribeMessage call. */
export const TEMPLATES_PER_REQUEST = 3;

export type Asked = 'accepted' | 'declined' | 'failed' | 'not-asked';

/** The template ids set at build time for `names` (weapp only; none on H5 or when not configured). */
export function templateIdsOf(names: readonly MessageName[]): string[] {
  if (!isWeapp() || typeof GOVOPEN_TEMPLATE_IDS !== 'object') return [];
  // Into a variable first: the build pastes the constant as an object literal.
  const ids: Record<string, string> = GOVOPEN_TEMPLATE_IDS;
  return names.map((name) => ids[name]).filter((id): id is string => typeof id === 'string' && id.length > 0);
}

/**
 * Asks WeChat, once, to let GovOpen send these messages. Call it synchronously inside a tap's handler
 * (WeChat refuses it after an `await`), then await the answer before sending what triggers the
 * message, so the first message finds the permission already given. Never throws; 'not-asked' on H5,
 * without ids, or for more than WeChat allows in one request (a programming error, said in the log).
 */
export function askForMessages(names: readonly MessageName[]): Promise<Asked> {
  const tmplIds = templateIdsOf(names);
  if (!tmplIds.length) return Promise.resolve('not-asked');
  if (tmplIds.length > TEMPLATES_PER_REQUEST) {
    console.error(`askForMessages: at most ${TEMPLATES_PER_REQUEST} templates per tap, asked for ${names.join(', ')}`);
    return Promise.resolve('not-asked');
  }
  return subscribe(tmplIds);
}

/**
 * Asks for `names` now (call it inside the tap) and gives back `send`, to run once WeChat has the
 * resident's answer, so the message the request triggers finds the permission already given; `send`
 * itself when nothing is asked here (H5, no ids), so it goes out at once.
 */
export function afterAsking<T>(names: readonly MessageName[], send: () => Promise<T>): () => Promise<T> {
  const asked = askForMessages(names);
  if (!templateIdsOf(names).length) return send;
  return async () => {
    await asked;
    return send();
  };
}

function subscribe(tmplIds: string[]): Promise<Asked> {
  return Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option).then(
    (result) => (tmplIds.some((id) => (result as unknown as Record<string, string>)[id] === 'accept') ? 'accepted' : 'declined'),
    () => 'failed',
  );
}
