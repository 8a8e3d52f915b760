import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from '../../support/run-govopen';
import { startApi, SUITE_PHOTO_ORIGIN, TEST_WECHAT_APP, type RunningApi } from './api';
import { SUITE_API_URL, SUITE_TEMPLATE_IDS } from './build';
import { MiniProgram } from './mini-program';
import { startWeChatServers, type WeChatServers } from './wechat-servers';

/** The suite's production build (made once by global-setup.ts). */
export function suiteDist(): string {
  const dist = process.env.GOVOPEN_WEAPP_SUITE_DIST;
  if (!dist || !existsSync(join(dist, 'app.json'))) throw new Error('no weapp build: run these tests through jest, whose weapp project setup builds it');
  return dist;
}

export interface Suite {
  api: RunningApi;
  wechat: WeChatServers;
  dist: string;
  /** The built mini-program on a resident's phone, opened at `path`. */
  launch(options: { path: string; query?: Record<string, string>; scene?: number; openid?: string; phoneNumber?: string; fontSize?: number; refuseTemplates?: string[] }): MiniProgram;
  /** A GraphQL call to the API as another client would make it (staff tools, a second resident). */
  graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  close(): Promise<void>;
}

/** One test file's world: WeChat's servers, the API on DynamoDB Local with the demo content, the build (and with `h5`, the H5 pages on the API's origin). */
export async function startSuite(options: { h5?: boolean } = {}): Promise<Suite> {
  const dist = suiteDist();
  const wechat = await startWeChatServers(TEST_WECHAT_APP);
  const api = await startApi({ wechatBase: wechat.base, templates: { ...SUITE_TEMPLATE_IDS }, h5: options.h5 });
  const programs: MiniProgram[] = [];
  let residents = 0;
  return {
    api,
    wechat,
    dist,
    launch(options) {
      residents += 1;
      const phone = wechat.phone(options.openid ?? `openid-resident-${residents}`, options.phoneNumber ?? '13912345678', { fontSize: options.fontSize, refuse: options.refuseTemplates });
      const program = MiniProgram.launch({ dist, domains: { [new URL(SUITE_API_URL).origin]: api.origin, [SUITE_PHOTO_ORIGIN]: api.origin }, phone, path: options.path, query: options.query, scene: options.scene });
      programs.push(program);
      return program;
    },
    async graphql<T>(query: string, variables?: Record<string, unknown>, token?: string) {
      const { body } = await graphql<T>(api.origin, query, variables, token);
      if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      for (const program of programs) program.close();
      await api.close();
      await wechat.close();
    },
  };
}
