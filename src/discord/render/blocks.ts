import { sentenceSpans } from '../../articles/sentences.js';
import { DIFFERENCES_HEADING, type RenderLine, type RenderModel } from '../../answers/render-model.js';
import { safeText } from './escape.js';
import { MAX_BLOCK } from './limits.js';

/** One unit of an answer's text as it goes into an embed: never cut further by the packer. */
export interface Block {
  /** Discord markdown, article text already escaped. */
  text: string;
  /** Source numbers this block needs shown with it. */
  markers: number[];
  kind: 'line' | 'note';
  /** Index of the group (speaker) the block belongs to; -1 for notes. */
  group: number;
  /** The group's first block: it carries the group heading itself. */
  first: boolean;
}

/** Turns a render model into blocks: group headings, lines with their markers, then notes. */
export function answerBlocks(model: RenderModel): Block[] {
  const blocks: Block[] = [];
  if (model.lead !== null)
    blocks.push({ text: `**${safeText(model.lead)}**`, markers: [], kind: 'note', group: -1, first: true });
  model.groups.forEach((group, g) => {
    const heading = groupHeading(group.heading);
    let first = true;
    for (const line of group.lines) {
      const texts = lineTexts(line, model.kind === 'quotes');
      // What the speaker said earlier travels with the (last piece of the) line it explains.
      const earlier = line.earlier
        ? `\n  ↳ earlier: ${safeText(line.earlier.text)} ${markerText(line.earlier.markers)}`
        : '';
      for (const [i, piece] of texts.entries()) {
        const last = i === texts.length - 1;
        const text = last && earlier && piece.length + earlier.length <= MAX_BLOCK ? piece + earlier : piece;
        // The heading travels with the group's first line so it is never left alone at a page's end.
        blocks.push({
          text: first && heading ? `${heading}\n${text}` : text,
          markers: text === piece ? line.markers : [...new Set([...line.markers, ...line.earlier!.markers])],
          kind: 'line',
          group: g,
          first,
        });
        first = false;
      }
    }
  });
  // "Sources differ" is one more group after the answer's own, its heading carried by its first line.
  model.differences.forEach((d, i) => {
    const sides = d.sides.map((s) => `${safeText(s.text)} ${markerText(s.markers)}`).join(' · ');
    blocks.push({
      text: `${i === 0 ? `${differencesHeading()}\n` : ''}${safeText(d.label)} ${sides}`,
      markers: [...new Set(d.sides.flatMap((s) => s.markers))],
      kind: 'line',
      group: model.groups.length,
      first: i === 0,
    });
  });
  if (model.groups.length === 0) {
    blocks.push({
      text: 'No statement could be given with a verified citation.',
      markers: [],
      kind: 'note',
      group: -1,
      first: true,
    });
  }
  for (const w of model.warnings)
    blocks.push({ text: `*Note: ${safeText(w)}*`, markers: [], kind: 'note', group: -1, first: true });
  return blocks;
}

/** `**Sources differ**` */
export function differencesHeading(): string {
  return `**${DIFFERENCES_HEADING}**`;
}

/** `**John Kirby**` for a speaker group; null for groups without a heading. */
export function groupHeading(heading: string | null): string | null {
  return heading === null ? null : `**${safeText(heading)}**`;
}

/** `[1][2]` */
export function markerText(markers: readonly number[]): string {
  return markers.map((n) => `[${n}]`).join('');
}

/**
 * One line as one or more texts. A line longer than MAX_BLOCK is split between sentences (a
 * single overlong sentence between words), every part keeping the line's markers so no shown
 * sentence loses its citation.
 */
function lineTexts(line: RenderLine, bullet: boolean): string[] {
  const prefix =
    line.label !== null
      ? `**${safeText(line.label)}**${line.dateText ? ` (${safeText(line.dateText)})` : ''} — `
      : bullet
        ? '• '
        : '';
  const suffix = line.markers.length > 0 ? ` ${markerText(line.markers)}` : '';
  const whole = `${prefix}${safeText(line.text)}${suffix}`;
  if (whole.length <= MAX_BLOCK) return [whole];
  const room = MAX_BLOCK - prefix.length - suffix.length - 4;
  return splitEscaped(line.text, room).map((part, i) => `${i === 0 ? prefix : '… '}${part}${suffix}`);
}

/** Splits raw text into escaped parts of at most `room` characters, between sentences when possible. */
function splitEscaped(text: string, room: number): string[] {
  const pieces = sentenceSpans(text).flatMap((s) => {
    const sentence = text.slice(s.start, s.end);
    if (safeText(sentence).length <= room) return [sentence];
    // An overlong sentence goes between words; an overlong "word" (a pasted URL) in slices.
    const half = Math.floor(room / 2);
    return sentence
      .split(/(?<=\s)/)
      .flatMap((w) => (w.length <= half ? [w] : (w.match(new RegExp(`[^]{1,${half}}`, 'g')) ?? [])));
  });
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current} ${piece.trim()}` : piece.trim();
    if (safeText(joined).length <= room) current = joined;
    else {
      if (current) parts.push(safeText(current));
      current = piece.trim();
    }
  }
  if (current) parts.push(safeText(current));
  return parts;
}
