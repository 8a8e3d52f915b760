import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import vm from 'node:vm';
import jComponent from 'j-component/src/index';
import exparser from 'miniprogram-exparser';
import { compileTemplates } from './templates';

type Config = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

/** What the mini-program's code may touch: WeChat's globals, nothing of Node or the browser. */
export interface WeChatGlobals {
  wx: object;
  requirePlugin(name: string): unknown;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
}

/** One page on the stack: its route, query, the exparser tree it renders and the Taro page object. */
export interface PageInstance {
  route: string;
  query: Record<string, string>;
  /** The exparser element of the page (its shadow tree is what the template rendered). */
  node: any;
  /** The page object Taro registered with `Page()`, as WeChat calls it (this = the page). */
  page: Record<string, any>;
  host: HTMLElement;
  /** The largest setData the page sent so far: the length of its JSON, as WeChat measures it (at most 1 MB). */
  largestSetData: number;
}

/** How soon a timer runs for its work to count as under way (React schedules with 0 ms). */
const SOON_MS = 50;

const appJsonOf = (dist: string) => JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  plugins?: Record<string, unknown>;
};

/** Every page route app.json declares, main package first. */
export function routesOf(dist: string): string[] {
  const app = appJsonOf(dist);
  return [...app.pages, ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/+$/, '')}/${page}`))];
}

/**
 * The built mini-program, run the way WeChat runs it: each .js file a module in one `vm` context
 * whose globals are WeChat's (`wx`, `App`, `Page`, `Component`, `getApp`, `getCurrentPages`,
 * `requirePlugin`, timers, console) — no `window`, `document` or `require` of Node. Pages render
 * through WeChat's own template compiler (wcc) and component framework (exparser, via j-component).
 */
export class MiniProgramRuntime {
  readonly context: vm.Context;
  readonly stack: PageInstance[] = [];
  /** Uncaught errors: thrown in the sandbox, reported by exparser, or logged with console.error. */
  readonly errors: string[] = [];
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly pageConfigs = new Map<string, Config>();
  private readonly componentIds = new Map<string, string>();
  private readonly templates: ReturnType<typeof compileTemplates>;
  private appInstance: Config | undefined;
  private loading: string | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Timers about to run: the work a page has just scheduled (React's render, what it then loads). */
  private readonly soon = new Set<NodeJS.Timeout>();
  private readonly intervals = new Set<NodeJS.Timeout>();
  private readonly container: HTMLElement;

  constructor(
    readonly dist: string,
    globals: WeChatGlobals,
  ) {
    this.templates = compileTemplates(dist);
    this.container = document.body.appendChild(document.createElement('div'));
    exparser.addGlobalErrorListener((error: unknown) => {
      this.errors.push(`exparser: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return false;
    });
    const timers = this.timers;
    const soon = this.soon;
    const intervals = this.intervals;
    const sandbox: Record<string, unknown> = {
      wx: globals.wx,
      console: globals.console,
      requirePlugin: globals.requirePlugin,
      App: (config: Config) => {
        this.appInstance = config;
      },
      getApp: () => this.appInstance,
      Page: (config: Config) => {
        if (!this.loading) throw new Error('Page() called outside a page file');
        this.pageConfigs.set(this.loading, config);
      },
      Component: (config: Config) => {
        if (!this.loading) throw new Error('Component() called outside a component file');
        this.pageConfigs.set(this.loading, config);
      },
      Behavior: (definition: Config) => jComponent.behavior(definition),
      getCurrentPages: () => this.stack.map((entry) => entry.page),
      setTimeout: (fn: Fn, ms?: number, ...args: unknown[]) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          soon.delete(timer);
          this.guard(() => fn(...args));
        }, ms);
        timers.add(timer);
        if ((ms ?? 0) <= SOON_MS) soon.add(timer);
        return timer;
      },
      clearTimeout: (timer: NodeJS.Timeout) => {
        timers.delete(timer);
        soon.delete(timer);
        clearTimeout(timer);
      },
      setInterval: (fn: Fn, ms?: number, ...args: unknown[]) => {
        const timer = setInterval(() => this.guard(() => fn(...args)), ms);
        intervals.add(timer);
        return timer;
      },
      clearInterval: (timer: NodeJS.Timeout) => {
        intervals.delete(timer);
        clearInterval(timer);
      },
    };
    this.context = vm.createContext(sandbox, { name: 'weapp' });
  }

  /**
   * Whether the mini-program has work about to run: a render React scheduled, the effects that load
   * what a page shows. A page shown again (onShow after 返回) reloads this way, a tick after the
   * show; a toast's or a poll's later timer is not such work.
   */
  get busy(): boolean {
    return this.soon.size > 0;
  }

  private guard(run: () => unknown) {
    try {
      run();
    } catch (error) {
      this.errors.push(`uncaught: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }

  /** Runs one built file as a WeChat module (once; later requires get its exports). */
  require(file: string): unknown {
    const path = normalize(file).replace(/\.js$/, '');
    const cached = this.modules.get(path);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    this.modules.set(path, module);
    const code = readFileSync(join(this.dist, `${path}.js`), 'utf8');
    const wrapped = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: join(this.dist, `${path}.js`) });
    const fn = wrapped.runInContext(this.context) as Fn;
    const localRequire = (request: string) => this.require(request.startsWith('.') ? join(dirname(path), request) : request);
    const previous = this.loading;
    this.loading = path;
    try {
      fn(localRequire, module, module.exports);
    } finally {
      this.loading = previous;
    }
    return module.exports;
  }

  /** Starts the app as WeChat does: app.js (which loads taro.js, vendors, common), then onLaunch and onShow. */
  launch(options: { path: string; query?: Record<string, string>; scene?: number }) {
    this.require('app');
    if (!this.appInstance) throw new Error('app.js did not call App()');
    const launchOptions = { path: options.path, query: options.query ?? {}, scene: options.scene ?? 1001, referrerInfo: {} };
    (this.appInstance.onLaunch as Fn | undefined)?.call(this.appInstance, launchOptions);
    (this.appInstance.onShow as Fn | undefined)?.call(this.appInstance, launchOptions);
  }

  /** The j-component id of a page or custom component, registered from its built files on first use. */
  private componentId(path: string): string {
    const known = this.componentIds.get(path);
    if (known) return known;
    const json = JSON.parse(readFileSync(join(this.dist, `${path}.json`), 'utf8')) as { usingComponents?: Record<string, string> };
    const usingComponents: Record<string, string> = {};
    for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
      const targetPath = target.startsWith('/') ? target.slice(1) : join(dirname(path), target);
      usingComponents[tag] = targetPath === path ? `weapp:${path}` : this.componentId(targetPath);
    }
    this.require(path);
    const config = this.pageConfigs.get(path);
    if (!config) throw new Error(`${path}.js registered neither a Page nor a Component`);
    const id = `weapp:${path}`;
    this.componentIds.set(path, id);
    const isPage = !('properties' in config) && !('methods' in config);
    const methods: Record<string, Fn> = {};
    const source = isPage ? config : ((config.methods as Record<string, Fn> | undefined) ?? {});
    for (const [name, value] of Object.entries(source)) if (typeof value === 'function') methods[name] = value as Fn;
    const lifetimes = (config.lifetimes ?? {}) as Record<string, Fn>;
    jComponent.register({
      id,
      tagName: path.replace(/[^a-z0-9]+/gi, '-').toLowerCase(),
      template: this.templates.template(path),
      usingComponents,
      properties: config.properties ?? {},
      data: structuredClone(config.data ?? {}),
      methods,
      options: { ...((config.options ?? {}) as object), multipleSlots: true },
      attached: lifetimes.attached ?? config.attached,
      detached: lifetimes.detached ?? config.detached,
      ready: lifetimes.ready ?? config.ready,
    });
    return id;
  }

  /** Opens a page as WeChat does: creates it, then onLoad(query), onShow, onReady. */
  openPage(route: string, query: Record<string, string> = {}): PageInstance {
    const id = this.componentId(route);
    const host = this.container.appendChild(document.createElement('div'));
    const root = jComponent.create(id) as { attach(parent: HTMLElement): void; instance: Record<string, any>; _exparserNode: any };
    root.attach(host);
    const page = root.instance;
    page.route = route;
    page.__route__ = route;
    page.options = query;
    const entry: PageInstance = { route, query, node: root._exparserNode, page, host, largestSetData: 0 };
    this.stack.at(-1)?.page.onHide?.();
    this.stack.push(entry);
    // WeChat sends setData across threads as JSON: what cannot be serialised never reaches the view.
    const setData = page.setData as (data: object, callback?: () => void) => void;
    page.setData = (data: object, callback?: () => void) => {
      const json = JSON.stringify(data);
      entry.largestSetData = Math.max(entry.largestSetData, json.length);
      setData(JSON.parse(json) as object, callback);
    };
    this.guard(() => page.onLoad?.(query));
    this.guard(() => page.onShow?.());
    this.guard(() => page.onReady?.());
    return entry;
  }

  /**
   * Closes the top page (onUnload) and, going back, shows the one below. redirectTo and reLaunch
   * show nothing below: the page they open is the next one shown.
   */
  closePage(options: { showBelow: boolean } = { showBelow: true }): void {
    const entry = this.stack.pop();
    if (!entry) return;
    this.guard(() => entry.page.onUnload?.());
    entry.host.remove();
    const below = this.stack.at(-1);
    if (below && options.showBelow) this.guard(() => below.page.onShow?.());
  }

  /** Stops every timer the mini-program left running. */
  dispose(): void {
    while (this.stack.length) this.closePage({ showBelow: false });
    for (const timer of this.timers) clearTimeout(timer);
    for (const timer of this.intervals) clearInterval(timer);
    this.container.remove();
  }
}
