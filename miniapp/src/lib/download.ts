/**
 * H5: the browser saves `blob` under `fileName` — its own download, no pop-up of ours. False where
 * there is no document to do it in (weapp, which has other ways to keep a file).
 */
export function saveBlob(blob: Blob, fileName: string): boolean {
  if (process.env.TARO_ENV === 'weapp' || typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
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
