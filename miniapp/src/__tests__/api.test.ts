import { ApiError, request } from '../api/request';
import { operationHashes } from '../generated/operation-hashes';
import { PolicyFacetsDocument } from '../generated/operations';
import { request as taroRequest } from '../../test-support/taro';

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a failure');
};

describe('request', () => {
  const persisted = { persistedQuery: { version: 1, sha256Hash: operationHashes.PolicyFacets } };

  it('POSTs our own operation as its persisted-query hash alone, as JSON to the API address, and returns data', async () => {
    taroRequest.mockResolvedValue({ statusCode: 200, data: { data: { policyFacets: { issuers: [], years: [], topics: [] } } } });
    await expect(request(PolicyFacetsDocument)).resolves.toEqual({ policyFacets: { issuers: [], years: [], topics: [] } });
    expect(taroRequest).toHaveBeenCalledTimes(1);
    expect(taroRequest).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/graphql', method: 'POST', header: { 'content-type': 'application/json' }, data: { extensions: persisted, variables: {} } }),
    );
  });

  it('sends the whole text once when the API does not know the hash yet', async () => {
    taroRequest
      .mockResolvedValueOnce({ statusCode: 200, data: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] } })
      .mockResolvedValueOnce({ statusCode: 200, data: { data: { policyFacets: { issuers: [], years: [], topics: [] } } } });
    await expect(request(PolicyFacetsDocument)).resolves.toEqual({ policyFacets: { issuers: [], years: [], topics: [] } });
    expect(taroRequest).toHaveBeenLastCalledWith(expect.objectContaining({ data: { query: PolicyFacetsDocument, extensions: persisted, variables: {} } }));
  });

  it('offline: a plain message, marked offline', async () => {
    taroRequest.mockRejectedValue(new Error('request:fail timeout'));
    const error = await failure(request(PolicyFacetsDocument));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NETWORK', offline: true });
    expect(error.message).toMatch(/网络连接不上/);
  });

  it('surfaces extensions.code; a message not in Chinese is replaced by one that is', async () => {
    taroRequest.mockResolvedValue({ statusCode: 200, data: { errors: [{ message: 'Internal failure', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    const error = await failure(request(PolicyFacetsDocument));
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: '系统暂时出了问题，请稍后再试。' });
  });

  it('keeps the API own Chinese message, also on HTTP 400', async () => {
    taroRequest.mockResolvedValue({ statusCode: 400, data: { errors: [{ message: '填写的内容不正确。', extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect(await failure(request(PolicyFacetsDocument))).toMatchObject({ code: 'BAD_USER_INPUT', message: '填写的内容不正确。' });
  });

  it('a gateway error page (not JSON) becomes a plain message', async () => {
    taroRequest.mockResolvedValue({ statusCode: 502, data: '<html>Bad Gateway</html>' });
    const error = await failure(request(PolicyFacetsDocument));
    expect(error).toMatchObject({ code: 'HTTP_502', offline: true });
    expect(error.message).toMatch(/服务暂时不可用/);
  });
});
