import { render, screen, within } from '@testing-library/react';
import { answerByOperation } from '../../../test-support/api';
import { setStorageSync } from '../../../test-support/taro';
import { future } from '../../../test-support/rating-fixtures';
import { reloadSession, SESSION_KEY } from '../../session/store';
import FamilyPage from '../../pages/messages/family/index';

beforeEach(() => {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
  reloadSession();
});

it('asks for the name each side is called by in boxes whose names, heard alone, say which is which', async () => {
  answerByOperation({ MyFamilyLinks: { data: { myFamilyLinks: [] } } });
  render(<FamilyPage />);
  await screen.findByText('还没有亲友帮办。');
  // Before, both were 亲友怎么称呼您: a screen reader's list of the page's fields read the same twice.
  expect(within(screen.getByRole('region', { name: '请亲友帮我' })).getByRole('textbox', { name: '来帮您的亲友怎么称呼您' })).toBeTruthy();
  expect(within(screen.getByRole('region', { name: '我来帮亲友' })).getByRole('textbox', { name: '您要帮的亲友怎么称呼您' })).toBeTruthy();
  const names = screen.getAllByRole('textbox').map((box) => box.getAttribute('aria-label'));
  expect(new Set(names).size).toBe(names.length);
});
