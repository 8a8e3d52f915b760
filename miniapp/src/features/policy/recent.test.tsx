import { fireEvent, render, screen } from '@testing-library/react';
import { navigateTo } from '../../../test-support/taro';
import RecentPage from '../../pages/policy/recent/index';

describe('最近看过', () => {
  it('with nothing read yet, says so and leads to the policies', () => {
    render(<RecentPage />);
    expect(screen.getByText('还没有看过的文件。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '去看政策文件' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/policy/browse/index' });
  });
});
