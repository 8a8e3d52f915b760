// Environment is read here, once, at start-up; everything else receives a Config.

export interface WeChatConfig {
  appId: string;
  appSecret: string;
  /** WeChat's API host; tests point it at a local server that answers the same way. */
  apiBase: string;
}

export interface NotificationConfig {
  /** `outbox`: messages are stored in the table for developers and tests to read; `wechat`: WeChat subscribe messages. */
  channel: 'outbox' | 'wechat';
  /** WeChat subscribe-message template id per GovOpen template (EVENT_CONFIRMED, EVENT_REMINDER …). */
  templates: Readonly<Record<string, string>>;
}

export interface PhotoConfig {
  /** S3 bucket for progress photos (CDK sets PHOTO_BUCKET on Lambda); unset: photos on the local disk. */
  bucket: string | undefined;
  /** Local disk: the folder photos are kept in (default DATA_DIR/photos, else a temporary folder). */
  dir: string | undefined;
  /** Local disk: the address photos are uploaded to and served from (default http://HOST:PORT). */
  baseUrl: string | undefined;
}

export interface Config {
  /** `production` turns off development conveniences (introspection, `dev:` sign-in codes, error details). */
  production: boolean;
  /** The DynamoDB table; CDK injects it on Lambda. */
  tableName: string;
  /** Where DynamoDB answers; unset on AWS, where the SDK finds the regional endpoint. */
  dynamoEndpoint: string | undefined;
  region: string;
  /** Local server only. */
  host: string;
  port: number;
  /** Folder DynamoDB Local keeps its data in; in memory when unset. */
  dataDir: string | undefined;
  /** Port of the DynamoDB Local that `npm start` runs (0: any free port). */
  dynamoLocalPort: number;
  logLevel: string;
  /** Signs GovOpen's session tokens (HS256); at least 32 characters. */
  sessionSecret: string;
  /** How long a resident stays signed in, and a staff member. */
  residentSessionHours: number;
  staffSessionHours: number;
  wechat: WeChatConfig;
  /** `username:password` of the first district admin, created at start-up when there is none. */
  staffBootstrap: { username: string; password: string } | undefined;
  /** The department that acts for the whole district (owns events created without a department …). */
  districtOffice: string;
  /** Local server: requests one client (IP address) may make per minute. */
  rateLimitPerMinute: number;
  /** Where progress photos of livelihood projects are kept. */
  photos: PhotoConfig;
  /** Working days a project milestone may pass its planned date before it counts as overdue (0: the day after). */
  projectOverdueWorkingDays: number;
  /** Where residents open the H5 pages (rating links and their QR codes point here). */
  publicBaseUrl: string;
  /** 好差评 deadlines, in working days from the day of a bad rating. */
  ratings: RatingDeadlines;
  /** 咨询留言 deadlines, in working days from the day a question is asked. */
  consultations: ConsultationDeadlines;
  /** 依申请公开: what the law leaves to each district. */
  informationRequests: InformationRequestSettings;
  /** How residents are told things outside the app (open-day confirmations, reminders …). */
  notifications: NotificationConfig;
}

export interface RatingDeadlines {
  /** Call the resident back within this many working days (1 to 5; default 1). */
  callbackWorkingDays: number;
  /** Fix and reply within this many working days (local rules: 5 to 15; default 15). */
  rectifyWorkingDays: number;
}

export interface ConsultationDeadlines {
  /** Answer a simple consultation within this many working days (the plans: 1). */
  simpleWorkingDays: number;
  /** A consultation marked complex, with a reason: this many (default 5). */
  complexWorkingDays: number;
}

export interface InformationRequestSettings {
  /** Working days the applicant has to send a corrected application (补正) before it counts as given up (default 15). */
  correctionWorkingDays: number;
  /** Working days to pay a 信息处理费 from the fee notice before the application counts as given up (default 20). */
  feePaymentWorkingDays: number;
  /** Where an applicant applies for 行政复议 against a department's reply, as the 告知书 names it. */
  reviewBody: string;
}

/** Only for development and tests; production refuses to start without SESSION_SECRET. */
const DEVELOPMENT_SESSION_SECRET = 'govopen-development-secret-not-for-production';

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  production: false,
  tableName: 'govopen',
  dynamoEndpoint: undefined,
  region: 'cn-north-1',
  host: '127.0.0.1',
  port: 4000,
  dataDir: undefined,
  dynamoLocalPort: 8000,
  logLevel: 'info',
  sessionSecret: DEVELOPMENT_SESSION_SECRET,
  residentSessionHours: 24 * 7,
  staffSessionHours: 8,
  wechat: Object.freeze({ appId: '', appSecret: '', apiBase: 'https://api.weixin.qq.com' }),
  staffBootstrap: undefined,
  districtOffice: '区政府办公室',
  rateLimitPerMinute: 300,
  photos: Object.freeze({ bucket: undefined, dir: undefined, baseUrl: undefined }),
  projectOverdueWorkingDays: 0,
  publicBaseUrl: 'http://127.0.0.1:4000',
  ratings: Object.freeze({ callbackWorkingDays: 1, rectifyWorkingDays: 15 }),
  consultations: Object.freeze({ simpleWorkingDays: 1, complexWorkingDays: 5 }),
  informationRequests: Object.freeze({ correctionWorkingDays: 15, feePaymentWorkingDays: 20, reviewBody: '区人民政府' }),
  notifications: Object.freeze({ channel: 'outbox' as const, templates: Object.freeze({}) }),
});

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, not "${raw}"`);
  return port;
}

function positiveNumberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

const TEMPLATE_PREFIX = 'WECHAT_TEMPLATE_';

function notificationsFrom(env: NodeJS.ProcessEnv): NotificationConfig {
  const channel = env.NOTIFIER || DEFAULT_CONFIG.notifications.channel;
  if (channel !== 'outbox' && channel !== 'wechat') throw new Error(`NOTIFIER must be outbox or wechat, not "${channel}"`);
  const templates = Object.fromEntries(
    Object.entries(env)
      .filter(([name, value]) => name.startsWith(TEMPLATE_PREFIX) && value)
      .map(([name, value]) => [name.slice(TEMPLATE_PREFIX.length), value as string]),
  );
  return { channel, templates };
}

function workingDaysFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number of working days from ${min} to ${max}, not "${raw}"`);
  return value;
}

