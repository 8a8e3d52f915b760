import exparser from 'miniprogram-exparser';

/**
 * One node of a page as WeChat's component framework built it: the tag and attributes the
 * wcc-compiled template gave it (names as written in WXML, e.g. `aria-label`, `page-font-size`),
 * its children with virtual nodes (wx:if, wx:for, template) flattened away, and the text of a text node.
 */
export interface ViewNode {
  tag: string;
  attrs: Record<string, unknown>;
  children: ViewNode[];
  text?: string;
  /** The exparser node, for dispatching events. */
  node: any;
}

const dashed = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export function viewTree(node: any): ViewNode[] {
  if (node instanceof exparser.TextNode) return [{ tag: '#text', attrs: {}, children: [], text: String(node.textContent), node }];
  const children: ViewNode[] = ((node.__wxSlotChildren ?? []) as unknown[]).flatMap(viewTree);
  if (node.__virtual) return children;
  const vt = node._vt as { tagName?: string; attrs?: Array<{ name: string; value: unknown }> } | undefined;
  const attrs: Record<string, unknown> = {};
  for (const { name, value } of vt?.attrs ?? []) attrs[name.startsWith('data-') ? name : dashed(name)] = value;
  return [{ tag: String(vt?.tagName ?? node.is ?? '').replace(/^wx-/, ''), attrs, children, node }];
}

const HIDDEN = (node: ViewNode) => node.attrs.hidden === true || /display\s*:\s*none/.test(String(node.attrs.style ?? ''));

/** The text a resident sees in a node (hidden parts left out), whitespace collapsed. */
export function textOf(node: ViewNode): string {
  const parts: string[] = [];
  const walk = (current: ViewNode) => {
    if (HIDDEN(current) || current.tag === 'page-meta') return;
    if (current.text !== undefined) parts.push(current.text);
    current.children.forEach(walk);
    if (current.tag === 'view') parts.push(' '); // a block ends
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Depth-first list of element nodes (text nodes left out). */
export function elementsOf(root: ViewNode): ViewNode[] {
  const out: ViewNode[] = [];
  const walk = (node: ViewNode) => {
    if (node.text !== undefined) return;
    out.push(node);
    node.children.forEach(walk);
  };
  walk(root);
  return out;
}

const IMPLICIT_ROLES: Record<string, string> = { button: 'button', input: 'textbox', textarea: 'textbox', navigator: 'link', checkbox: 'checkbox', switch: 'switch', radio: 'radio', slider: 'slider' };

/** The role a screen reader announces: WeChat's `aria-role`, else what the component is. */
export function roleOf(node: ViewNode): string | undefined {
  const explicit = node.attrs['aria-role'];
  if (typeof explicit === 'string' && explicit) return explicit;
  return IMPLICIT_ROLES[node.tag];
}

/** The name a screen reader reads: `aria-label`, else the text inside, else a field's placeholder. */
export function nameOf(node: ViewNode): string {
  const label = node.attrs['aria-label'];
  if (typeof label === 'string' && label.trim()) return label.trim();
  const text = textOf(node);
  if (text) return text;
  return typeof node.attrs.placeholder === 'string' ? node.attrs.placeholder : '';
}

/** Is a node (or an ancestor) hidden from a screen reader with aria-hidden? */
export function visibleNodes(root: ViewNode): ViewNode[] {
  const out: ViewNode[] = [];
  const walk = (node: ViewNode) => {
    if (node.text !== undefined || HIDDEN(node) || node.attrs['aria-hidden'] === true || node.attrs['aria-hidden'] === 'true') return;
    out.push(node);
    node.children.forEach(walk);
  };
  walk(root);
  return out;
}
