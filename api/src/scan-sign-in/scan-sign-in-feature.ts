import type { CoreParts } from '../core/context';
import { lazyStore } from '../core/lazy-load';
import { scanSignInFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';

/** What 扫码登录 (a browser signed in by a resident's WeChat) adds to the app; app.ts assembles the features. */
export const scanSignInFeature = {
  /** Imported on first use: only browsers without WeChat's sign-in ask for it. */
  stores: ({ dynamo, now }: CoreParts) => ({ scanSignIn: lazyStore(async () => (await import('./scan-sign-in-store')).createScanSignInStore(dynamo, now)) }),
  resolvers: [onFirstUse(scanSignInFields, async () => [(await import('./scan-sign-in-resolvers')).scanSignInResolvers])],
};