function urlFrom(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!/^https?:\/\/[^\s]+$/u.test(raw)) throw new Error(`${name} must be an http(s) URL, not "${raw}"`);
  return raw.replace(/\/+$/u, '');
}

function wholeNumberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, 0 or more, not "${raw}"`);
  return value;
}

function bootstrapFrom(raw: string | undefined): Config['staffBootstrap'] {
  if (!raw) return undefined;
  const separator = raw.indexOf(':');
  if (separator <= 0 || separator === raw.length - 1) throw new Error('STAFF_BOOTSTRAP must be username:password');
  return { username: raw.slice(0, separator), password: raw.slice(separator + 1) };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST || DEFAULT_CONFIG.host;
  const port = portFrom(env, 'PORT', DEFAULT_CONFIG.port);
  const production = env.NODE_ENV === 'production';
  const sessionSecret = env.SESSION_SECRET || (production ? '' : DEVELOPMENT_SESSION_SECRET);
  if (sessionSecret.length < 32) throw new Error('SESSION_SECRET must be set to at least 32 characters in production');
  return {
    production,
    tableName: env.TABLE_NAME || DEFAULT_CONFIG.tableName,
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION || DEFAULT_CONFIG.region,
    host,
    port,
    dataDir: env.DATA_DIR || undefined,
    dynamoLocalPort: portFrom(env, 'DYNAMODB_PORT', DEFAULT_CONFIG.dynamoLocalPort),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : DEFAULT_CONFIG.logLevel),
    sessionSecret,
    residentSessionHours: positiveNumberFrom(env, 'RESIDENT_SESSION_HOURS', DEFAULT_CONFIG.residentSessionHours),
    staffSessionHours: positiveNumberFrom(env, 'STAFF_SESSION_HOURS', DEFAULT_CONFIG.staffSessionHours),
    wechat: {
      appId: env.WECHAT_APP_ID || '',
      appSecret: env.WECHAT_APP_SECRET || '',
      apiBase: env.WECHAT_API_BASE || DEFAULT_CONFIG.wechat.apiBase,
    },
    staffBootstrap: bootstrapFrom(env.STAFF_BOOTSTRAP),
    districtOffice: env.DISTRICT_OFFICE || DEFAULT_CONFIG.districtOffice,
    rateLimitPerMinute: positiveNumberFrom(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_CONFIG.rateLimitPerMinute),
    photos: { bucket: env.PHOTO_BUCKET || undefined, dir: env.PHOTO_DIR || undefined, baseUrl: env.PHOTO_BASE_URL || undefined },
    projectOverdueWorkingDays: wholeNumberFrom(env, 'PROJECT_OVERDUE_WORKING_DAYS', DEFAULT_CONFIG.projectOverdueWorkingDays),
    // Locally the H5 app is served by this very server, so its address is the default.
    publicBaseUrl: urlFrom(env, 'PUBLIC_BASE_URL', `http://${host}:${port}`),
    ratings: {
      callbackWorkingDays: workingDaysFrom(env, 'CALLBACK_WORKING_DAYS', DEFAULT_CONFIG.ratings.callbackWorkingDays, 1, 5),
      rectifyWorkingDays: workingDaysFrom(env, 'RECTIFY_WORKING_DAYS', DEFAULT_CONFIG.ratings.rectifyWorkingDays, 5, 15),
    },
    consultations: {
      simpleWorkingDays: workingDaysFrom(env, 'CONSULTATION_SIMPLE_WORKING_DAYS', DEFAULT_CONFIG.consultations.simpleWorkingDays, 1, 3),
      complexWorkingDays: workingDaysFrom(env, 'CONSULTATION_COMPLEX_WORKING_DAYS', DEFAULT_CONFIG.consultations.complexWorkingDays, 2, 20),
    },
    informationRequests: {
      correctionWorkingDays: workingDaysFrom(env, 'CORRECTION_WORKING_DAYS', DEFAULT_CONFIG.informationRequests.correctionWorkingDays, 5, 30),
      feePaymentWorkingDays: workingDaysFrom(env, 'FEE_PAYMENT_WORKING_DAYS', DEFAULT_CONFIG.informationRequests.feePaymentWorkingDays, 20, 60),
      reviewBody: env.REVIEW_BODY || DEFAULT_CONFIG.informationRequests.reviewBody,
    },
    notifications: notificationsFrom(env),
  };
}
