import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { pageUrl } from '../lib/navigation';

// WeChat's 转发 (to a chat) and 分享到朋友圈 (timeline) for a page that shows one thing: the card
// says what it is, and its path opens the same page with the same id, also for someone who never
// opened GovOpen (the page loads what it shows from its id alone). The page's config must say
// `enableShareAppMessage: true` (and `enableShareTimeline: true` for the timeline), or WeChat greys
// the menu out. H5 has no such menu; the hooks do nothing there.

/**
 * Shares `route?<params>` (e.g. `{ id }`) under `title` (a fallback such as 政策文件 while the page is
 * loading). Timeline: only public pages; WeChat opens them in its 单页模式 (no sign-in, read only).
 */
export function useShare(route: string, params: Record<string, string>, title: string) {
  useShareAppMessage(() => ({ title, path: pageUrl(route, params) }));
  useShareTimeline(() => ({ title, query: pageUrl('', params).replace(/^\?/, '') }));
}
