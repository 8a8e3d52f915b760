import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { answerPicker } from '../../test-support/components';
import { asWeapp } from '../../test-support/taro';
import { DateField, TimeField } from '../components/DateTimeFields';
import { MoneyField, wanFromYuan, yuanFromWan } from '../components/MoneyField';
import { countInWords, TextField } from '../components/TextField';
import { Columns } from '../components/Columns';
import { dayInWords, yuanInCapitals } from '../lib/format';

// The clerk's form kit: dates and times picked, never typed; money in 万元 with the amount in
// capitals, stored as 元; counted text; fields that grow; fields side by side where two fit.

/** A field with its value kept as a page would keep it, and what the page last received. */
function Kept<T>({ initial, render: draw }: { initial: T; render: (value: T, set: (value: T) => void) => JSX.Element }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      {draw(value, setValue)}
      <output data-testid="kept">{JSON.stringify(value)}</output>
    </>
  );
}
const kept = () => JSON.parse(screen.getByTestId('kept').textContent ?? 'null');

describe('money in 万元', () => {
  it('reads what a clerk types in 万元 as whole 元, and writes 元 back in 万元', () => {
    expect(['860', '12.5', '0.35', '860.', '1,200', '0.0001', ''].map(yuanFromWan)).toEqual([8_600_000, 125_000, 3500, 8_600_000, 12_000_000, 1, null]);
    expect(['-5', '1.23456', '十万', '1e3', '.5'].map(yuanFromWan).every(Number.isNaN)).toBe(true);
    expect([8_600_000, 125_000, 3500, 1, null].map(wanFromYuan)).toEqual(['860', '12.5', '0.35', '0.0001', '']);
  });

  it('writes amounts in capitals the way a budget line does, zeros included', () => {
    expect(yuanInCapitals(8_600_000)).toBe('捌佰陆拾万元整');
    expect(yuanInCapitals(1_050_020)).toBe('壹佰零伍万零贰拾元整');
    expect(yuanInCapitals(180_000_000)).toBe('壹亿捌仟万元整');
  });

  it('gives the page 元 and shows the amount in capitals and in 元 under the field', () => {
    render(<Kept<number | null> initial={null} render={(yuan, set) => <MoneyField label="安排资金" yuan={yuan} onChange={set} />} />);
    const field = screen.getByRole('textbox', { name: '安排资金（万元）' });
    fireEvent.change(field, { target: { value: '860' } });
    expect(kept()).toBe(8_600_000);
    expect(screen.getByText('大写：捌佰陆拾万元整')).toBeTruthy();
    expect(screen.getByText('即 8,600,000 元')).toBeTruthy();
  });

  it('says in words what is wrong with an amount it cannot read, and gives the page NaN, so a form refuses to send it', () => {
    const received: Array<number | null> = [];
    render(<Kept<number | null> initial={500_000} render={(yuan, set) => <MoneyField label="使用资金" yuan={yuan} onChange={(next) => (received.push(next), set(next))} />} />);
    const field = screen.getByRole('textbox', { name: '使用资金（万元）' }) as HTMLInputElement;
    expect(field.value).toBe('50');
    fireEvent.change(field, { target: { value: '50万' } });
    expect(received).toEqual([Number.NaN]);
    expect(field.value).toBe('50万');
    expect(screen.getByRole('alert').textContent).toContain('请只写数字，以万元为单位');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/^大写/u)).toBeNull();
  });

  it('keeps a half-typed decimal as typed and shows an amount the page sets anew', () => {
    const { rerender } = render(<MoneyField label="安排资金" yuan={null} onChange={() => undefined} />);
    const field = screen.getByRole('textbox', { name: '安排资金（万元）' }) as HTMLInputElement;
    rerender(<MoneyField label="安排资金" yuan={12_000_000} onChange={() => undefined} />);
    expect(field.value).toBe('1200');
  });
});

describe('dates and times on H5: the browser’s own fields', () => {
  it('is a date field named by its label, with the date and weekday in words under it', () => {
    render(<Kept initial="" render={(value, set) => <DateField label="废止日期" value={value} onChange={set} min="2026-01-01" />} />);
    const field = screen.getByLabelText('废止日期') as HTMLInputElement;
    expect(field.type).toBe('date');
    expect(field.min).toBe('2026-01-01');
    fireEvent.change(field, { target: { value: '2026-03-05' } });
    expect(kept()).toBe('2026-03-05');
    expect(screen.getByText('2026年3月5日 星期四')).toBeTruthy();
  });

  it('is a time field giving HH:mm', () => {
    render(<Kept initial="09:00" render={(value, set) => <TimeField label="开始时间" value={value} onChange={set} />} />);
    const field = screen.getByLabelText('开始时间') as HTMLInputElement;
    expect(field.type).toBe('time');
    fireEvent.change(field, { target: { value: '14:30' } });
    expect(kept()).toBe('14:30');
  });

  it('says the weekday of a date, and nothing for what is not a date', () => {
    expect([dayInWords('2026-10-01'), dayInWords('2026-13-01'), dayInWords('')]).toEqual(['2026年10月1日 星期四', '', '']);
  });
});

