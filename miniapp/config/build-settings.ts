// What a build takes from its environment, checked once, so that a production weapp build cannot
// silently point nowhere (docs/miniapp-builds.md lists the settings per environment).

/**
 * The subscribe templates some tap in the weapp asks residents for (miniapp/src/platform/messages.ts),
 * with the same WECHAT_TEMPLATE_<NAME> settings the API sends them with. A page that starts asking for
 * another of the server's templates adds its name here (then `askForMessages([NAME])` type-checks).
 */
export const ASKED_TEMPLATES = ['EVENT_CONFIRMED', 'EVENT_WAITLISTED', 'EVENT_REMINDER', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'PROJECT_UPDATED', 'RATING_REPLIED', 'CONSULTATION_ANSWERED', 'INFORMATION_REQUEST_REPLIED', 'DRAFT_FEEDBACK_PUBLISHED', 'SUBSCRIPTION_PUBLISHED'] as const;

export type AskedTemplate = (typeof ASKED_TEMPLATES)[number];

/** `npm start`'s API, for development builds of the weapp (WeChat DevTools with 不校验合法域名). */
export const DEVELOPMENT_API_URL = 'http://127.0.0.1:4000/graphql';

export interface BuildSettings {
  /** The GraphQL address the app calls: same origin on H5, GOVOPEN_API_URL on weapp. */
  apiUrl: string;
  /** weapp: the WeChat template id of each of ASKED_TEMPLATES that is set. */
  templateIds: Partial<Record<AskedTemplate, string>>;
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
  if (platform === 'h5') return { apiUrl: '/graphql', templateIds: {}, warnings: [] };
  const production = env.NODE_ENV !== 'development';
  const raw = env.GOVOPEN_API_URL?.trim();
  if (!raw) {
    if (production) throw new BuildSettingError('GOVOPEN_API_URL is not set: a production weapp build needs the https address of the GraphQL API, e.g. GOVOPEN_API_URL=https://api.example.gov.cn/graphql');
    return { apiUrl: DEVELOPMENT_API_URL, templateIds: templateIds(env), warnings: [] };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BuildSettingError(`GOVOPEN_API_URL "${raw}" is not an address: give the full https address of the GraphQL API`);
  }
  if (production && url.protocol !== 'https:') throw new BuildSettingError(`GOVOPEN_API_URL "${raw}" is not https: WeChat sends requests only to https domains set in its console`);
  const ids = templateIds(env);
  const missing = ASKED_TEMPLATES.filter((name) => !ids[name]);
  const warnings = production && missing.length ? [`${missing.map((name) => `WECHAT_TEMPLATE_${name}`).join(', ')} not set: residents are not asked for these messages`] : [];
  return { apiUrl: url.href, templateIds: ids, warnings };
}

function templateIds(env: NodeJS.ProcessEnv): Partial<Record<AskedTemplate, string>> {
  const ids: Partial<Record<AskedTemplate, string>> = {};
  for (const name of ASKED_TEMPLATES) {
    const id = env[`WECHAT_TEMPLATE_${name}`]?.trim();
    if (id) ids[name] = id;
  }
  return ids;
}
