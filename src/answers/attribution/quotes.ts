import type { Span } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';

/** One stretch of quoted words inside a single paragraph. */
export interface QuotePiece {
  /** The words inside the marks (trimmed; a trailing comma that replaces the period is dropped). */
  inner: Span;
  /** From the opening mark to the closing mark (or the paragraph end for an unclosed multi-paragraph quote). */
  outer: Span;
  paragraph: number;
  /** Pieces of one quotation running over several paragraphs share a group id. */
  group: number;
  /** The quotation goes on in the next paragraph (news style: no closing mark, next paragraph re-opens). */
  continues: boolean;
  /** Marked with single quotes (British style), read only in paragraphs without double quotes. */
  single: boolean;
}

type Role = 'open' | 'close' | 'amb';
interface Mark {
  start: number;
  end: number;
  role: Role;
  single?: boolean;
}

const MARK_CHARS = '"“”„‟«»';
const OPEN_SHAPES = '“„«';
const CLOSE_SHAPES = '”»';

/**
 * Double-quoted stretches of an article, paragraph by paragraph. Straight marks are paired by
 * context (an opening mark follows a space and precedes a word); doubled marks (`""x""`, common in
 * scraped text) count as one. What cannot be paired is skipped rather than guessed.
 */
export function findQuotePieces(text: string): QuotePiece[] {
  const paras = paragraphSpans(text);
  const marksByPara = paras.map((p) => {
    const double = findMarks(text, p);
    return double.length > 0 ? double : findSingleMarks(text, p);
  });
  const out: QuotePiece[] = [];
  let counter = 0;
  let carried: number | null = null; // group of a quotation left open at the previous paragraph's end
  for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi]!;
    const marks = marksByPara[pi]!;
    let open: Mark | null = null;
    let group = 0;
    for (const m of marks) {
      if (open === null) {
        if (m.role === 'close') continue; // a stray closing mark: skip it
        open = m;
        group = m.start === para.start && carried !== null ? carried : ++counter;
        continue;
      }
      if (m.role === 'open') {
        open = m;
        group = ++counter;
        continue;
      } // malformed: drop the earlier opening
      pushPiece(
        out,
        text,
        { start: open.start, end: m.end },
        open.end,
        m.start,
        pi,
        group,
        false,
        open.single === true,
      );
      open = null;
    }
    carried = null;
    if (open !== null) {
      const next = paras[pi + 1];
      const first = marksByPara[pi + 1]?.[0];
      if (next !== undefined && first !== undefined && first.start === next.start && first.role !== 'close') {
        pushPiece(
          out,
          text,
          { start: open.start, end: para.end },
          open.end,
          para.end,
          pi,
          group,
          true,
          open.single === true,
        );
        carried = group;
      }
    }
  }
  return out;
}

function pushPiece(
  out: QuotePiece[],
  text: string,
  outer: Span,
  innerStart: number,
  innerEnd: number,
  paragraph: number,
  group: number,
  continues: boolean,
  single: boolean,
): void {
  let s = innerStart;
  let e = innerEnd;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return;
  out.push({ inner: { start: s, end: e }, outer, paragraph, group, continues, single });
}

function findMarks(text: string, para: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = para.start; i < para.end; i++) {
    if (!MARK_CHARS.includes(text[i]!)) continue;
    let j = i + 1;
    while (j < para.end && MARK_CHARS.includes(text[j]!) && text[j] !== '«' && text[j] !== '»') j++;
    const prev = i > para.start ? text[i - 1]! : undefined;
    const next = j < para.end ? text[j]! : undefined;
    const leftOpen = prev === undefined || /[\s([{—–/:;-]/.test(prev);
    const rightClose = next === undefined || /[\s.,;:!?)\]}—–…-]/.test(next);
    let role: Role;
    if (leftOpen && !rightClose) role = 'open';
    else if (!leftOpen && rightClose) role = 'close';
    else if (OPEN_SHAPES.includes(text[i]!)) role = 'open';
    else if (CLOSE_SHAPES.includes(text[j - 1]!)) role = 'close';
    else role = 'amb';
    marks.push({ start: i, end: j, role });
    i = j - 1;
  }
  return marks;
}

/**
 * Single quote marks used as quotation marks ('We will act,' he said). An apostrophe inside a word
 * is neither opening nor closing; an opening mark must follow a space and precede a letter.
 */
function findSingleMarks(text: string, para: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if (ch !== "'" && ch !== '‘' && ch !== '’') continue;
    const prev = i > para.start ? text[i - 1]! : undefined;
    const next = i + 1 < para.end ? text[i + 1]! : undefined;
    const opens =
      ch !== '’' &&
      (prev === undefined || /[\s([—–-]/.test(prev)) &&
      next !== undefined &&
      /[\p{L}\p{N}]/u.test(next) &&
      !/^['‘](?:\d0s|em|til|cause|n)\b/.test(text.slice(i, i + 6));
    const closes =
      ch !== '‘' &&
      prev !== undefined &&
      !/\s/.test(prev) &&
      (next === undefined || /[\s.,;:!?)\]—–-]/.test(next));
    if (opens) marks.push({ start: i, end: i + 1, role: 'open', single: true });
    else if (closes) marks.push({ start: i, end: i + 1, role: 'close', single: true });
  }
  return marks;
}
