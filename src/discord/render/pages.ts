import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { RenderSource } from '../../answers/render-model.js';
import type { Block } from './blocks.js';
import { LIMITS } from './limits.js';
import { sourceFields } from './sources.js';

/** What the packer needs besides the blocks. */
export interface PackOptions {
  /** First embed's title on every page (already escaped, ≤ 256). */
  title: string;
  /** Sources by number, for the fields under each page. */
  sources: ReadonlyMap<number, RenderSource>;
  /** Footer text for page i of n (1-based). */
  footer(page: number, pages: number): string;
  /** Group headings, by group index, repeated when a page starts inside a group. */
  headings: ReadonlyMap<number, string>;
  color?: number;
  /** Characters kept free besides the footer, so a longer footer later packs the same pages. */
  reserve?: number;
}

interface Draft {
  descriptions: string[];
  markers: Set<number>;
  lastGroup: number | null;
}

/**
 * Packs blocks into pages (one message each) within every Discord limit: each description
 * ≤ 4096, ≤ 10 embeds, ≤ 25 fields, ≤ 6000 characters in all. Blocks are never cut, and each
 * page lists the sources its own lines cite, so no shown sentence loses its citation.
 */
export function packPages(blocks: readonly Block[], options: PackOptions): APIEmbed[][] {
  const footerReserve = options.footer(999, 999).length + (options.reserve ?? 0);
  const drafts: Draft[] = [];
  let page = newDraft();
  for (const block of blocks) {
    if (tryAdd(page, block, options, footerReserve)) continue;
    if (page.descriptions.length > 0) {
      drafts.push(page);
      page = newDraft();
      const heading = options.headings.get(block.group);
      if (!block.first && heading !== undefined) page.descriptions.push(`${heading} (continued)`);
    }
    if (!tryAdd(page, block, options, footerReserve)) forceAdd(page, block);
  }
  if (page.descriptions.length > 0 || drafts.length === 0) drafts.push(page);
  return drafts.map((d, i) => toEmbeds(d, options, i + 1, drafts.length));
}

function newDraft(): Draft {
  return { descriptions: [], markers: new Set(), lastGroup: null };
}

/** Adds the block when the page stays within limits with full source lines. */
function tryAdd(page: Draft, block: Block, options: PackOptions, footerReserve: number): boolean {
  const descriptions = appended(page.descriptions, block.text);
  if (!descriptions || descriptions.length > LIMITS.embedsPerMessage) return false;
  const markers = new Set([...page.markers, ...block.markers]);
  const fields = fieldsFor(markers, options, false);
  if (fields.length > LIMITS.embedFields) return false;
  if (pageLength(options.title, descriptions, fields) + footerReserve > LIMITS.embedsTotal) return false;
  page.descriptions = descriptions;
  page.markers = markers;
  return true;
}

/** A block alone on an empty page that did not fit with full source lines: its sources go compact. */
function forceAdd(page: Draft, block: Block): void {
  page.descriptions = [block.text];
  for (const n of block.markers) page.markers.add(n);
}

function appended(descriptions: readonly string[], text: string): string[] | null {
  if (text.length > LIMITS.embedDescription) return null;
  const last = descriptions.at(-1);
  if (last !== undefined && last.length + 1 + text.length <= LIMITS.embedDescription) {
    return [...descriptions.slice(0, -1), `${last}\n${text}`];
  }
  return [...descriptions, text];
}

function fieldsFor(markers: ReadonlySet<number>, options: PackOptions, compact: boolean): APIEmbedField[] {
  const sources = [...markers]
    .sort((a, b) => a - b)
    .map((n) => options.sources.get(n))
    .filter((s) => s !== undefined);
  return sourceFields(sources, compact);
}

function pageLength(
  title: string,
  descriptions: readonly string[],
  fields: readonly APIEmbedField[],
): number {
  return (
    title.length +
    descriptions.reduce((n, d) => n + d.length, 0) +
    fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function toEmbeds(page: Draft, options: PackOptions, n: number, total: number): APIEmbed[] {
  const footer = { text: options.footer(n, total) };
  let fields = fieldsFor(page.markers, options, false);
  if (
    fields.length > LIMITS.embedFields ||
    pageLength(options.title, page.descriptions, fields) + footer.text.length > LIMITS.embedsTotal
  ) {
    fields = fieldsFor(page.markers, options, true).slice(0, LIMITS.embedFields);
  }
  const descriptions = page.descriptions.length > 0 ? page.descriptions : ['\u200b'];
  return descriptions.map((description, i) => ({
    ...(i === 0 ? { title: options.title } : {}),
    description,
    ...(options.color !== undefined ? { color: options.color } : {}),
    ...(i === descriptions.length - 1 ? { fields, footer } : {}),
  }));
}
