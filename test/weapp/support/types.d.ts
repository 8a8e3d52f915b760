// The WeChat tools ship JavaScript without type declarations: what the runner uses of them.
declare module 'miniprogram-exparser' {
  const exparser: any;
  export = exparser;
}
declare module 'miniprogram-compiler' {
  export function wxmlToJs(rootPath: string, options?: { maxBuffer?: number }): string;
  export function wxssToJs(rootPath: string, options?: { maxBuffer?: number }): string;
}
// j-component's own typings pull in miniprogram-api-typings, whose global `require` (WeChat's) would
// replace Node's in the whole program: the runner imports its entry file, typed here.
declare module 'j-component/src/index' {
  const jComponent: {
    register(definition: Record<string, unknown>): string;
    behavior(definition: Record<string, unknown>): string;
    create(id: string, properties?: Record<string, unknown>): any;
  };
  export = jComponent;
}
