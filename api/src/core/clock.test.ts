import { beijingInstant, beijingTime, governmentDate } from './clock';

describe('the one clock: instants in UTC, days and times of day in Beijing', () => {
  it('reads an instant as a Beijing date and time, across the UTC date line', () => {
    expect(governmentDate(new Date('2026-05-31T16:00:00Z'))).toBe('2026-06-01');
    expect(beijingTime('2026-05-31T16:05:00Z')).toBe('2026-06-01 00:05');
    expect(beijingTime(null)).toBe('');
  });

  it('turns a Beijing date and time of day back into the instant', () => {
    expect(beijingInstant('2026-06-01').toISOString()).toBe('2026-05-31T16:00:00.000Z');
    expect(beijingInstant('2026-06-01', '09:30').toISOString()).toBe('2026-06-01T01:30:00.000Z');
  });
});
