/**
 * Markdown to plain text for ingestion: heading marks, emphasis, images and link syntax go
 * (link text stays), soft-wrapped lines of one paragraph are joined, and simple YAML front
 * matter (`title:`, `date:`, `outlet:` …) is read as metadata.
 */

/** Plain text of a Markdown document and its front matter fields (lower-case keys). */
export interface MarkdownText {
  text: string;
  meta: Record<string, string>;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;

export function markdownToText(source: string): MarkdownText {
  const meta: Record<string, string> = {};
  let body = source;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (kv && kv[2]!.trim() !== '') meta[kv[1]!.toLowerCase()] = unquote(kv[2]!.trim());
    }
    body = source.slice(fm[0].length);
  }
  const blocks: string[] = [];
  let para: string[] = [];
  let fenced = false;
  const flush = (): void => {
    if (para.length > 0) blocks.push(para.join(' '));
    para = [];
  };
  for (const raw of body.split(/\r\n?|\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      if (raw.trim() !== '') blocks.push(raw.trim());
      continue;
    }
    const line = raw.trim();
    if (
      line === '' ||
      /^(?:[-*_]\s*){3,}$/.test(line) ||
      /^=+$/.test(line) ||
      /^\[[^\]]+\]:\s*\S+/.test(line)
    ) {
      // Blank lines, rules, setext underlines and link reference definitions end a paragraph.
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(line);
    const item = /^(?:[-*+]|\d+[.)])\s+/.test(line);
    if (heading) {
      flush();
      blocks.push(inline(heading[1]!));
    } else if (item) {
      flush();
      para.push(inline(line.replace(/^[-*+]\s+/, '')));
    } else {
      para.push(inline(line.replace(/^(?:>\s?)+/, '')));
    }
  }
  flush();
  return { text: blocks.filter((b) => b.trim() !== '').join('\n\n'), meta };
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(\S(?:.*?\S)?)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(\S(?:.*?\S)?)_(?!\w)/g, '$1$2')
    .replace(/~~(\S(?:.*?\S)?)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

function unquote(value: string): string {
  const q = /^(["'])(.*)\1$/.exec(value);
  return q ? q[2]! : value;
}
