/// <reference lib="dom" />

/** Elements whose content starts and ends a paragraph. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements that never hold article text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'OBJECT',
]);

/** Options for {@link blockText}. */
export interface BlockTextOptions {
  /** Elements below the root to leave out, with everything inside them. */
  skip?: (element: Element) => boolean;
}

/**
 * The text of an element as paragraphs: each block element (p, li, h2, blockquote…) and each
 * `<br>` ends one, inline whitespace collapses as a browser renders it, and paragraphs are joined
 * by a blank line. Scripts, styles and controls are skipped.
 */
export function blockText(root: Node, options: BlockTextOptions = {}): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/[\s\u00A0]+/g, ' ').trim();
    if (text.length > 0) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (options.skip && node !== root && node.nodeType === 1 && options.skip(node as Element)) {
      // A skipped element still separates the text around it.
      if (BLOCK.has(tag)) flush();
      return;
    }
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
