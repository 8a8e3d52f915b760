import Taro from '@tarojs/taro';
import { saveBlob } from '../../lib/download';

// What the 服务二维码 page asks of the phone or browser, one behaviour per target, in one place
// (tests replace this module). Nothing here shows a pop-up of ours; the page says what happened.
//
// H5 downloads the code itself: the SVG as the API drew it (an <a download> in the page), or a PNG
// drawn from it here. weapp has no download: the page shows the code large (for a screenshot) and
// copies the H5 address of the page, to download and print from a computer. (wx.openDocument opens
// only office files and PDF, not SVG; an SVG is no photo for the album; drawing the code into a weapp
// canvas for saveImageToPhotosAlbum would be a second renderer to keep in step with the API's.)

const weapp = () => process.env.TARO_ENV === 'weapp';

/** weapp: copies the text (WeChat shows its own short 内容已复制, which cannot be left out). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}

/**
 * The PNG is the SVG drawn 4 times its size: the API's code is about 400 units wide, so the PNG is
 * about 1600 pixels, sharp printed up to about 13 cm wide at 300 dpi.
 */
export const PNG_SCALE = 4;

/** H5: the SVG data: URL drawn on an offscreen canvas at `scale`, on white, as PNG bytes. */
export async function svgToPng(svgDataUrl: string, scale = PNG_SCALE): Promise<Blob> {
  const image = new window.Image();
  image.src = svgDataUrl;
  await image.decode();
  const width = Math.round(image.naturalWidth * scale);
  const height = Math.round(image.naturalHeight * scale);
  if (!width || !height) throw new Error('the SVG has no size');
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  // An SVG image is drawn from its vectors at the size asked for, so the modules stay sharp.
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png'));
}

/** H5: saves the code as a PNG file; false where that cannot be done (weapp, no canvas, a refused image). */
export async function downloadPng(svgDataUrl: string, fileName: string): Promise<boolean> {
  if (weapp() || typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  try {
    return saveBlob(await svgToPng(svgDataUrl), fileName);
  } catch {
    return false;
  }
}
