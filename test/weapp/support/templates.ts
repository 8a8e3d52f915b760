import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as compiler from 'miniprogram-compiler';

/** A page or component template as WeChat's `wcc` compiled it: data in, virtual tree out. */
export type CompiledTemplate = (data: Record<string, unknown>) => unknown;

/**
 * Every .wxml (with its .wxs) of the build, compiled once by WeChat's own `wcc` (the Linux binary in
 * miniprogram-compiler), the way the WeChat client gets it. `template(path)` returns the generator for
 * one file, e.g. `pages/home/index/index`.
 */
export function compileTemplates(dist: string): { template(path: string): CompiledTemplate } {
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

/** Every .wxss of the build through WeChat's `wcsc`; throws with wcsc's message when one does not compile. */
export function compileStyles(dist: string): (path: string) => string | undefined {
  const source = compiler.wxssToJs(dist, { maxBuffer: 64 * 1024 * 1024 });
  const styleOf = new Function(source)() as (path: string) => unknown;
  return (path) => {
    if (!existsSync(join(dist, `${path}.wxss`))) return undefined;
    const style = styleOf(`./${path}.wxss`);
    return typeof style === 'function' ? String((style as () => unknown)()) : String(style ?? readFileSync(join(dist, `${path}.wxss`), 'utf8'));
  };
}
