import { newScanCode, scanSignInUrl } from './scan-sign-in-rules';
import { scanSignInPageForPath } from './scan-sign-in-paths';

// The QR code's address must lead to the confirm page with the same code, on the local server and on
// the CDN, which runs the function's source text on its own.

const CONFIRM_PAGE = 'pages/sign-in/confirm/index';

it('the QR code holds https://HOST/d/<code>, with no # that WeChat\'s rules cannot match, and it leads back to the code', () => {
  const code = newScanCode();
  const url = scanSignInUrl('https://gov.example.cn/', code);
  expect(url).toBe(`https://gov.example.cn/d/${code}`);
  expect(scanSignInPageForPath(new URL(url).pathname)).toBe(`${CONFIRM_PAGE}?code=${code}`);
});

it('leaves every other path alone, and anything that could carry a script or another address', () => {
  for (const path of ['/', '/d/', '/d/abc', '/d/abcdefghijkm/x', '/d/ABCDEFGHIJKM', '/d/abcdefghij<m', '/d//evil.example', '/r/abcdefghijkm']) expect(scanSignInPageForPath(path)).toBeNull();
});

it('works from its own source text, as the CDN function runs it', () => {
  const run = new Function(`${scanSignInPageForPath.toString()}; return scanSignInPageForPath;`)() as typeof scanSignInPageForPath;
  expect(run('/d/abcdefghijkm')).toBe(`${CONFIRM_PAGE}?code=abcdefghijkm`);
  expect(run('/elsewhere')).toBeNull();
});
