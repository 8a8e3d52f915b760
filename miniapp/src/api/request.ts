import Taro from '@tarojs/taro';
import { operationHashes } from '../generated/operation-hashes';
import type { Operation } from '../generated/operations';
import { residentSessions, type SessionStore } from '../session/store';

/** What went wrong, in words a resident understands; `code` is the API's `extensions.code` (or ours). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** True when the request never reached the API (offline, timeout): a saved copy may help. */
    readonly offline = false,
    /** The input field a BAD_USER_INPUT refusal is about (the API's `extensions.field`), for a form to point at. */
    readonly field?: string,
    /** Why, where the API says more than its code (`extensions.reason`: PASSWORD_CHANGE_REQUIRED). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const MESSAGES: Record<string, string> = {
  // Shown beside a 重试 button on a page that did not load, and under a form's own button (登录, 提交) that has none.
  NETWORK: '网络连接不上。请检查手机网络后再试。',
  NO_ENDPOINT: '服务地址还没有设置，暂时无法查询。',
  NOT_FOUND: '没有找到您要看的内容，它可能已被撤下。',
  BAD_USER_INPUT: '填写的内容不正确，请检查后再试。',
  TOO_MANY_REQUESTS: '现在使用的人较多，请稍等一会儿再试。',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试。',
  INTERNAL_SERVER_ERROR: '系统暂时出了问题，请稍后再试。',
  HTTP: '服务暂时不可用，请稍后再试。',
  UNAUTHENTICATED: '登录已过期，请重新登录。',
};

/** Any failure as an ApiError: ours as it is, anything else (a bug, a refused promise) in calm words. */
export const toApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(MESSAGES.INTERNAL_SERVER_ERROR!, 'CLIENT');

/** What to tell the resident about a failure. */
export const failureWords = (error: unknown): string => toApiError(error).message;

const hasChinese = (text: unknown): text is string => typeof text === 'string' && /[\u4e00-\u9fff]/.test(text);

type GraphQLResponse<TData> = {
  data?: TData | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: { code?: unknown; field?: unknown; reason?: unknown } }>;
};

/** The API address: `/graphql` on H5, the build-time GOVOPEN_API_URL on weapp. */
export const apiUrl = (): string => (typeof GOVOPEN_API_URL === 'string' ? GOVOPEN_API_URL : '');

/**
 * Sends one GraphQL operation as a JSON POST, with the resident's session token when signed in (staff
 * pages pass the staff session store instead: a request carries one of the two, never both).
 * Resolves with `data`; rejects with an ApiError whose message can be shown as it is. The API's own
 * messages are already plain Chinese and are kept. When the API refuses the token (UNAUTHENTICATED),
 * that session is dropped, so the app shows its owner as signed out.
 */
export async function request<TData, TVars>(
  operation: Operation<TData, TVars>,
  variables?: TVars,
  sessions: Pick<SessionStore, 'currentSession' | 'endSession'> = residentSessions,
): Promise<TData> {
  const url = apiUrl();
  if (!url) throw new ApiError(MESSAGES.NO_ENDPOINT!, 'NO_ENDPOINT');
  const session = sessions.currentSession();
  const send = async (data: Record<string, unknown>) => {
    try {
      const response = await Taro.request<GraphQLResponse<TData> | string>({
        url,
        method: 'POST',
        header: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
        data: { ...data, variables: variables ?? {} },
        dataType: 'json',
        timeout: 20000,
      });
      return { response, body: typeof response.data === 'string' ? parseJson<TData>(response.data) : response.data };
    } catch {
      throw new ApiError(MESSAGES.NETWORK!, 'NETWORK', true);
    }
  };
  // Our own operations go as their SHA-256 alone (the API knows them from the build); a server that
  // does not know the hash yet is sent the whole text once, as Apollo's persisted-query protocol asks.
  const hash = operationHashes[/^(?:query|mutation)\s+(\w+)/.exec(operation)?.[1] ?? ''];
  const persisted = hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : undefined;
  let { response, body } = await send(persisted ?? { query: operation });
  if (persisted && body?.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ({ response, body } = await send({ ...persisted, query: operation }));
  const first = body?.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED' && session && sessions.currentSession()?.token === session.token) sessions.endSession('expired');
    const field = typeof first.extensions?.field === 'string' && first.extensions.field ? first.extensions.field : undefined;
    const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : undefined;
    throw new ApiError(hasChinese(first.message) ? first.message : MESSAGES[code] ?? MESSAGES.INTERNAL_SERVER_ERROR!, code, false, field, reason);
  }
  if (response.statusCode < 200 || response.statusCode >= 300 || !body?.data) {
    throw new ApiError(MESSAGES.HTTP!, `HTTP_${response.statusCode}`, response.statusCode >= 502 && response.statusCode <= 504);
  }
  return body.data;
}

function parseJson<TData>(text: string): GraphQLResponse<TData> | undefined {
  try {
    return JSON.parse(text) as GraphQLResponse<TData>;
  } catch {
    return undefined;
  }
}
