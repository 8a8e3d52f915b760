import { fireEvent, render, screen, within } from '@testing-library/react';
import { getStorageSync } from '../../test-support/taro';
import { reloadSettings, SETTINGS_KEY } from '../settings/store';
import { PALETTES } from '../theme';
import SettingsPage from '../pages/settings/index';
import Home from '../pages/home/index';

beforeEach(() => reloadSettings());

const rootVar = (name: string) => screen.getByTestId('screen').style.getPropertyValue(name);

describe('设置', () => {
  it('has the 长辈版 entry, findable as 关怀版 / 亲情版 / 关爱版 too', () => {
    render(<SettingsPage />);
    expect(screen.getByRole('group', { name: '长辈版' }).textContent).toContain('长辈版：已关闭');
    expect(screen.getByRole('button', { name: '开启长辈版' })).toBeTruthy();
    expect(screen.getByText(/关怀版/).textContent).toMatch(/亲情版.*关爱版/);
  });

  it('长辈版 raises the font tokens and tap-target sizes, and is remembered for the next visit', () => {
    const { unmount } = render(<SettingsPage />);
    expect(rootVar('--gov-font-body')).toBe('18px');
    expect(rootVar('--gov-target')).toBe('44px');
    fireEvent.click(screen.getByRole('button', { name: '开启长辈版' }));

    expect(rootVar('--gov-font-body')).toBe('22px');
    expect(rootVar('--gov-target')).toBe('60px');
    // The row says how it is now; the button says what the next tap does.
    expect(screen.getByRole('group', { name: '长辈版' }).textContent).toContain('长辈版：已开启');
    expect(screen.queryByRole('button', { name: '开启长辈版' })).toBeNull();
    expect(screen.getByRole('button', { name: '关闭长辈版' })).toBeTruthy();
    expect(getStorageSync(SETTINGS_KEY)).toMatchObject({ elder: true });
    unmount();

    // A new visit: settings come back from storage.
    reloadSettings();
    render(<Home />);
    expect(rootVar('--gov-font-body')).toBe('22px');
    expect(rootVar('--gov-target')).toBe('60px');
  });

  it('font steps go up to at least 30 px in 长辈版', () => {
    render(<SettingsPage />);
    fireEvent.click(screen.getByRole('button', { name: '开启长辈版' }));
    const steps = () => within(screen.getByRole('group', { name: '字号' }));
    fireEvent.click(steps().getByRole('button', { name: '超大' }));
    expect(parseFloat(rootVar('--gov-font-body'))).toBeGreaterThanOrEqual(30);
    expect(steps().getByRole('button', { name: '超大，已选' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('高对比度 switches the colours', () => {
    render(<SettingsPage />);
    fireEvent.click(screen.getByRole('button', { name: '开启高对比度' }));
    expect(rootVar('--gov-color-background')).toBe(PALETTES.highContrast.background);
    expect(rootVar('--gov-color-text')).toBe(PALETTES.highContrast.text);
  });

  it('简洁版 is remembered, on and off again', () => {
    render(<SettingsPage />);
    fireEvent.click(screen.getByRole('button', { name: '开启简洁版' }));
    expect(getStorageSync(SETTINGS_KEY)).toMatchObject({ simple: true });
    expect(screen.getByRole('group', { name: '简洁版' }).textContent).toContain('简洁版：已开启');
    fireEvent.click(screen.getByRole('button', { name: '关闭简洁版' }));
    expect(getStorageSync(SETTINGS_KEY)).toMatchObject({ simple: false });
  });
});
