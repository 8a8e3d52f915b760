import { act, fireEvent, render, screen } from '@testing-library/react';
import { answerByOperation } from '../../../test-support/api';
import { navigateTo, setStorageSync } from '../../../test-support/taro';
import { reloadSession, SESSION_KEY } from '../../session/store';
import MyDraftCommentsPage from '../../pages/drafts/mine/index';

// 意见征集, the resident's own page.

beforeEach(() => {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
  reloadSession();
});

describe('我的意见', () => {
  it('with no comment yet, says so and leads to the drafts open for comment', async () => {
    answerByOperation({ MyDraftComments: { data: { myDraftComments: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } } });
    render(<MyDraftCommentsPage />);
    await screen.findByText('您还没有对征求意见稿提过意见。');
    await act(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: '看正在征求意见的草案' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/drafts/list/index' });
  });
});