describe('dates and times on weapp: WeChat’s picker', () => {
  asWeapp();

  it('opens the date picker from a field-like button that says the chosen date in words', () => {
    render(<Kept initial="" render={(value, set) => <DateField label="成文日期" value={value} onChange={set} max="2026-12-31" />} />);
    const opener = screen.getByRole('button', { name: '成文日期' });
    expect(opener.textContent).toBe('请选择日期');
    answerPicker('2026-06-28');
    fireEvent.click(opener);
    expect(kept()).toBe('2026-06-28');
    expect(opener.textContent).toBe('2026年6月28日 星期日');
    expect(opener.closest('[data-picker]')?.getAttribute('data-end')).toBe('2026-12-31');
  });

  it('keeps the date when the picker is cancelled, and clears an optional one with 不填', () => {
    render(<Kept initial="2026-06-28" render={(value, set) => <DateField label="发布日期" value={value} onChange={set} optional />} />);
    fireEvent.click(screen.getByRole('button', { name: '发布日期' }));
    expect(kept()).toBe('2026-06-28');
    fireEvent.click(screen.getByRole('button', { name: '不填发布日期' }));
    expect(kept()).toBe('');
  });

  it('picks a time with the time picker', () => {
    render(<Kept initial="" render={(value, set) => <TimeField label="结束时间" value={value} onChange={set} />} />);
    answerPicker('16:00');
    fireEvent.click(screen.getByRole('button', { name: '结束时间' }));
    expect(kept()).toBe('16:00');
    expect(screen.getByRole('button', { name: '结束时间' }).closest('[data-picker]')?.getAttribute('data-picker')).toBe('time');
  });
});

describe('text with a limit', () => {
  it('counts what is written in a field of several lines, and in a one-line field that asks for it', () => {
    render(
      <>
        <Kept initial="" render={(value, set) => <TextField label="解读正文" value={value} onChange={set} maxLength={200} lines />} />
        <TextField label="标题" value="关于做好2026年政务公开工作的通知" onChange={() => undefined} maxLength={100} counted />
        <TextField label="联系电话" value="12345" onChange={() => undefined} maxLength={20} />
      </>,
    );
    expect(screen.getByText('已写 0 字，最多 200 字')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '解读正文' }), { target: { value: '一、主要内容' } });
    expect(screen.getByText('已写 6 字，最多 200 字')).toBeTruthy();
    expect(screen.getByText('已写 18 字，最多 100 字')).toBeTruthy();
    expect(screen.queryByText(/最多 20 字/u)).toBeNull();
    expect(countInWords('', 500)).toBe('已写 0 字，最多 500 字');
  });

  it('grows a field of several lines with its text instead of scrolling inside it', () => {
    render(<Kept initial="" render={(value, set) => <TextField label="说明" value={value} onChange={set} maxLength={2000} lines />} />);
    const field = screen.getByRole('textbox', { name: '说明' }) as HTMLTextAreaElement;
    // jsdom lays nothing out: give the field the sizes a browser would, four lines showing and twelve written.
    Object.defineProperty(field, 'clientHeight', { configurable: true, value: 120 });
    Object.defineProperty(field, 'offsetHeight', { configurable: true, value: 124 });
    Object.defineProperty(field, 'scrollHeight', { configurable: true, value: 360 });
    fireEvent.change(field, { target: { value: '第一行\n'.repeat(12) } });
    expect(field.style.height).toBe('364px');
  });
});

describe('fields side by side', () => {
  it('puts each field in a cell that wraps under the other when two do not fit', () => {
    const { container } = render(
      <Columns>
        <TextField label="文号" value="" onChange={() => undefined} maxLength={60} />
        <TextField label="索引号" value="" onChange={() => undefined} maxLength={60} />
      </Columns>,
    );
    const cells = container.querySelectorAll('.gov-columns > .gov-columns__cell');
    expect(cells).toHaveLength(2);
    expect(cells[1]!.textContent).toContain('索引号');
  });
});
