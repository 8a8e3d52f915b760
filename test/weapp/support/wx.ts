import { isArrayBuffer } from 'node:util/types';
import type { WeChatPhone } from './wechat-servers';

/** WeChat's platform limits the stand-ins enforce (the numbers from docs/ and WeChat's documentation). */
export const WECHAT_LIMITS = Object.freeze({
  concurrentRequests: 10,
  storageBytes: 10 * 1024 * 1024,
  storageKeyBytes: 1024 * 1024,
  subscribeTemplatesPerRequest: 3,
  pageStackDepth: 10,
  /** 同声传译 turns at most this many UTF-8 bytes into speech per call. */
  speechBytes: 1000,
  /** wx.chooseImage's `count` may be at most 9. */
  chooseImageCount: 9,
});

type Callbacks = { success?(result: unknown): void; fail?(error: { errMsg: string; errno?: number }): void; complete?(result: unknown): void };
type Options = Record<string, any> & Callbacks;

/** Where the page stack lives (the runner): wx's navigation calls land here. */
export interface Navigator {
  navigateTo(url: string): void;
  redirectTo(url: string): void;
  reLaunch(url: string): void;
  navigateBack(delta: number): void;
  depth(): number;
}

export interface WxOptions {
  /** The request domains set in the WeChat console (https origins). */
  requestDomains: string[];
  /** Where each https origin really is in the test (the API served locally over http). */
  origins: Record<string, string>;
  /** The resident holding the phone: their WeChat account and phone number. */
  phone: WeChatPhone;
  /** The plugins app.json declares (requirePlugin refuses others). */
  plugins: string[];
  navigator: Navigator;
}

