// Attributes Taro 4.2's weapp templates (base.wxml) lack. Taro numbers each component's attributes
// alphabetically (p0, p1 …) twice: at build time for the templates and at run time for the data it
// sends with setData. An attribute added on one side only shifts every later number on that side
// (page-meta's root-font-size and page-style then land in other attributes). So this one list goes to
// both (config/index.ts hands it out): the build plugin (weapp-template-plugin.ts) and the runtime
// module (weapp-runtime.js).

/** WeChat's accessibility attributes the pages use (WXML names; React's `role` becomes `aria-role`). */
const ARIA_ATTRIBUTES = ['role', 'aria-label', 'aria-hidden', 'aria-checked', 'aria-disabled', 'aria-invalid', 'aria-level', 'aria-live', 'aria-pressed'];

/** The Taro components the pages give accessibility attributes to. */
const ARIA_COMPONENTS = ['View', 'Text', 'Button', 'Image', 'Input', 'Textarea'];

// '' binds the attribute with no default (Taro's convention in its own component lists).
const aria = Object.fromEntries(ARIA_ATTRIBUTES.map((name) => [name, '']));

export const WEAPP_COMPONENT_ADDITIONS: Record<string, Record<string, string>> = {
  // `page-font-size="system"` lets a page follow the font size the resident chose in WeChat.
  PageMeta: { 'page-font-size': "''" },
  ...Object.fromEntries(ARIA_COMPONENTS.map((component) => [component, aria])),
};

/** WeChat reads a component's role from `aria-role`; React and H5 call it `role`. */
export const WXML_ATTRIBUTE_NAMES: Record<string, string> = { role: 'aria-role' };
