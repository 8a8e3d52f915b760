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
 */
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
  return {
    ...(web ? { webDomain: web } : {}),
    ...(api ? { apiDomain: { domainName: api.domainName, certificateArn: api.certificate } } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    ...reserved,
  };
}