/** Something the mini-program did that WeChat would refuse or that a resident would notice. */
export type Violation = { api: string; rule: string };

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * `wx` for the headless runner: the APIs GovOpen's mini-program calls, each keeping WeChat's rules
 * (https and the console's domain list, ≤ 10 requests at once, storage 10 MB / 1 MB per key,
 * requestSubscribeMessage only from a tap and for ≤ 3 templates, login codes from WeChat's servers,
 * the phone-number button's event), recording every refusal in `violations` so a test can fail on it.
 */
export function createWx(options: WxOptions) {
  const violations: Violation[] = [];
  const storage = new Map<string, string>();
  const requests = { inFlight: 0, peak: 0, sent: [] as Array<{ url: string; body: unknown }> };
  const subscribeRequests: Array<{ tmplIds: string[]; accepted: string[] }> = [];
  const toasts: string[] = [];
  const modals: Array<{ title?: string; content?: string }> = [];
  const clipboard: string[] = [];
  const spoken: string[] = [];
  const played: string[] = [];
  const scans: Array<{ result: string; path?: string } | 'cancel'> = [];
  /** Photos in the album, in the order the resident will pick them; and the temporary files chosen ones became. */
  const album: Buffer[] = [];
  const tempFiles = new Map<string, Buffer>();
  const privacyListeners: Array<(resolve: (answer: object) => void, event: { referrer: string }) => void> = [];
  const privacy = { agreed: false, agreeButtonTapped: false, asked: [] as string[] };
  let tapDepth = 0;
  let spokenFiles = 0;

  const refuse = (api: string, rule: string, call: Callbacks) => {
    violations.push({ api, rule });
    const error = { errMsg: `${api}:fail ${rule}` };
    queueMicrotask(() => {
      call.fail?.(error);
      call.complete?.(error);
    });
  };
  const succeed = (api: string, call: Callbacks, result: Record<string, unknown> = {}) => {
    const answer = { errMsg: `${api}:ok`, ...result };
    queueMicrotask(() => {
      call.success?.(answer);
      call.complete?.(answer);
    });
  };
  const storedBytes = () => [...storage].reduce((sum, [key, value]) => sum + byteLength(key) + byteLength(value), 0);

  function setStorage(key: string, data: unknown): string | undefined {
    const value = JSON.stringify(data === undefined ? null : data);
    if (byteLength(key) + byteLength(value) > WECHAT_LIMITS.storageKeyBytes) return 'entry size limit reached (1 MB per key)';
    const others = storedBytes() - (storage.has(key) ? byteLength(key) + byteLength(storage.get(key)!) : 0);
    if (others + byteLength(key) + byteLength(value) > WECHAT_LIMITS.storageBytes) return 'exceed storage max size 10MB';
    storage.set(key, value);
    return undefined;
  }
  const readStorage = (key: string) => (storage.has(key) ? (JSON.parse(storage.get(key)!) as unknown) : '');

  const navigation = (api: string, go: (url: string) => void) => (call: Options) => {
    if (typeof call.url !== 'string' || !call.url.startsWith('/')) return refuse(api, `url must be an absolute page path, not "${call.url}"`, call);
    if (api === 'navigateTo' && options.navigator.depth() >= WECHAT_LIMITS.pageStackDepth) return refuse(api, 'webview count limit exceed (10 pages)', call);
    setTimeout(() => {
      try {
        go(call.url);
        call.success?.({ errMsg: `${api}:ok` });
      } catch (error) {
        call.fail?.({ errMsg: `${api}:fail ${(error as Error).message}` });
      }
    }, 0);
  };

  const wx = {
    // ---- network
    request(call: Options) {
      const url = String(call.url);
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return refuse('request', `invalid url "${url}"`, call);
      }
      if (parsed.protocol !== 'https:') return refuse('request', `url not https: ${url}`, call);
      if (!options.requestDomains.includes(parsed.origin)) return refuse('request', `url not in domain list: ${parsed.origin}`, call);
      if (requests.inFlight >= WECHAT_LIMITS.concurrentRequests) return refuse('request', 'exceed max task count (10 requests at once)', call);
      const target = options.origins[parsed.origin];
      if (!target) return refuse('request', `nothing answers at ${parsed.origin} in this test`, call);
      requests.inFlight += 1;
      requests.peak = Math.max(requests.peak, requests.inFlight);
      const method = String(call.method ?? 'GET').toUpperCase();
      // An ArrayBuffer goes as its bytes (a photo PUT to its upload address); an object as JSON.
      const body = call.data === undefined || method === 'GET' ? undefined : typeof call.data === 'string' ? call.data : isArrayBuffer(call.data) ? Buffer.from(call.data) : JSON.stringify(call.data);
      requests.sent.push({ url, body: call.data });
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), Number(call.timeout ?? 60000));
      fetch(`${target}${parsed.pathname}${parsed.search}`, { method, headers: call.header ?? {}, body, signal: controller.signal })
        .then(async (response) => {
          const text = await response.text();
          let data: unknown = text;
          if ((call.dataType ?? 'json') === 'json') {
            try {
              data = JSON.parse(text);
            } catch {
              data = text;
            }
          }
          const header = Object.fromEntries(response.headers);
          return { data, statusCode: response.status, header, errMsg: 'request:ok' };
        })
        .then(
          (result) => {
            requests.inFlight -= 1;
            clearTimeout(timer);
            call.success?.(result);
            call.complete?.(result);
          },
          (error: Error) => {
            requests.inFlight -= 1;
            clearTimeout(timer);
            const failure = { errMsg: `request:fail ${error.name === 'AbortError' ? 'timeout' : error.message}` };
            call.fail?.(failure);
            call.complete?.(failure);
          },
        );
      return { abort: () => controller.abort(), onHeadersReceived() {}, offHeadersReceived() {} };
    },

    // ---- storage
    setStorageSync(key: string, data: unknown) {
      const problem = setStorage(key, data);
      if (problem) {
        violations.push({ api: 'setStorageSync', rule: problem });
        throw new Error(`setStorageSync:fail ${problem}`);
      }
    },
    getStorageSync: (key: string) => readStorage(key),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: Math.ceil(storedBytes() / 1024), limitSize: WECHAT_LIMITS.storageBytes / 1024 }),
    setStorage(call: Options) {
      const problem = setStorage(call.key, call.data);
      return problem ? refuse('setStorage', problem, call) : succeed('setStorage', call);
    },
    getStorage(call: Options) {
      return storage.has(call.key) ? succeed('getStorage', call, { data: readStorage(call.key) }) : refuse('getStorage', 'data not found', call);
    },
    removeStorage(call: Options) {
      storage.delete(call.key);
      succeed('removeStorage', call);
    },

    // ---- sign-in and open capabilities
    login(call: Options) {
      succeed('login', call, { code: options.phone.loginCode() });
    },
    checkSession: (call: Options) => succeed('checkSession', call),
    requestSubscribeMessage(call: Options) {
      const tmplIds = Array.isArray(call.tmplIds) ? Array.from(call.tmplIds as string[], String) : [];
      if (tapDepth === 0) return refuse('requestSubscribeMessage', 'can only be invoked by user TAP gesture', call);
      if (!tmplIds.length) return refuse('requestSubscribeMessage', 'tmplIds is empty', call);
      if (tmplIds.length > WECHAT_LIMITS.subscribeTemplatesPerRequest) return refuse('requestSubscribeMessage', `at most ${WECHAT_LIMITS.subscribeTemplatesPerRequest} templates at once, asked for ${tmplIds.length}`, call);
      const accepted = options.phone.acceptSubscription(tmplIds);
      subscribeRequests.push({ tmplIds, accepted });
      succeed('requestSubscribeMessage', call, Object.fromEntries(tmplIds.map((id) => [id, accepted.includes(id) ? 'accept' : 'reject'])));
    },
    scanCode(call: Options) {
      const next = scans.shift();
      if (!next) return refuse('scanCode', 'no code in front of the camera (the test queued none)', call);
      if (next === 'cancel') {
        const error = { errMsg: 'scanCode:fail cancel' };
        queueMicrotask(() => call.fail?.(error));
        return;
      }
      succeed('scanCode', call, { result: next.result, scanType: next.path ? 'WX_CODE' : 'QR_CODE', charSet: 'utf-8', ...(next.path ? { path: next.path } : {}) });
    },

    // ---- navigation (the runner keeps the page stack)
    navigateTo: navigation('navigateTo', (url) => options.navigator.navigateTo(url)),
    redirectTo: navigation('redirectTo', (url) => options.navigator.redirectTo(url)),
    reLaunch: navigation('reLaunch', (url) => options.navigator.reLaunch(url)),
    switchTab: navigation('switchTab', (url) => options.navigator.reLaunch(url)),
    navigateBack(call: Options = {}) {
      setTimeout(() => {
        options.navigator.navigateBack(Number(call.delta ?? 1));
        call.success?.({ errMsg: 'navigateBack:ok' });
      }, 0);
    },

    // ---- device and interface
    getAppBaseInfo: () => ({ SDKVersion: '3.4.10', language: 'zh_CN', version: '8.0.50', theme: 'light', enableDebug: false, fontSizeSetting: options.phone.fontSize, fontSizeScaleFactor: options.phone.fontSize / 17, host: { env: 'WeChat' } }),
    getWindowInfo: () => ({ pixelRatio: 3, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 724, statusBarHeight: 44, safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 } }),
    getDeviceInfo: () => ({ brand: 'iPhone', model: 'iPhone 8', system: 'iOS 15.8', platform: 'ios', benchmarkLevel: 1 }),
    getSystemInfoSync() {
      return { ...wx.getWindowInfo(), ...wx.getDeviceInfo(), ...wx.getAppBaseInfo() };
    },
    getSystemInfo(call: Options) {
      succeed('getSystemInfo', call, wx.getSystemInfoSync());
    },
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 365, bottom: 80, left: 278 }),
    canIUse: () => true,
    getLaunchOptionsSync: () => ({ path: '', query: {}, scene: 1001, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ path: '', query: {}, scene: 1001, referrerInfo: {} }),
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
    onAppShow() {},
    onAppHide() {},
    offAppShow() {},
    offAppHide() {},
    onError() {},
    onUnhandledRejection() {},
    onPageNotFound() {},
    onNeedPrivacyAuthorization(listener: (resolve: (answer: object) => void, event: { referrer: string }) => void) {
      privacyListeners.push(listener);
    },
    nextTick: (fn: () => void) => queueMicrotask(fn),
    showToast(call: Options) {
      toasts.push(String(call.title ?? ''));
      succeed('showToast', call);
    },
    hideToast: (call: Options = {}) => succeed('hideToast', call),
    showLoading: (call: Options = {}) => succeed('showLoading', call),
    hideLoading: (call: Options = {}) => succeed('hideLoading', call),
    showModal(call: Options) {
      modals.push({ title: call.title, content: call.content });
      succeed('showModal', call, { confirm: true, cancel: false });
    },
    setNavigationBarTitle: (call: Options) => succeed('setNavigationBarTitle', call),
    pageScrollTo: (call: Options) => succeed('pageScrollTo', call),
    stopPullDownRefresh: (call: Options = {}) => succeed('stopPullDownRefresh', call),
    createSelectorQuery() {
      const query = {
        in: () => query,
        select: () => query,
        selectAll: () => query,
        selectViewport: () => query,
        boundingClientRect: () => query,
        scrollOffset: () => query,
        fields: () => query,
        exec: (done?: (result: unknown[]) => void) => setTimeout(() => done?.([]), 0),
      };
      return query;
    },
    setClipboardData(call: Options) {
      if (tapDepth === 0) return refuse('setClipboardData', 'only after a tap', call);
      clipboard.push(String(call.data));
      succeed('setClipboardData', call);
    },
    makePhoneCall: (call: Options) => succeed('makePhoneCall', call),
    openLocation: (call: Options) => succeed('openLocation', call),
    previewImage: (call: Options) => succeed('previewImage', call),
    chooseImage(call: Options) {
      const count = Number(call.count ?? WECHAT_LIMITS.chooseImageCount);
      if (!(count >= 1 && count <= WECHAT_LIMITS.chooseImageCount)) return refuse('chooseImage', `count must be 1 to ${WECHAT_LIMITS.chooseImageCount}, not ${String(call.count)}`, call);
      // A protected call: held for the app's privacy pop-up until the resident agrees.
      standIn.withPrivacy(
        'chooseImage',
        () => {
          const picked = album.splice(0, count);
          // Closing the album without a photo: WeChat's cancel (a resident's choice, not a violation).
          if (!picked.length) return void queueMicrotask(() => call.fail?.({ errMsg: 'chooseImage:fail cancel' }));
          const files = picked.map((bytes) => {
            const path = `wxfile://tmp_${(tempFiles.size + 1).toString(16).padStart(8, '0')}.jpg`;
            tempFiles.set(path, bytes);
            return { path, size: bytes.length };
          });
          succeed('chooseImage', call, { tempFilePaths: files.map((file) => file.path), tempFiles: files });
        },
        () => queueMicrotask(() => call.fail?.({ errMsg: 'chooseImage:fail privacy permission is not authorized', errno: 104 })),
      );
    },
    getFileSystemManager: () => ({
      writeFile: (call: Options) => succeed('writeFile', call),
      readFile(call: Options) {
        const bytes = tempFiles.get(String(call.filePath));
        if (!bytes) return refuse('readFile', `no such file or directory, open ${String(call.filePath)}`, call);
        // No encoding: an ArrayBuffer of the file's bytes, as WeChat gives it.
        const data = call.encoding ? bytes.toString(call.encoding as BufferEncoding) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
        succeed('readFile', call, { data });
      },
      access: (call: Options) => (tempFiles.has(String(call.path)) ? succeed('access', call) : refuse('access', `no such file or directory ${String(call.path)}`, call)),
    }),
    env: { USER_DATA_PATH: 'wxfile://usr' },
    createInnerAudioContext() {
      const ended: Array<() => void> = [];
      const errors: Array<() => void> = [];
      const context = {
        src: '',
        play() {
          played.push(context.src);
          setTimeout(() => ended.slice().forEach((listener) => listener()), 5);
        },
        pause() {},
        stop() {},
        destroy() {},
        onEnded: (listener: () => void) => void ended.push(listener),
        offEnded: () => void ended.splice(0),
        onError: (listener: () => void) => void errors.push(listener),
        offError: () => void errors.splice(0),
        onPlay() {},
        onStop() {},
        onPause() {},
      };
      return context;
    },
  };

  /** 同声传译 (WechatSI): text to an audio file, at most 1000 bytes per call. */
  const wechatSI = {
    textToSpeech(call: Options) {
      const content = String(call.content ?? '');
      if (byteLength(content) > WECHAT_LIMITS.speechBytes) {
        violations.push({ api: 'WechatSI.textToSpeech', rule: `content over ${WECHAT_LIMITS.speechBytes} bytes (${byteLength(content)})` });
        return queueMicrotask(() => (call.fail as ((error: object) => void) | undefined)?.({ retcode: -20001, msg: 'content too long' }));
      }
      spoken.push(content);
      spokenFiles += 1;
      queueMicrotask(() => call.success?.({ retcode: 0, origin: content, filename: `https://ae.weixin.qq.com/cgi-bin/mmasrai-bin/getmedia?filename=${spokenFiles}.mp3`, expired_time: 0 }));
    },
  };

  const standIn = {
    wx,
    requirePlugin(name: string): unknown {
      if (!options.plugins.includes(name)) throw new Error(`requirePlugin: plugin "${name}" is not declared in app.json`);
      if (name === 'WechatSI') return wechatSI;
      throw new Error(`requirePlugin: the runner has no stand-in for plugin "${name}"`);
    },
    violations,
    requests,
    /** Handlers the app gave wx.onNeedPrivacyAuthorization (its privacy pop-up). */
    privacyListeners,
    /** Whether the resident agreed to the privacy guide, and the protected calls WeChat held to ask. */
    privacy,
    /**
     * A protected call (`referrer`, e.g. getPhoneNumber) as WeChat makes it with __usePrivacyCheck__:
     * before the resident agreed, it is held and the app's listeners asked; `proceed` runs once they
     * resolve with agree after the pop-up's agreePrivacyAuthorization button was tapped, `refused`
     * otherwise. Agreed once, it goes ahead at once.
     */
    withPrivacy(referrer: string, proceed: () => void, refused: () => void) {
      if (privacy.agreed || !privacyListeners.length) return proceed();
      privacy.asked.push(referrer);
      let answered = false;
      const resolve = (answer: object) => {
        if (answered) return;
        answered = true;
        const { event, buttonId } = answer as { event?: string; buttonId?: string };
        if (event === 'agree' && !(privacy.agreeButtonTapped && buttonId)) violations.push({ api: 'onNeedPrivacyAuthorization', rule: 'resolve({ event: "agree" }) needs the tapped agreePrivacyAuthorization button\'s id' });
        if (event === 'agree' && privacy.agreeButtonTapped && buttonId) {
          privacy.agreed = true;
          proceed();
        } else refused();
      };
      for (const listener of privacyListeners) listener(resolve, { referrer });
    },
    subscribeRequests,
    toasts,
    modals,
    clipboard,
    spoken,
    played,
    storage,
    /** A photo (its file's bytes) the resident will pick in the album at the next wx.chooseImage; none queued: they close the album. */
    queueImage(bytes: Buffer) {
      album.push(bytes);
    },
    /** The next wx.scanCode sees this code (`path` for a mini-program code), or the resident cancels. */
    queueScan(scan: { result: string; path?: string } | 'cancel') {
      scans.push(scan);
    },
    /** Runs `act` as the handler of a resident's tap (WeChat allows some APIs only there). */
    duringTap<T>(act: () => T): T {
      tapDepth += 1;
      try {
        return act();
      } finally {
        tapDepth -= 1;
      }
    },
  };
  return standIn;
}

export type WxStandIn = ReturnType<typeof createWx>;
