/**
 * A saved web page reduced to the article a person would read.
 *
 * The page is parsed with the platform's `DOMParser`, which builds an inert document: no script
 * runs, no image loads, no event handler fires. Only text nodes are read, so markup, scripts and
 * `onerror=` attributes can never reach the extractor or the screen.
 */

export interface ReadableHtml {
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
}

/** Whole subtrees that are page furniture or code, never article prose. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe',
  'object', 'embed', 'svg', 'math', 'canvas', 'button', 'select', 'textarea', 'input', 'label',
  'dialog', 'menu', 'head', 'title', 'meta', 'link', 'audio', 'video', 'picture', 'img', 'map',
]);

/** Elements that start a new line: paragraphs, headings, list items, table rows, breaks. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'br',
  'hr', 'address', 'details', 'summary', 'caption', 'body',
]);

/**
 * Deeper than any page a person reads: browsers flatten markup past 512 levels, so only broken or
 * hostile source comes near this. Such source is refused before parsing, because building a tree
 * that deep costs time that grows with the square of the depth in some DOMs (and overflows jsdom's
 * stack), all on the page's thread.
 */
export const MAX_HTML_DEPTH = 10_000;

/** Void elements never take a closing tag, so they never add depth. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);

/**
 * An upper estimate of how deeply `html` nests elements, from its tags alone (no tree is built):
 * every opening tag not closed yet counts, so omitted end tags (`<p>`, `<li>`) make it high, never low.
 * Stops counting once past `limit`.
 */
export function markupDepth(html: string, limit = MAX_HTML_DEPTH): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2]!.toLowerCase())) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) break;
    }
  }
  return deepest;
}

/** True where HTML can be read: browsers, and jsdom in tests. Node alone has no `DOMParser`. */
export function canReadHtml(): boolean {
  return typeof globalThis.DOMParser === 'function';
}

export function readableHtml(html: string): ReadableHtml {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = pickArticleRoot(doc);
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  // An explicit stack rather than recursion: a page nested a hundred thousand elements deep
  // (malformed or hostile) must not overflow the call stack. `null` marks a block's end.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (!node) break;
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node !== root) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (DROPPED.has(tag) || isHidden(el)) continue;
      if (BLOCKS.has(tag)) {
        flush();
        stack.push(null);
      }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();

  const result: ReadableHtml = { text: lines.join('\n\n') };
  const title = firstText(doc.querySelector('h1')) || firstText(doc.querySelector('title')) || metaContent(doc, 'og:title');
  if (title) result.title = title;
  const outlet = metaContent(doc, 'og:site_name') || metaContent(doc, 'application-name');
  if (outlet) result.outlet = outlet;
  const published =
    metaContent(doc, 'article:published_time') ||
    metaContent(doc, 'datePublished') ||
    metaContent(doc, 'date') ||
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
    '';
  if (published) result.published = published;
  return result;
}

/** `<article>` when the page marks it (one only, else it is a list of teasers), then `<main>`, then the body. */
function pickArticleRoot(doc: Document): Node {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0];
  return doc.querySelector('main') ?? doc.body ?? doc.documentElement;
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

function firstText(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function metaContent(doc: Document, key: string): string {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (name?.toLowerCase() === key.toLowerCase()) return (el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
  }
  return '';
}
