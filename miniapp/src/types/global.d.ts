/// <reference types="@tarojs/taro" />

declare module '*.scss';

/** The GraphQL endpoint: `/graphql` on H5, env GOVOPEN_API_URL at build time on weapp. */
declare const GOVOPEN_API_URL: string;

/** WeChat's loader for mini-program plugins declared in app.json (absent elsewhere). */
declare function requirePlugin(name: string): unknown;

/** weapp: subscribe-message template ids by name (build-time WECHAT_TEMPLATE_<NAME>); {} elsewhere. */
declare const GOVOPEN_TEMPLATE_IDS: Record<string, string>;
