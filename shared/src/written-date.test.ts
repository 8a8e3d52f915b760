import { writtenDate } from './written-date';

it('writes dates as official documents do', () => {
  expect(writtenDate('2026-10-09')).toBe('2026年10月9日');
  expect(writtenDate('2026-12-31')).toBe('2026年12月31日');
});
