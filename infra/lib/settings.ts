import type { GovOpenStackProps } from './govopen-stack';

/**
 * The deployment's settings, from `cdk deploy -c name=value` (or cdk.context.json): none is needed
 * to synthesize, so `npx cdk synth` works offline on a fresh clone. See docs/deploy.md.
 *
 * | context | what |
 * |---|---|
 * | webDomain, webCertificate | the H5 pages' domain and its certificate (ACM ARN in us-east-1; IAM certificate ID in China) |
 * | apiDomain, apiCertificate | the API's domain for the mini-program and its regional ACM certificate ARN |
 * | alarmEmail | subscribed to the alarm topic |
 * | reservedConcurrency | the function's reserved concurrency (default 20), or `none` |
 * | appSettings | the API's other settings (README, Configuration) as a JSON object, e.g. `{"WECHAT_APP_ID":"wx…","DISTRICT_OFFICE":"…"}` |
 * | originSecretVersion | after the CloudFront origin secret was changed: its new version id (docs/deploy.md) |
 * | restoredTableName | a table restored from point-in-time recovery, used instead of the stack's own (docs/deploy.md) |
 */
/** Settings the stack itself gives the function; one way to set each. */
const SET_BY_THE_STACK = ['TABLE_NAME', 'PHOTO_BUCKET', 'NODE_ENV', 'PUBLIC_BASE_URL', 'SESSION_SECRET_ARN', 'WECHAT_APP_SECRET_ARN'];
/** Secrets live in Secrets Manager (the stack makes them); the first admin comes from `npm run create-admin`. */
const NEVER_IN_SETTINGS = ['SESSION_SECRET', 'WECHAT_APP_SECRET', 'STAFF_BOOTSTRAP'];
/** The local server's own settings: meaningless on Lambda, and DYNAMODB_ENDPOINT would point it away from its table. */
const LOCAL_ONLY = ['PORT', 'HOST', 'DATA_DIR', 'DYNAMODB_PORT', 'DYNAMODB_ENDPOINT', 'RATE_LIMIT_PER_MINUTE', 'PHOTO_DIR', 'PHOTO_BASE_URL'];

function appSettingsFrom(raw: unknown): Record<string, string> {
  if (raw === undefined || raw === '') return {};
  const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('context appSettings must be a JSON object of settings');
  return Object.fromEntries(
    Object.entries(parsed).map(([name, value]) => {
      if (!/^[A-Z][A-Z0-9_]*$/u.test(name)) throw new Error(`appSettings: "${name}" is not a setting's name`);
      if (SET_BY_THE_STACK.includes(name)) throw new Error(`appSettings: ${name} is set by the stack itself`);
      if (NEVER_IN_SETTINGS.includes(name)) throw new Error(`appSettings: ${name} never goes in the function's settings (docs/deploy.md)`);
      if (LOCAL_ONLY.includes(name)) throw new Error(`appSettings: ${name} is for the local server only`);
      if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`appSettings: ${name} must be a string or a number`);
      return [name, String(value)];
    }),
  );
}

export function stackPropsFromContext(context: (key: string) => unknown): GovOpenStackProps {
  const text = (key: string): string | undefined => {
    const value = context(key);
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new Error(`context ${key} must be a string`);
    return value;
  };
  const pair = (domainKey: string, certificateKey: string) => {
    const [domainName, certificate] = [text(domainKey), text(certificateKey)];
    if (!domainName && !certificate) return undefined;
    if (!domainName || !certificate) throw new Error(`set both ${domainKey} and ${certificateKey}, or neither`);
    return { domainName, certificate };
  };
  const web = pair('webDomain', 'webCertificate');
  const api = pair('apiDomain', 'apiCertificate');
  const concurrency = context('reservedConcurrency');
  const reserved =
    concurrency === undefined ? {} : concurrency === 'none' ? { reservedConcurrency: undefined } : { reservedConcurrency: Number(concurrency) };
  if (reserved.reservedConcurrency !== undefined && !(Number.isInteger(reserved.reservedConcurrency) && reserved.reservedConcurrency > 0)) {
    throw new Error(`reservedConcurrency must be a whole number above 0, or none, not "${String(concurrency)}"`);
  }
  const alarmEmail = text('alarmEmail');
  const originSecretVersion = text('originSecretVersion');
  const restoredTableName = text('restoredTableName');
  const appSettings = appSettingsFrom(context('appSettings'));
  return {
    ...(web ? { webDomain: web } : {}),
    ...(api ? { apiDomain: { domainName: api.domainName, certificateArn: api.certificate } } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(originSecretVersion ? { originSecretVersion } : {}),
    ...(restoredTableName ? { restoredTableName } : {}),
    ...(Object.keys(appSettings).length > 0 ? { appSettings } : {}),
    ...reserved,
  };
}
