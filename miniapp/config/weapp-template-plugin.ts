import type { IPluginContext } from '@tarojs/service';

type WeappTemplate = {
  mergeComponents(ctx: IPluginContext, patch: object): void;
  replacePropName(name: string, value: string, componentName: string, componentAlias: unknown): string;
};
type WeappPlatform = { template?: WeappTemplate; runtimePath: string | string[] };

export interface WeappTemplateOptions {
  /** Attributes to add per Taro component (weapp-components.ts). */
  components: Record<string, Record<string, string>>;
  /** Attributes written under another name in WXML (`role` → `aria-role`). */
  wxmlNames: Record<string, string>;
  /** A module the mini-program runs first, adding the same attributes to Taro's runtime table. */
  runtimeModule: string;
}

/**
 * Adds attributes to Taro's weapp templates (base.wxml and each page's <page-meta>) and, through
 * Taro's runtime modules, to the table the runtime numbers attributes with. Its options come from
 * config/index.ts: Taro loads a plugin without compiling the TypeScript files it would import.
 */
export default (ctx: IPluginContext, options: WeappTemplateOptions) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: WeappPlatform) {
      const template = platform.template;
      if (!template) return; // H5: real DOM attributes, nothing to add
      template.mergeComponents(ctx, options.components);
      const replacePropName = template.replacePropName.bind(template);
      template.replacePropName = (name, value, componentName, componentAlias) => options.wxmlNames[name] ?? replacePropName(name, value, componentName, componentAlias);
      platform.runtimePath = [...[platform.runtimePath].flat(), options.runtimeModule];
    },
  });
};
