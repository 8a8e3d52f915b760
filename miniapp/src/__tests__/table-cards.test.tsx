import { fireEvent, render, screen } from '@testing-library/react';
import { TableCards } from '../components/TableCards';

// An attachment table as cards: a long task table shows its first 15 rows and a button for the
// next ones, saying how many it adds and how many there are; a short one shows whole.

const tableOf = (count: number) => ({
  title: '附件：重点任务分解表',
  columns: ['序号', '重点任务', '牵头单位'],
  rows: Array.from({ length: count }, (_, i) => [String(i + 1), `第${i + 1}项任务`, '区政府办公室']),
});
const cards = () => screen.queryAllByRole('group', { name: /^第\d+项$/ });

it('shows a long table’s first 15 rows, then 再显示 adds the next 15, and the last few, until all are there', () => {
  render(<TableCards table={tableOf(38)} />);
  expect(cards()).toHaveLength(15);
  expect(cards()[0]!.textContent).toContain('第1项任务');
  expect(cards()[14]!.textContent).toContain('第15项任务');
  expect(screen.queryByText('第16项任务')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: '再显示 15 项（共 38 项）' }));
  expect(cards()).toHaveLength(30);
  expect(cards()[15]!.textContent).toContain('第16项任务');

  fireEvent.click(screen.getByRole('button', { name: '再显示 8 项（共 38 项）' }));
  expect(cards()).toHaveLength(38);
  expect(cards()[37]!.textContent).toContain('第38项任务');
  expect(screen.queryByRole('button', { name: /再显示/ })).toBeNull();
});

it('shows a table of 15 rows or fewer whole, with no button', () => {
  render(<TableCards table={tableOf(15)} />);
  expect(cards()).toHaveLength(15);
  expect(screen.getByText('第15项任务')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});
