import { JSDOM } from 'jsdom';

/**
 * WeChat's component framework (exparser, under j-component) renders into a DOM: give this Node
 * process one jsdom window, the way `global-jsdom` does. The mini-program's own code never sees it:
 * it runs in a `vm` sandbox with WeChat's globals only (see runtime.ts).
 */
export function installDom(): void {
  if ((globalThis as { document?: unknown }).document) return;
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://servicewechat.com/' });
  const names = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Text', 'Event', 'CustomEvent', 'MouseEvent', 'TouchEvent', 'Touch', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'];
  const target = globalThis as Record<string, unknown>;
  for (const name of names) {
    if (!(name in target) && (window as unknown as Record<string, unknown>)[name] !== undefined) target[name] = (window as unknown as Record<string, unknown>)[name];
  }
  target.window = window;
}
