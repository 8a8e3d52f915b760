import { searchForm, toSimplified } from './chinese';

describe('Chinese text forms', () => {
  it('turns Traditional characters into the Simplified ones residents type', () => {
    expect(toSimplified('政務公開 發佈 長者補貼')).toBe('政务公开 发布 长者补贴');
  });

  it('compares without spaces, line breaks, case or full-width forms', () => {
    expect(searchForm('政務\n公開 ＡＢＣ２０２２')).toBe('政务公开abc2022');
  });
});
