import * as compiler from 'miniprogram-compiler';
import { installDom } from './dom';

/** A page or component template as WeChat's `wcc` compiled it: data in, virtual tree out. */
export type CompiledTemplate = (data: Record<string, unknown>) => unknown;

/**
 * Every .wxml (with its .wxs) of the build, compiled once by WeChat's own `wcc` (the Linux binary in
 * miniprogram-compiler), the way the WeChat client gets it. `template(path)` returns the generator for
 * one file, e.g. `pages/home/index/index`.
 */
export function compileTemplates(dist: string): { template(path: string): CompiledTemplate } {
  installDom();
  // wcc's output reads this global to pick its runtime behaviour (miniprogram-simulate sets it too).
  (window as unknown as Record<string, unknown>).__webview_engine_version__ = 0.02;
  const source = compiler.wxmlToJs(dist, { maxBuffer: 64 * 1024 * 1024 });
  const gwx = new Function(source)() as (path: string) => CompiledTemplate | undefined;
  return {
    template(path) {
      const generate = gwx(`${path}.wxml`);
      if (typeof generate !== 'function') throw new Error(`wcc did not compile ${path}.wxml`);
      return generate;
    },
  };
}
