// Runs before each miniapp test file: the H5 flavour of the code, an API address, fresh storage.
import { resetTaro } from './taro';

process.env.TARO_ENV = 'h5';
(globalThis as { GOVOPEN_API_URL?: string }).GOVOPEN_API_URL = '/graphql';

beforeEach(() => {
  resetTaro();
});
