/** @jest-environment node */
import { ASKED_TEMPLATES, buildSettings, BuildSettingError, DEVELOPMENT_API_URL } from './build-settings';

const production = { NODE_ENV: 'production' };

describe('buildSettings', () => {
  it('refuses a production weapp build without an API address, saying which setting and what it needs', () => {
    expect(() => buildSettings(production, 'weapp')).toThrow(BuildSettingError);
    expect(() => buildSettings({ ...production, GOVOPEN_API_URL: '  ' }, 'weapp')).toThrow(/^GOVOPEN_API_URL is not set: .*https/);
    // `taro build` without --watch is a production build even when NODE_ENV is something else.
    expect(() => buildSettings({ NODE_ENV: 'test' }, 'weapp')).toThrow(/GOVOPEN_API_URL is not set/);
  });

  it('refuses a production weapp build whose API address is not https, or not an address', () => {
    expect(() => buildSettings({ ...production, GOVOPEN_API_URL: 'http://api.example.gov.cn/graphql' }, 'weapp')).toThrow(/is not https: WeChat sends requests only to https domains/);
    expect(() => buildSettings({ ...production, GOVOPEN_API_URL: 'api.example.gov.cn/graphql' }, 'weapp')).toThrow(/is not an address/);
  });

  it('takes the https address and the template ids that are set, and warns about the missing ones', () => {
    const all = Object.fromEntries(ASKED_TEMPLATES.map((name) => [`WECHAT_TEMPLATE_${name}`, name.toLowerCase()]));
    const settings = buildSettings({ ...production, GOVOPEN_API_URL: 'https://api.example.gov.cn/graphql', ...all, WECHAT_TEMPLATE_EVENT_CANCELLED: ' def ', WECHAT_TEMPLATE_EVENT_PROMOTED: '' }, 'weapp');
    expect(settings.apiUrl).toBe('https://api.example.gov.cn/graphql');
    expect(settings.templateIds).toMatchObject({ EVENT_REMINDER: 'event_reminder', EVENT_CANCELLED: 'def', RATING_REPLIED: 'rating_replied' });
    expect(settings.templateIds.EVENT_PROMOTED).toBeUndefined();
    expect(settings.warnings).toEqual(['WECHAT_TEMPLATE_EVENT_PROMOTED not set: residents are not asked for these messages']);
  });

  it('lets a development weapp build call npm start\'s API over http', () => {
    expect(buildSettings({ NODE_ENV: 'development' }, 'weapp').apiUrl).toBe(DEVELOPMENT_API_URL);
    expect(buildSettings({ NODE_ENV: 'development', GOVOPEN_API_URL: 'http://192.168.1.5:4000/graphql' }, 'weapp').apiUrl).toBe('http://192.168.1.5:4000/graphql');
  });

  it('has H5 call the API on its own origin', () => {
    expect(buildSettings(production, 'h5')).toEqual({ apiUrl: '/graphql', templateIds: {}, warnings: [] });
  });
});
