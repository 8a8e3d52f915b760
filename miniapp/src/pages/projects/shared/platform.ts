import Taro from '@tarojs/taro';

// What the project pages ask of the phone or browser — a photo shown large — with one behaviour per
// target, in one place.

const weapp = () => process.env.TARO_ENV === 'weapp';

/** weapp: WeChat's own photo viewer (swipe, pinch, its close button). H5 answers false: the page enlarges in place. */
export function previewPhotos(urls: string[], current: string): boolean {
  if (!weapp()) return false;
  void Taro.previewImage({ urls, current }).catch(() => undefined);
  return true;
}
