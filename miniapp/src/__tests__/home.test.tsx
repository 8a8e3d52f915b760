import { fireEvent, render, screen, within } from '@testing-library/react';
import { navigateTo } from '../../test-support/taro';
import { reloadSettings, updateSettings } from '../settings/store';
import Home from '../pages/home/index';

beforeEach(() => reloadSettings());

const tiles = () => screen.getAllByRole('link').filter((el) => el.classList.contains('gov-tile'));

describe('home', () => {
  it('shows the five jobs as large tiles, and a search box', () => {
    render(<Home />);
    expect(tiles().map((tile) => within(tile).getAllByText(/./)[0]!.textContent)).toEqual([
      '政策文件',
      '民生实事',
      '开放日',
      '好差评',
      '我的',
    ]);
    expect(screen.getByRole('search')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('政务公开');
  });

  it('opens the policy library, this year’s livelihood projects and the open days', () => {
    render(<Home />);
    fireEvent.click(screen.getByRole('link', { name: /^政策文件/ }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/policy/browse/index' });
    fireEvent.click(screen.getByRole('link', { name: /^民生实事/ }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/projects/list/index' });
    fireEvent.click(screen.getByRole('link', { name: /^开放日/ }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/events/list/index' });
  });

  it('leads to 咨询留言 and 依申请公开 from the first page, not only through 我的', () => {
    render(<Home />);
    fireEvent.click(screen.getByRole('button', { name: '咨询留言：有问题问政府部门' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/casework/ask/index' });
    fireEvent.click(screen.getByRole('button', { name: '依申请公开：申请查看政府信息' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/casework/apply/index' });
  });

  it('tiles and buttons work from a keyboard too (Enter), as on a kiosk', () => {
    render(<Home />);
    const tile = screen.getByRole('link', { name: /^我的/ });
    expect(tile.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(tile, { key: 'Enter' });
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/mine/index/index' });
    fireEvent.keyDown(screen.getByRole('button', { name: '搜索' }), { key: ' ' });
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pages/policy/search/index' });
  });

  it('searches for what the resident typed', () => {
    render(<Home />);
    fireEvent.change(screen.getByRole('textbox', { name: '搜索政策' }), { target: { value: ' 养老 ' } });
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: `/pages/policy/search/index?q=${encodeURIComponent('养老')}` });
  });

  it('简洁版: only the five jobs in one column, no search box, no secondary links', () => {
    updateSettings({ simple: true });
    const { container } = render(<Home />);
    expect(screen.queryByRole('search')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByText('最近看过')).toBeNull();
    expect(screen.queryByText(/长辈版/)).toBeNull();
    expect(tiles()).toHaveLength(5);
    expect(container.querySelector('.home-tiles')!.classList.contains('home-tiles--one-column')).toBe(true);
    // and nothing else to tap
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
