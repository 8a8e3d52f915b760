// Jest stand-in for @tarojs/taro: storage in memory, requests and navigation as jest mocks, router
// params set by the test. `resetTaro()` runs before each test (see setup.ts).
import { useEffect, useRef } from 'react';

// Values go through JSON as WeChat's storage does (jsdom has no structuredClone).
const storage = new Map<string, string>();
let routerParams: Record<string, string> = {};

export const setRouterParams = (params: Record<string, string>) => {
  routerParams = params;
};

export const request = jest.fn();
export const navigateTo = jest.fn(async () => undefined);
export const redirectTo = jest.fn(async () => undefined);
export const reLaunch = jest.fn(async () => undefined);
export const makePhoneCall = jest.fn(async () => undefined);
export const getCurrentPages = jest.fn(() => [] as unknown[]);
export const getAppBaseInfo = jest.fn(() => ({ fontSizeScaleFactor: 1 }));
export const createInnerAudioContext = jest.fn();
export const login = jest.fn(async () => ({ code: 'wx-login-code', errMsg: 'login:ok' }));
export const navigateBack = jest.fn(async () => undefined);
export const scanCode = jest.fn(async (): Promise<{ result: string; path?: string }> => ({ result: '' }));
export const pageScrollTo = jest.fn(async () => undefined);
export const requestSubscribeMessage = jest.fn(async (): Promise<Record<string, string>> => ({}));
/** WeChat's map picker: a test says what was chosen (mockResolvedValueOnce) or that it was cancelled (mockRejectedValueOnce). */
/** WeChat's clipboard: what was copied is in the mock's calls. */
export const setClipboardData = jest.fn(async (_option: { data: string }) => undefined);
export const chooseLocation = jest.fn(async (_option: object) => ({ name: '', address: '', latitude: 0, longitude: 0 }));
/** The title bar: the titles a page set are in the mock's calls. */
export const setNavigationBarTitle = jest.fn(async (_option: { title: string }) => undefined);
/** weapp's nextTick: after the page's pending render (here: at once). */
export const nextTick = (callback: () => void) => callback();

export const getStorageSync = (key: string) => (storage.has(key) ? JSON.parse(storage.get(key)!) : '');
export const setStorageSync = (key: string, value: unknown) => {
  storage.set(key, JSON.stringify(value));
};
export const removeStorageSync = (key: string) => {
  storage.delete(key);
};
export const storedKeys = () => [...storage.keys()];

export const useRouter = () => ({ params: routerParams, path: '' });
// A page is shown once it mounts; `leavePage()` and `returnToPage()` play WeChat's onHide / onShow.
const pageListeners = { show: new Set<() => void>(), hide: new Set<() => void>() };
function usePageListener(kind: 'show' | 'hide', callback: () => void, runAtMount: boolean) {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const run = () => latest.current();
    pageListeners[kind].add(run);
    if (runAtMount) run();
    return () => void pageListeners[kind].delete(run);
  }, []);
}
export const useDidShow = (callback: () => void) => usePageListener('show', callback, true);
export const useDidHide = (callback: () => void) => usePageListener('hide', callback, false);
export const leavePage = () => pageListeners.hide.forEach((run) => run());
export const returnToPage = () => pageListeners.show.forEach((run) => run());
export const useShareAppMessage = (_callback: () => object) => undefined;
export const useShareTimeline = (_callback: () => object) => undefined;

/** Runs the tests of the enclosing `describe` as the weapp build (TARO_ENV=weapp), then puts H5 back. */
export function asWeapp(): void {
  const taroEnv = process.env.TARO_ENV;
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = taroEnv;
  });
}

export function resetTaro() {
  storage.clear();
  routerParams = {};
  for (const mock of [request, navigateTo, redirectTo, reLaunch, makePhoneCall, getCurrentPages, getAppBaseInfo, createInnerAudioContext, login, navigateBack, scanCode, pageScrollTo, requestSubscribeMessage, chooseLocation, setClipboardData, setNavigationBarTitle]) {
    mock.mockClear();
  }
  request.mockReset();
}

const Taro = {
  request,
  navigateTo,
  redirectTo,
  reLaunch,
  makePhoneCall,
  getCurrentPages,
  getAppBaseInfo,
  createInnerAudioContext,
  login,
  navigateBack,
  scanCode,
  pageScrollTo,
  requestSubscribeMessage,
  chooseLocation,
  setClipboardData,
  setNavigationBarTitle,
  nextTick,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
};

export default Taro;
