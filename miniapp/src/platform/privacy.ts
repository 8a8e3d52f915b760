import Taro from '@tarojs/taro';
import { isWeapp } from './index';

// WeChat's privacy check (`__usePrivacyCheck__` in app.json): the first time the resident triggers a
// call the privacy guide covers (the phone-number button, choosing a photo, copying), WeChat holds the
// call and asks the mini-program, through onNeedPrivacyAuthorization, to show its own pop-up. The
// call goes ahead when the pop-up's 同意 button (open-type="agreePrivacyAuthorization") is tapped, and
// fails when the resident refuses — the page then says so and offers the other way (type the number).
// Nothing is asked at start-up: only when the resident wants the thing that needs it.

type Answer = { event: 'agree'; buttonId: string } | { event: 'disagree' };

/** A held call waiting for the resident's answer: what it was for, in words. */
export interface PrivacyRequest {
  purpose: string;
}

/** The id of the pop-up's 同意 button: WeChat's resolve wants it. */
export const PRIVACY_AGREE_BUTTON = 'privacy-agree';

/** What each protected call is for, in the words of the pop-up (…需要您同意隐私保护指引). */
const PURPOSES: Record<string, string> = {
  getPhoneNumber: '填入您微信绑定的手机号',
  chooseImage: '选择照片',
  chooseMedia: '选择照片',
  chooseMessageFile: '选择文件',
  setClipboardData: '复制内容',
  getClipboardData: '读取复制的内容',
  saveImageToPhotosAlbum: '把图片存到手机相册',
  getLocation: '取得您的位置',
  chooseLocation: '在地图上选地点',
};

let pending: { request: PrivacyRequest; resolve: (answer: Answer) => void } | null = null;
const watchers = new Set<() => void>();
const changed = () => watchers.forEach((watcher) => watcher());

/** weapp: listens, once for the app, for calls WeChat holds until the resident agrees. */
export function watchPrivacyRequests(): void {
  if (!isWeapp()) return;
  const listen = (Taro as unknown as { onNeedPrivacyAuthorization?: (listener: (resolve: (answer: Answer) => void, event: { referrer?: string }) => void) => void }).onNeedPrivacyAuthorization;
  listen?.((resolve, event) => {
    pending?.resolve({ event: 'disagree' }); // one question at a time: an older one is answered no
    pending = { request: { purpose: PURPOSES[event?.referrer ?? ''] ?? '使用这项功能' }, resolve };
    changed();
  });
}

/** For useSyncExternalStore: the question now open, if any. */
export const privacyRequest = (): PrivacyRequest | null => pending?.request ?? null;
export function onPrivacyRequestChange(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => void watchers.delete(watcher);
}

/** The resident's answer: the held call goes ahead (agree) or fails (refuse). */
export function answerPrivacyRequest(agreed: boolean): void {
  const open = pending;
  pending = null;
  open?.resolve(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON } : { event: 'disagree' });
  changed();
}

/** 查看隐私保护指引: WeChat's page with the guide the operator filled in (mp console → 用户隐私保护指引). */
export function openPrivacyGuide(): void {
  const open = (Taro as unknown as { openPrivacyContract?: (options: object) => unknown }).openPrivacyContract;
  open?.({});
}
