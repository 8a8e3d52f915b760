import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { buildSettings, BuildSettingError, type BuildSettings } from './build-settings';
import { WEAPP_COMPONENT_ADDITIONS, WXML_ATTRIBUTE_NAMES } from './weapp-components';
import type { WeappTemplateOptions } from './weapp-template-plugin';

/** The build's settings, or one line saying which setting is wrong and the build stopped. */
function settingsOrStop(platform: 'weapp' | 'h5'): BuildSettings {
  try {
    const settings = buildSettings(process.env, platform);
    for (const warning of settings.warnings) console.warn(`GovOpen build: ${warning}`);
    return settings;
  } catch (error) {
    if (!(error instanceof BuildSettingError)) throw error;
    console.error(`GovOpen build refused: ${error.message}`);
    process.exit(1);
  }
}

// What the API and the mini-app must agree on lives in shared/src (imported by its file, e.g.
// '@govopen/shared/src/open-day-themes', not the package's index); Taro compiles only src/ unless told.
const compile = { include: [resolve(__dirname, '../../shared/src')] };

// Hand-written Taro 4 config (`taro init` needs the network). One source tree, two targets:
// weapp → dist/weapp, H5 → dist/h5 (taro build empties outputRoot first, so they must differ).
export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp';
  const settings = settingsOrStop(platform);
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'govopen-miniapp',
    date: '2024-06-01',
    // pxtransform: a literal `px` in .scss becomes rpx on weapp (scales with screen width only) and
    // rem on H5 (html font-size 20–40 px set from the viewport). Font sizes and tap targets must not
    // scale that way, so they live in src/theme.ts and reach styles as CSS variables in px.
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // GOVOPEN_OUTPUT_ROOT: another folder for a build with other settings (the weapp test suite's).
    outputRoot: process.env.GOVOPEN_OUTPUT_ROOT || `dist/${platform}`,
    plugins: [
      [
        require.resolve('./weapp-template-plugin'),
        { components: WEAPP_COMPONENT_ADDITIONS, wxmlNames: WXML_ATTRIBUTE_NAMES, runtimeModule: require.resolve('./weapp-runtime.js') } satisfies WeappTemplateOptions,
      ],
    ],
    defineConstants: {
      // weapp has no same origin: the API address is fixed at build time.
      GOVOPEN_API_URL: JSON.stringify(settings.apiUrl),
      // weapp: the subscribe templates taps ask for, by name, with the same WECHAT_TEMPLATE_<NAME>
      // settings the API sends them with (one not set: not asked for). An object literal: read it
      // into a variable first (pasted as an arrow's body it would be read as a block).
      GOVOPEN_TEMPLATE_IDS: JSON.stringify(settings.templateIds),
      // weapp: the attributes config/weapp-runtime.js adds to Taro's runtime table.
      GOVOPEN_WEAPP_COMPONENTS: JSON.stringify(WEAPP_COMPONENT_ADDITIONS),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Not for production weapp builds: with webpack's persistent cache, a module shared by several
    // subpackages kept its old exports in their sub-common chunks while the pages called a new one
    // ("(0, N.uZ) is not a function" at 提交报名; measured 2026-12-04, Taro 4.2.1). A cold weapp build
    // costs ~45 s more here; an upload that fails in residents' hands costs more.
    cache: { enable: platform === 'h5' || process.env.NODE_ENV === 'development' },
    mini: {
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile,
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Plain HTML elements (div, button, input) instead of web components: lighter and better
      // understood by screen readers.
      useHtmlComponents: true,
      // The browser tab's icon, the app's mark (favicon.svg, the theme's blue), written into index.html
      // (src/index.html): no request of its own, so nothing to 404 or to cache apart from the page.
      htmlPluginOption: { icon: `data:image/svg+xml,${encodeURIComponent(readFileSync(resolve(__dirname, 'favicon.svg'), 'utf8').trim())}` },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      // Taro splits only initial chunks; page chunks then each carry their own copy of what they
      // share (Taro.request's fetch polyfill alone is ~45 KB). Split async chunks too, not into crumbs.
      webpackChain(chain) {
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all', minSize: 8000 });
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
