// What a build takes from its environment, checked once, so that a production weapp build cannot
// silently point nowhere (docs/miniapp-builds.md lists the settings per environment).

/** The subscribe templates the weapp asks residents for after they sign up for an open day. */
export const EVENT_REMINDER_TEMPLATES = ['EVENT_REMINDER', 'EVENT_PROMOTED', 'EVENT_CANCELLED'] as const;

/** The subscribe templates the weapp asks for at the tap that promises them: a question's answer, an application's reply. */
export const CASEWORK_TEMPLATES = ['CONSULTATION_ANSWERED', 'INFORMATION_REQUEST_REPLIED'] as const;

/** weapp: the WeChat template ids of CASEWORK_TEMPLATES that are set, by name; none on H5. */
export function caseworkTemplateIds(env: NodeJS.ProcessEnv, platform: 'weapp' | 'h5'): Record<string, string> {
  if (platform === 'h5') return {};
  return Object.fromEntries(CASEWORK_TEMPLATES.map((name) => [name, env[`WECHAT_TEMPLATE_${name}`]?.trim() ?? '']).filter(([, id]) => id));
}

/** `npm start`'s API, for development builds of the weapp (WeChat DevTools with 不校验合法域名). */
export const DEVELOPMENT_API_URL = 'http://127.0.0.1:4000/graphql';

export interface BuildSettings {
  /** The GraphQL address the app calls: same origin on H5, GOVOPEN_API_URL on weapp. */
  apiUrl: string;
  /** weapp: the WeChat template ids of EVENT_REMINDER_TEMPLATES that are set. */
  eventTemplateIds: string[];
  /** Settings a production build can go without but an operator should know about. */
  warnings: string[];
}

/** A setting that makes the build wrong: the message is the one line the build prints before stopping. */
export class BuildSettingError extends Error {}

/**
 * The build's settings for `platform`. A production weapp build (anything but `taro build --watch`
 * or NODE_ENV=development) refuses a missing GOVOPEN_API_URL, and one that is not an https address:
 * WeChat sends requests only to https domains listed in its console.
 */
export function buildSettings(env: NodeJS.ProcessEnv, platform: 'weapp' | 'h5'): BuildSettings {
  if (platform === 'h5') return { apiUrl: '/graphql', eventTemplateIds: [], warnings: [] };
  const production = env.NODE_ENV !== 'development';
  const raw = env.GOVOPEN_API_URL?.trim();
  if (!raw) {
    if (production) throw new BuildSettingError('GOVOPEN_API_URL is not set: a production weapp build needs the https address of the GraphQL API, e.g. GOVOPEN_API_URL=https://api.example.gov.cn/graphql');
    return { apiUrl: DEVELOPMENT_API_URL, eventTemplateIds: templateIds(env), warnings: [] };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BuildSettingError(`GOVOPEN_API_URL "${raw}" is not an address: give the full https address of the GraphQL API`);
  }
  if (production && url.protocol !== 'https:') throw new BuildSettingError(`GOVOPEN_API_URL "${raw}" is not https: WeChat sends requests only to https domains set in its console`);
  const missing = EVENT_REMINDER_TEMPLATES.filter((name) => !env[`WECHAT_TEMPLATE_${name}`]);
  const warnings = production && missing.length ? [`${missing.map((name) => `WECHAT_TEMPLATE_${name}`).join(', ')} not set: residents are not offered these open-day messages`] : [];
  return { apiUrl: url.href, eventTemplateIds: templateIds(env), warnings };
}

const templateIds = (env: NodeJS.ProcessEnv) => EVENT_REMINDER_TEMPLATES.map((name) => env[`WECHAT_TEMPLATE_${name}`]?.trim()).filter((id): id is string => Boolean(id));
