import type { IPluginContext } from '@tarojs/service';

/**
 * Taro's weapp template for <page-meta> lacks `page-font-size`, the attribute that lets a page follow
 * the font size the resident chose in WeChat (`page-font-size="system"`). This plugin adds it, the way
 * Taro documents for extending a built-in component's attributes.
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: { template?: { mergeComponents(ctx: IPluginContext, patch: object): void } }) {
      platform.template?.mergeComponents(ctx, { PageMeta: { 'page-font-size': "''" } });
    },
  });
};
