import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import exparser from 'miniprogram-exparser';
import { installDom } from './dom';
import { MiniProgramRuntime, type PageInstance } from './runtime';
import { elementsOf, nameOf, roleOf, textOf, viewTree, visibleNodes, type ViewNode } from './view';
import { createWx, type WxStandIn } from './wx';
import type { WeChatPhone } from './wechat-servers';

export interface LaunchOptions {
  /** The built mini-program (dist/weapp of a production build). */
  dist: string;
  /**
   * The console's request 合法域名 (https origins: the API the build was made with, the photo
   * storage uploads go to) and where each really answers in this test.
   */
  domains: Record<string, string>;
  phone: WeChatPhone;
  /** The first page, as WeChat opens it from a link, a scan or the home screen. */
  path: string;
  query?: Record<string, string>;
  scene?: number;
}

const DEFAULT_WAIT_MS = 10_000;

function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [path, search = ''] = url.split('?');
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) query[key] = value;
  return { route: path!.replace(/^\//, ''), query };
}

/**
 * The built mini-program on a resident's phone, headless: WeChat's template compiler and component
 * framework render its pages, its code runs with WeChat's globals only, and `wx` keeps WeChat's rules.
 * Tests act as the resident does: find things by their visible text or role, tap, type.
 */
export class MiniProgram {
  readonly runtime: MiniProgramRuntime;
  readonly wx: WxStandIn;

  private constructor(readonly options: LaunchOptions) {
    installDom();
    const app = JSON.parse(readFileSync(join(options.dist, 'app.json'), 'utf8')) as { plugins?: Record<string, unknown> };
    this.wx = createWx({
      requestDomains: Object.keys(options.domains),
      origins: options.domains,
      phone: options.phone,
      plugins: Object.keys(app.plugins ?? {}),
      navigator: {
        navigateTo: (url) => void this.openUrl(url),
        redirectTo: (url) => {
          this.runtime.closePage({ showBelow: false });
          this.openUrl(url);
        },
        reLaunch: (url) => {
          const { route, query } = parseUrl(url);
          this.relaunch(route, query);
        },
        navigateBack: (delta) => {
          for (let i = 0; i < delta && this.runtime.stack.length > 1; i += 1) this.runtime.closePage();
        },
        depth: () => this.runtime.stack.length,
      },
    });
    const problems = this.consoleProblems;
    this.runtime = new MiniProgramRuntime(options.dist, {
      wx: this.wx.wx,
      requirePlugin: (name) => this.wx.requirePlugin(name),
      console: {
        log() {},
        info() {},
        debug() {},
        warn: (...args: unknown[]) => problems.push(`console.warn: ${args.map(String).join(' ')}`),
        error: (...args: unknown[]) => problems.push(`console.error: ${args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' ')}`),
      },
    });
  }

  /** console.warn and console.error calls of the mini-program (React warnings, Taro's complaints). */
  readonly consoleProblems: string[] = [];

  static launch(options: LaunchOptions): MiniProgram {
    const program = new MiniProgram(options);
    program.runtime.launch({ path: options.path, query: options.query, scene: options.scene });
    program.runtime.openPage(options.path, options.query ?? {});
    return program;
  }

  private openUrl(url: string): PageInstance {
    const { route, query } = parseUrl(url);
    return this.runtime.openPage(route, query);
  }

  /** The page on top of the stack. */
  get page(): Page {
    const top = this.runtime.stack.at(-1);
    if (!top) throw new Error('no page is open');
    return new Page(this, top);
  }

  /** Opens a page over the current one, as a notification, a shared card or wx.navigateTo would. */
  open(route: string, query: Record<string, string> = {}): Page {
    return new Page(this, this.runtime.openPage(route.replace(/^\//, ''), query));
  }

  /** WeChat's back arrow: closes the page on top. */
  back(): void {
    this.runtime.closePage();
  }

  /** Closes every page and opens `route`, as wx.reLaunch does. */
  relaunch(route: string, query: Record<string, string> = {}): Page {
    while (this.runtime.stack.length) this.runtime.closePage({ showBelow: false });
    return this.open(route, query);
  }

  /**
   * Waits until the page on top is `route` (when given) and has loaded: it shows something, no
   * request is under way, no work is about to run (a render, the reload a page starts when it is
   * shown again after 返回: it begins a tick after the show), and it says nothing is loading — twice
   * in a row, with the app's pending promises run in between.
   */
  async settle(route?: string): Promise<Page> {
    const wanted = route?.replace(/^\//, '');
    const loaded = () =>
      (!wanted || this.runtime.stack.at(-1)?.route === wanted) &&
      !this.runtime.busy &&
      this.wx.requests.inFlight === 0 &&
      this.page.text() !== '' &&
      !this.page.queryByText(/正在加载/);
    let before = false;
    await this.waitFor(() => {
      const now = loaded();
      const settled = before && now;
      before = now;
      return settled;
    }, `${wanted ? `page ${wanted}` : 'the page'} to finish loading`);
    return this.page;
  }

  /** Everything that went wrong so far: uncaught errors, console errors and warnings, refused wx calls. */
  problems(): string[] {
    return [...this.runtime.errors, ...this.consoleProblems, ...this.wx.violations.map((v) => `wx.${v.api}: ${v.rule}`)];
  }

  /** Waits until `check` returns a value (not undefined/false), or fails with what the page shows. */
  async waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) {
        const shown = this.runtime.stack.length ? this.page.text() : '(no page)';
        throw new Error(`waited ${timeoutMs} ms for ${what}; the page (${this.runtime.stack.at(-1)?.route}) shows: ${shown.slice(0, 600)}\nproblems: ${this.problems().join('\n') || 'none'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits until the page on top is `route`. */
  async waitForPage(route: string): Promise<Page> {
    const wanted = route.replace(/^\//, '');
    await this.waitFor(() => this.runtime.stack.at(-1)?.route === wanted, `page ${wanted}`);
    return this.page;
  }

  close(): void {
    this.runtime.dispose();
  }
}

/** `disabled`: whether the element may be disabled (default false: a resident can only use enabled ones). */
type RoleQuery = { name?: string | RegExp; disabled?: boolean };
const isDisabled = (node: ViewNode) => node.attrs.disabled === true || node.attrs['aria-disabled'] === true || node.attrs['aria-disabled'] === 'true';
const matches = (value: string, expected: string | RegExp | undefined) =>
  expected === undefined || (typeof expected === 'string' ? value === expected || value.replace(/\s+/g, '') === expected.replace(/\s+/g, '') : expected.test(value));

/** One open page, read and operated the way a resident (or a screen reader) does. */
export class Page {
  constructor(
    private readonly program: MiniProgram,
    readonly instance: PageInstance,
  ) {}

  get route(): string {
    return this.instance.route;
  }

  /** The page as rendered: the page template's shadow tree. */
  tree(): ViewNode {
    const [root] = viewTree(this.instance.node);
    return root!;
  }

  text(): string {
    return textOf(this.tree());
  }

  /** The `<page-meta>` element with its attributes as WeChat receives them. */
  pageMeta(): Record<string, unknown> | undefined {
    return elementsOf(this.tree()).find((node) => node.tag === 'page-meta')?.attrs;
  }

  queryAllByRole(role: string, query: RoleQuery = {}): ViewNode[] {
    return visibleNodes(this.tree()).filter((node) => roleOf(node) === role && matches(nameOf(node), query.name) && (query.disabled || !isDisabled(node)));
  }

  /** The smallest visible element whose text includes `text` (or matches it). */
  queryByText(text: string | RegExp): ViewNode | undefined {
    const hits = visibleNodes(this.tree()).filter((node) => (typeof text === 'string' ? textOf(node).includes(text) : text.test(textOf(node))));
    return hits.at(-1);
  }

  async findByText(text: string | RegExp, timeoutMs?: number): Promise<ViewNode> {
    return this.program.waitFor(() => this.queryByText(text), `text ${String(text)}`, timeoutMs);
  }

  async findByRole(role: string, query: RoleQuery = {}, timeoutMs?: number): Promise<ViewNode> {
    return this.program.waitFor(() => this.queryAllByRole(role, query)[0], `role ${role}${query.name ? ` named ${String(query.name)}` : ''}`, timeoutMs);
  }

  /** Waits until the page no longer shows `text` (a loading message, say). */
  async waitUntilGone(text: string | RegExp, timeoutMs?: number): Promise<void> {
    await this.program.waitFor(() => !this.queryByText(text), `${String(text)} to go away`, timeoutMs);
  }

  /**
   * Taps a node as a finger would: WeChat's `tap` bubbles from it to the handler Taro bound, and runs
   * as a user gesture (APIs such as requestSubscribeMessage work only there). A button with
   * open-type="getPhoneNumber" then answers with WeChat's event: a code when the resident allows, or
   * `getPhoneNumber:fail user deny` — after WeChat's privacy check, which holds the first protected
   * call for the app's pop-up. A button with open-type="agreePrivacyAuthorization" is the pop-up's 同意.
   */
  tap(target: ViewNode, options: { phoneNumber?: 'allow' | 'deny' } = {}): void {
    if (isDisabled(target)) throw new Error(`tapped a disabled ${target.tag} (${nameOf(target)}): WeChat would not react`);
    const wx = this.program.wx;
    wx.duringTap(() => this.dispatch(target, 'tap', { x: 0, y: 0 }));
    const openType = target.tag === 'button' ? String(target.attrs['open-type']).toLowerCase() : '';
    if (openType === 'getphonenumber') {
      wx.withPrivacy(
        'getPhoneNumber',
        () => {
          const detail =
            options.phoneNumber === 'deny'
              ? { errMsg: 'getPhoneNumber:fail user deny' }
              : { errMsg: 'getPhoneNumber:ok', code: this.program.options.phone.phoneNumberCode(), encryptedData: 'encrypted', iv: 'iv' };
          this.dispatch(target, 'getphonenumber', detail);
        },
        () => this.dispatch(target, 'getphonenumber', { errMsg: 'getPhoneNumber:fail privacy permission is not authorized', errno: 104 }),
      );
    }
    if (openType === 'agreeprivacyauthorization') {
      wx.privacy.agreeButtonTapped = true;
      this.dispatch(target, 'agreeprivacyauthorization', {});
    }
  }

  /** Types into an input or textarea: WeChat's `input` event with the new value, then `blur`. */
  type(target: ViewNode, value: string): void {
    this.dispatch(target, 'input', { value, cursor: value.length, keyCode: 0 });
    this.dispatch(target, 'blur', { value });
  }

  private dispatch(target: ViewNode, type: string, detail: object) {
    exparser.Event.dispatchEvent(target.node, exparser.Event.create(type, detail, { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: [], changedTouches: [] } }));
  }
}
