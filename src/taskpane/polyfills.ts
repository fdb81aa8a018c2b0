/**
 * The DOM methods the pane uses that Internet Explorer 11 lacks (Office 2016 MSI and Office 2019
 * volume-licensed run add-ins in it). The language's own (Promise, Map, Array.from …) come from core-js,
 * which Babel adds where the code uses them; these are the browser's, which core-js does not cover.
 * Loaded before the pane's own script, and each only where the method is missing.
 */
type Child = Node | string;

function asNode(child: Child): Node {
  return typeof child === 'string' ? document.createTextNode(child) : child;
}

function fragmentOf(children: Child[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const child of children) fragment.appendChild(asNode(child));
  return fragment;
}

function define(target: object, name: string, value: (...args: never[]) => unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { configurable: true, enumerable: false, writable: true, value });
}

if (typeof Element !== 'undefined') {
  const parents = [Element.prototype, Document.prototype, DocumentFragment.prototype];
  for (const proto of parents) {
    define(proto, 'append', function append(this: ParentNode, ...children: Child[]) {
      (this as unknown as Node).appendChild(fragmentOf(children));
    });
    define(proto, 'prepend', function prepend(this: ParentNode, ...children: Child[]) {
      const node = this as unknown as Node;
      node.insertBefore(fragmentOf(children), node.firstChild);
    });
    define(proto, 'replaceChildren', function replaceChildren(this: ParentNode, ...children: Child[]) {
      const node = this as unknown as Node;
      while (node.firstChild) node.removeChild(node.firstChild);
      node.appendChild(fragmentOf(children));
    });
  }
  const element = Element.prototype as Element & { msMatchesSelector?: (selector: string) => boolean };
  if (!element.matches && element.msMatchesSelector) define(element, 'matches', element.msMatchesSelector);
  define(element, 'closest', function closest(this: Element, selector: string) {
    for (let node: Element | null = this; node; node = node.parentElement) if (node.matches(selector)) return node;
    return null;
  });
}

export {};
