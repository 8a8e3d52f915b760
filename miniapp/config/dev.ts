import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    // `npm start` at the root serves GraphQL on :4000; the dev server forwards to it.
    devServer: { proxy: [{ context: ['/graphql'], target: 'http://127.0.0.1:4000' }] },
  },
} satisfies UserConfigExport<'webpack5'>;
