/// <reference types="@tarojs/taro" />

declare module '*.scss';

/** The GraphQL endpoint: `/graphql` on H5, env GOVOPEN_API_URL at build time on weapp. */
declare const GOVOPEN_API_URL: string;

/** WeChat's loader for mini-program plugins declared in app.json (absent elsewhere). */
declare function requirePlugin(name: string): unknown;

/** weapp: subscribe-message template ids for open-day reminders (build-time WECHAT_TEMPLATE_<NAME>); [] elsewhere. */
declare const GOVOPEN_EVENT_TEMPLATE_IDS: string[];

/** weapp: subscribe-message template ids of 政民互动 by name (CONSULTATION_ANSWERED, INFORMATION_REQUEST_REPLIED); {} elsewhere. */
declare const GOVOPEN_CASEWORK_TEMPLATE_IDS: Record<string, string>;
