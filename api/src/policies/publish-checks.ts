import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { describeFinding, findSensitiveData, toSimplified } from '@govopen/shared';

// The checks before a policy goes out (检查错别字、敏感词、链接): unmasked private data (the one
// refusal, the same rule as core's), the district's sensitive-word list, and the web addresses in the
// text. Only private data refuses; a sensitive word or a link that does not answer is for staff to
// look at. Nothing here writes.

export type FindingKind = 'PRIVATE_DATA' | 'SENSITIVE_WORD' | 'BROKEN_LINK' | 'UNCHECKED_LINK' | 'ISSUER' | 'ALREADY_PUBLISHED';

export interface PublishFinding {
  kind: FindingKind;
  blocking: boolean;
  message: string;
  field: string | null;
  line: number | null;
  excerpt: string | null;
  /** ALREADY_PUBLISHED: the document published already, when the clerk may correct it. */
  policyId: string | null;
}

/** The texts of a policy that are checked, by field (title, body, tables …). */
export type CheckedText = Record<string, string>;

export function privateDataFindings(texts: CheckedText): PublishFinding[] {
  return Object.entries(texts).flatMap(([field, text]) =>
    findSensitiveData(text).map((found) => ({ kind: 'PRIVATE_DATA' as const, blocking: true, message: describeFinding(found), field, line: found.line, excerpt: found.excerpt, policyId: null })),
  );
}

/** About 10 characters either side of a place on its line. */
function around(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const from = Math.max(lineStart, start - 10);
  const to = Math.min(lineEnd, end + 10);
  return `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
}

/**
 * Every place a word of the list stands in the texts, Traditional written as Simplified (the list is
 * kept in Simplified; 政務 finds 政务). Words are looked for as written, case aside.
 */
export function sensitiveWordFindings(texts: CheckedText, words: readonly string[]): PublishFinding[] {
  const wanted = [...new Set(words.map((word) => toSimplified(word.trim()).toLowerCase()).filter(Boolean))];
  return Object.entries(texts).flatMap(([field, text]) => {
    // toSimplified maps character for character, so offsets in the folded text are offsets in the text.
    const folded = toSimplified(text).toLowerCase();
    const same = folded.length === text.length;
    return wanted.flatMap((word) => {
      const found: PublishFinding[] = [];
      for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
        const line = folded.slice(0, at).split('\n').length;
        found.push({ kind: 'SENSITIVE_WORD', blocking: false, message: `第${line}行有敏感词「${word}」，请核实后再发布。`, field, line, excerpt: same ? around(text, at, at + word.length) : word, policyId: null });
      }
      return found;
    });
  });
}

/** The http(s) addresses written in a text, each once, in order; at most `max`. */
export function linksIn(text: string, max = 20): Array<{ url: string; line: number }> {
  const seen = new Map<string, number>();
  for (const match of text.matchAll(/https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/gu)) {
    const url = match[0].replace(/[.,;:!?'\])]+$/u, '');
    if (!seen.has(url)) seen.set(url, text.slice(0, match.index).split('\n').length);
  }
  return [...seen].slice(0, max).map(([url, line]) => ({ url, line }));
}

// Loopback, private, link-local (the cloud's metadata address) and unique-local: never fetched, so
// a link in a policy cannot make the API read the inside of its own network.
const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['::ffff:0:0', 96]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

const isPrivateAddress = (address: string) => PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

export interface LinkCheckOptions {
  /** Per address; the addresses are tried at the same time. */
  timeoutMs: number;
  /** Tests only: let loopback addresses be fetched (a local server stands in for a web site). */
  allowPrivate?: boolean;
}

type LinkAnswer = { status: number } | { unreachable: string };

async function tryLink(url: string, options: LinkCheckOptions): Promise<LinkAnswer> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const { hostname } = new URL(url);
    const host = hostname.replace(/^\[|\]$/gu, '');
    const address = isIP(host) ? host : (await lookup(host)).address;
    if (!options.allowPrivate && isPrivateAddress(address)) return { unreachable: '是内网地址，没有检查' };
    // Redirects are not followed (one could lead inside the network); a redirect means the site answers.
    let response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal });
    if (response.status === 405 || response.status === 501) response = await fetch(url, { method: 'GET', redirect: 'manual', signal });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    return { unreachable: signal.aborted ? `${Math.round(options.timeoutMs / 1000)} 秒内没有响应` : '连不上' };
  }
}

/**
 * Tries each address. 404 and 410 say the page is gone (BROKEN_LINK); anything else that fails — no
 * answer in time, no network, a server error — may work for residents (UNCHECKED_LINK). Neither refuses
 * publishing.
 */
export async function linkFindings(field: string, text: string, options: LinkCheckOptions): Promise<{ findings: PublishFinding[]; checked: number }> {
  const links = linksIn(text);
  const answers = await Promise.all(links.map((link) => tryLink(link.url, options)));
  const findings = links.flatMap(({ url, line }, i): PublishFinding[] => {
    const answer = answers[i]!;
    const at = { field, line, excerpt: url, blocking: false, policyId: null };
    if ('unreachable' in answer) return [{ kind: 'UNCHECKED_LINK', message: `第${line}行的链接${answer.unreachable}：${url}`, ...at }];
    if (answer.status === 404 || answer.status === 410) return [{ kind: 'BROKEN_LINK', message: `第${line}行的链接打不开（${answer.status}，页面不存在）：${url}`, ...at }];
    if (answer.status >= 400) return [{ kind: 'UNCHECKED_LINK', message: `第${line}行的链接现在打不开（${answer.status}），请稍后自己打开看看：${url}`, ...at }];
    return [];
  });
  return { findings, checked: links.length };
}
