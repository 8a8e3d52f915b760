/**
 * Every page's path, in one place (app.config.ts lists the same pages). No Taro import here, so the
 * browser tests can use the same paths.
 */
export const ROUTES = {
  home: '/pages/home/index/index',
  mine: '/pages/mine/index/index',
  soon: '/pages/soon/index/index',
  settings: '/pages/settings/index/index',
  policyBrowse: '/pages/policy/browse/index',
  policySearch: '/pages/policy/search/index',
  policyDetail: '/pages/policy/detail/index',
  policyInterpretation: '/pages/policy/interpretation/index',
  policyRecent: '/pages/policy/recent/index',
} as const;
