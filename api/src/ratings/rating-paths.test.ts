import { ratingLink, RATE_PAGE } from './rating-links';
import { ratePageForPath } from './rating-paths';

// A printed code's path address must lead to the rate page of the same service and window, on the
// local server and on the CDN, which runs the function's source text on its own.

const BASE = 'https://gov.example.cn';
const service = { id: 'a1b2c3d4e5f60718', department: '区民政局', name: '低保申请' };

describe('rating path addresses', () => {
  it('prints /r/<service>[/<window>] in the QR code, with no # that WeChat\'s rules cannot match', () => {
    expect(ratingLink(BASE, service, '3').h5Url).toBe(`${BASE}/r/a1b2c3d4e5f60718/3`);
    expect(ratingLink(BASE, service, null).h5Url).toBe(`${BASE}/r/a1b2c3d4e5f60718`);
  });

  it('turns the address back into the rate page with the same service and window', () => {
    for (const window of ['3', null]) {
      const link = ratingLink(BASE, service, window);
      expect(ratePageForPath(new URL(link.h5Url).pathname)).toBe(link.miniProgramPath);
    }
    expect(ratePageForPath('/r/a1b2/A12/')).toBe(`${RATE_PAGE}?service=a1b2&window=A12`);
  });

  it('leaves every other path alone, and anything that could carry a script or another address', () => {
    for (const path of ['/', '/index.html', '/r/', '/r', '/r/a/b/c', '/rx/a', '/r/a<b', '/r/a/"x', '/r//evil.example', '/graphql']) expect(ratePageForPath(path)).toBeNull();
  });

  it('works from its own source text, as the CDN function runs it', () => {
    const run = new Function(`${ratePageForPath.toString()}; return ratePageForPath;`)() as typeof ratePageForPath;
    expect(run('/r/a1b2/3')).toBe(`${RATE_PAGE}?service=a1b2&window=3`);
    expect(run('/elsewhere')).toBeNull();
  });
});
