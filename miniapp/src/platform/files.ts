import { hasDownloads } from './index';

// Files a resident or a clerk keeps: H5 saves them with the browser's own download (no pop-up of
// ours); weapp has no downloads, so every function here answers false there and the page offers
// its weapp way (a reminder, a screenshot, a copied address).

const canSave = () => hasDownloads() && typeof document !== 'undefined' && typeof URL.createObjectURL === 'function';

/** H5: the browser saves `blob` under `fileName`. */
function saveBlob(blob: Blob, fileName: string): boolean {
  if (!canSave()) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** H5: saves plain text (a 告知书) as a UTF-8 .txt file, which every phone and computer opens. */
export const saveText = (text: string, fileName: string): boolean => saveBlob(new Blob(['\uFEFF', text], { type: 'text/plain;charset=utf-8' }), fileName);

/** H5: opens the browser's print dialog (print, or 另存为 PDF); false on weapp, which cannot print. */
export function printPage(): boolean {
  if (!canSave() || typeof window.print !== 'function') return false;
  window.print();
  return true;
}

/** H5: saves an iCalendar file, which phones and computers add to their calendar when opened. */
export const saveCalendar = (ics: string, fileName: string): boolean =>
  saveBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), fileName);

/** H5: saves a CSV file (the API's has a BOM, so Excel reads it as UTF-8). */
export const saveCsv = (csv: string, fileName: string): boolean => saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);

/**
 * The PNG is the SVG drawn 4 times its size: the API's QR code is about 400 units wide, so the PNG is
 * about 1600 pixels, sharp printed up to about 13 cm wide at 300 dpi.
 */
const PNG_SCALE = 4;

/** H5: an SVG data: URL drawn on an offscreen canvas at `scale`, on white, as PNG bytes. */
async function svgToPng(svgDataUrl: string, scale = PNG_SCALE): Promise<Blob> {
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

/** H5: saves an SVG as a PNG file; false where that cannot be done (weapp, no canvas, a refused image). */
export async function savePng(svgDataUrl: string, fileName: string): Promise<boolean> {
  if (!canSave()) return false;
  try {
    return saveBlob(await svgToPng(svgDataUrl), fileName);
  } catch {
    return false;
  }
}
