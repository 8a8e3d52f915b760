// Runs in the mini-program before any page (weapp-template-plugin.ts adds it to Taro's runtime
// modules): the run-time half of weapp-components.ts, so that Taro numbers the added attributes as
// the templates do. Plain JavaScript: Taro compiles TypeScript only under src/. The list arrives as
// the build constant GOVOPEN_WEAPP_COMPONENTS (config/index.ts).
import { mergeInternalComponents } from '@tarojs/shared';

// eslint-disable-next-line no-undef
mergeInternalComponents(GOVOPEN_WEAPP_COMPONENTS);
