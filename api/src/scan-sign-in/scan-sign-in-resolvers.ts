import * as z from 'zod';
import type { RequestContext } from '../app';
import { residentIdOf } from '../core/authorization';
import { UserFacingError, notFound } from '../core/errors';
import { plainQrSvg } from '../core/qr-code';
import { parseInput } from '../core/validation';
import type { Resolvers } from '../generated/resolvers';
import type { ScanSignIn } from './scan-sign-in-store';
import { CODE_PATTERN, COLLECT_GRACE_SECONDS, newScanSecret, scanSignInUrl, secretMatches } from './scan-sign-in-rules';

// 扫码登录: a browser that cannot use WeChat's sign-in (production H5, a kiosk) shows a QR code; the
// resident scans it with WeChat, the mini-program shows what is asking (and the browser says 已扫码),
// and on 确认登录 the browser's next poll is signed in as that resident. Each step is a conditional
// write (scan-sign-in-store.ts).

const REQUESTER = '网页版 GovOpen 请求登录';
const codeSchema = z.string({ message: '缺少登录码。' }).trim().toLowerCase().regex(CODE_PATTERN, '登录码不正确，请重新扫码。');
const secretSchema = z.string().min(1, '缺少登录凭证。').max(100, '登录凭证不正确。');

const NOT_FOUND = '没有找到这个登录码，请在网页上刷新二维码后再扫。';
const conflict = (message: string, reason: string) => new UserFacingError('CONFLICT', message, { reason });

type Status = 'PENDING' | 'SCANNED' | 'CONFIRMED' | 'REFUSED' | 'EXPIRED';

function statusOf(request: ScanSignIn, now: Date): Status {
  if (request.state === 'REFUSED') return 'REFUSED';
  if (request.state === 'CONFIRMED' || request.state === 'COLLECTED') return 'CONFIRMED';
  return request.validUntil > now.toISOString() ? request.state : 'EXPIRED';
}

const described = (request: ScanSignIn, now: Date) => ({ code: request.code, requester: REQUESTER, requestedAt: request.createdAt, expiresAt: request.validUntil, status: statusOf(request, now) });

async function found(context: RequestContext, code: string): Promise<ScanSignIn> {
  const request = await context.stores.scanSignIn.get(code);
  if (!request) throw notFound(NOT_FOUND);
  return request;
}

/** The session a confirmed request gives its browser, on its one collection. */
async function collectSession(context: RequestContext, request: ScanSignIn) {
  const collected = await context.stores.scanSignIn.collect(request.code);
  if (!collected) {
    const late = request.state === 'CONFIRMED' && new Date(request.validUntil).getTime() + COLLECT_GRACE_SECONDS * 1000 <= context.now().getTime();
    throw late ? conflict('登录已超时，请刷新二维码后重新扫码。', 'EXPIRED') : conflict('这个登录码已经用过了，请刷新二维码。', 'USED');
  }
  const resident = request.residentId ? await context.stores.identity.getResident(request.residentId) : null;
  if (!resident) throw new UserFacingError('UNAUTHENTICATED', '没能登录，请刷新二维码后重新扫码。');
  return context.sessions.issue({ kind: 'resident', residentId: resident.id }, resident.sessionVersion);
}

export const scanSignInResolvers: Resolvers = {
  Mutation: {
    async startScanSignIn(_root, _args, context) {
      const secret = newScanSecret();
      const request = await context.stores.scanSignIn.start(secret);
      const url = scanSignInUrl(context.config.publicBaseUrl, request.code);
      return { code: request.code, secret, url, qrSvg: plainQrSvg(url), expiresAt: request.validUntil };
    },
    async pollScanSignIn(_root, args, context) {
      const code = parseInput(codeSchema, args.code);
      const secret = parseInput(secretSchema, args.secret);
      const request = await found(context, code);
      if (!secretMatches(secret, request.secretHash)) throw new UserFacingError('FORBIDDEN', '这个登录码不是这个页面生成的，请刷新二维码。');
      if (request.state === 'COLLECTED') throw conflict('这个登录码已经用过了，请刷新二维码。', 'USED');
      if (request.state === 'CONFIRMED') return { status: 'CONFIRMED', session: await collectSession(context, request) };
      return { status: statusOf(request, context.now()), session: null };
    },
    async openScanSignIn(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const code = parseInput(codeSchema, args.code);
      // The first open moves PENDING → SCANNED by this resident, one write that gives the request back;
      // any later one (the same phone again, a second phone, a decided or expired code) changes nothing
      // and is told where the request stands.
      const scanned = await context.stores.scanSignIn.scan(code, residentId);
      return described(scanned ?? (await found(context, code)), context.now());
    },
    async confirmScanSignIn(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const code = parseInput(codeSchema, args.code);
      const { scanSignIn } = context.stores;
      const confirmed = await scanSignIn.confirm(code, residentId);
      if (confirmed) return described(confirmed, context.now());
      const request = await found(context, code);
      const status = statusOf(request, context.now());
      // A second tap by the same resident is the same confirmation, answered the same way.
      if (status === 'CONFIRMED' && request.residentId === residentId) return described(request, context.now());
      if (status === 'CONFIRMED') throw conflict('这个登录码已经有人确认过了，不能再确认。', 'CONFIRMED');
      if (status === 'REFUSED') throw conflict('这次登录已经取消了，请在网页上刷新二维码后再扫。', 'REFUSED');
      // Scanned first by someone else: only they can confirm it (who it was is never said).
      if (status === 'SCANNED') throw conflict('这个二维码已经有别人扫过了，只有先扫码的人能确认。如果是您要登录，请在网页上换一个二维码再扫。', 'SCANNED');
      throw conflict('二维码已过期，请在网页上刷新后再扫。', 'EXPIRED');
    },
    async refuseScanSignIn(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const code = parseInput(codeSchema, args.code);
      const refused = await context.stores.scanSignIn.refuse(code, residentId);
      if (refused) return described(refused, context.now());
      const request = await found(context, code);
      if (statusOf(request, context.now()) === 'CONFIRMED' && request.residentId === residentId) {
        throw conflict('您已经确认登录了，不能再取消。如果不是您本人在用，请在“我的”里退出登录。', 'CONFIRMED');
      }
      // 取消 belongs to the resident who scanned the code (who it was is never said).
      if (!request.scannedBy) throw new UserFacingError('FORBIDDEN', '这个二维码您还没有扫过。请用微信扫一扫它，看清是什么在请求登录，再决定确认还是取消。', { reason: 'NOT_SCANNED' });
      if (request.scannedBy !== residentId) throw new UserFacingError('FORBIDDEN', '这个二维码已经有别人扫过了，只有扫码的人能取消。您不用做什么，网页不会登录您的账号。', { reason: 'SCANNED_BY_OTHER' });
      // Already refused (a second tap) or expired: nothing left for them to undo.
      return described(request, context.now());
    },
  },
};
