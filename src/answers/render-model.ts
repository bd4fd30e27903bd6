import type { Answer, AnswerItem, AnswerKind, Citation, Difference, Source } from './answer.js';
import { NOT_FOUND_TEXT } from './ask/not-answered.js';

/**
 * Surface-neutral shaping of an Answer, shared by the text renderer and the Discord embed renderer:
 * grouping (quotes by speaker), date labels, footnote numbers and source fields. Renderers only
 * decide layout and escaping.
 */
export interface RenderModel {
  kind: AnswerKind;
  /** "Summary", "Timeline" or "Who said what". */
  heading: string;
  query: string;
  /** Shown before the lines: "The stored articles don't say." above the closest sentences, else null. */
  lead: string | null;
  /** Quotes: one group per speaker; otherwise a single group without a heading. */
  groups: RenderGroup[];
  sources: RenderSource[];
  /** The "Sources differ" section; empty when the outlets agree (or only one covered the story). */
  differences: RenderDifference[];
  warnings: string[];
  engine: string;
  /** The newest `publishedAt` among the sources, or null. */
  newest: string | null;
}

export interface RenderGroup {
  /** The speaker for quote groups, else null. */
  heading: string | null;
  lines: RenderLine[];
}

export interface RenderLine {
  /** Timeline: the date as words ("July 2023"); otherwise null. */
  label: string | null;
  /** Timeline: the article's own wording of the date, when it says more than the label. */
  dateText: string | null;
  /** The item text with whitespace runs collapsed (quotes may span paragraphs). */
  text: string;
  /** Distinct source numbers cited, in order: rendered as `[1][2]`. */
  markers: number[];
  /** A speaker's record: what they said earlier on the same point, when it changed. */
  earlier: { text: string; markers: number[] } | null;
}

/** One "Sources differ" line: `label side [1] · side [2]`. */
export interface RenderDifference {
  /** "vehicles a day:", "“We are not going …” attributed to", "Ruiz quoted as". */
  label: string;
  sides: Array<{ text: string; markers: number[] }>;
}

/** The heading of the section listing where the sources differ. */
export const DIFFERENCES_HEADING = 'Sources differ';

export interface RenderSource {
  n: number;
  title: string;
  outlet: string | null;
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  url: string | null;
}

const HEADINGS: Record<AnswerKind, string> = {
  summary: 'Summary',
  timeline: 'Timeline',
  quotes: 'Who said what',
  answer: 'Question',
};

/** Shapes an answer for rendering. */
export function buildRenderModel(answer: Answer): RenderModel {
  // A speaker's record is grouped by story, its lines dated by their article.
  const record = answer.items.some((i) => i.story !== undefined);
  const groups = record
    ? groupByStory(answer.items)
    : answer.kind === 'quotes'
      ? groupBySpeaker(answer.items)
      : [{ heading: null, items: answer.items }];
  const dayOf = new Map(answer.sources.map((s) => [s.n, s.publishedAt?.slice(0, 10) ?? null]));
  const line = (item: AnswerItem): RenderLine =>
    record
      ? { ...toLine(item), label: dayOf.get(item.citations[0]!.source) ?? null, dateText: null }
      : toLine(item);
  const dates = answer.sources
    .map((s) => s.publishedAt)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    kind: answer.kind,
    heading: record ? 'Record' : HEADINGS[answer.kind],
    query: record ? (answer.items[0]?.speaker ?? answer.query) : answer.query,
    lead: answer.notFound ? `${NOT_FOUND_TEXT} The closest passages:` : null,
    groups: groups
      .filter((g) => g.items.length > 0)
      .map((g) => ({ heading: g.heading, lines: collapseRepeats(g.items.map(line)) })),
    sources: answer.sources.map(toSource),
    differences: (answer.differences ?? []).map(toDifference),
    warnings: answer.warnings,
    engine: answer.engine,
    newest: dates.at(-1)?.slice(0, 10) ?? null,
  };
}

/** Distinct source numbers of a list of citations, in first-seen order. */
export function markerNumbers(citations: readonly Citation[]): number[] {
  return [...new Set(citations.map((c) => c.source))];
}

/** Stories in order of their first item (a record is in date order); items keep their order. */
function groupByStory(items: readonly AnswerItem[]): Array<{ heading: string; items: AnswerItem[] }> {
  const groups = new Map<string, AnswerItem[]>();
  for (const item of items) {
    const key = item.story ?? 'Other';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([heading, list]) => ({ heading, items: list }));
}

/**
 * Speakers ordered by number of items (ties: first appearance); items keep their order. A group or a
 * document is its own heading, marked as such, never one with a person of the same name.
 */
export function groupBySpeaker(
  items: readonly AnswerItem[],
): Array<{ heading: string; items: AnswerItem[] }> {
  const groups = new Map<string, AnswerItem[]>();
  for (const item of items) {
    const name = item.speaker ?? 'Unattributed';
    const kind = item.speakerKind;
    const key = kind === 'group' || kind === 'document' ? `${name} (${kind})` : name;
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .map(([heading, list], i) => ({ heading, items: list, i }))
    .sort((a, b) => b.items.length - a.items.length || a.i - b.i)
    .map(({ heading, items: list }) => ({ heading, items: list }));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SEASONS: Record<string, string> = { '21': 'Spring', '22': 'Summer', '23': 'Autumn', '24': 'Winter' };

/** An EDTF date in words at its own precision: `2023-07` → "July 2023", `XXXX-07` → "July (year unknown)". */
export function formatEdtf(date: string): string {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?([?~%]?)$/.exec(date);
  if (!m) return date;
  const [, year, mm, dd, qualifier] = m;
  const known = year !== 'XXXX';
  let words: string;
  if (mm === undefined) words = known ? year! : 'Year unknown';
  else if (SEASONS[mm]) words = known ? `${SEASONS[mm]} ${year}` : `${SEASONS[mm]} (year unknown)`;
  else {
    const month = MONTHS[Number(mm) - 1] ?? mm;
    const day = dd === undefined ? '' : `${Number(dd)} `;
    words = known ? `${day}${month} ${year}` : `${day}${month} (year unknown)`;
  }
  return qualifier ? `${words} (approximate)` : words;
}

// Two statements drawn from one sentence (a reported clause and a quote within it) can show the
// same text: show it once, with every marker.
function collapseRepeats(lines: RenderLine[]): RenderLine[] {
  const out: RenderLine[] = [];
  for (const line of lines) {
    const same = out.find((l) => l.text === line.text && l.label === line.label);
    if (same) same.markers = [...new Set([...same.markers, ...line.markers])];
    else out.push(line);
  }
  return out;
}

function toLine(item: AnswerItem): RenderLine {
  const label = item.date === undefined ? null : formatEdtf(item.date);
  const dateText = item.dateText?.trim() || null;
  const plainLabel = label?.replace(/ \((?:year unknown|approximate)\)$/, '').toLowerCase();
  return {
    label,
    dateText:
      dateText && plainLabel && dateText.toLowerCase().replace(/^(in|on|at) /, '') !== plainLabel
        ? dateText
        : null,
    text: item.text.replace(/\s+/g, ' ').trim(),
    markers: markerNumbers(item.citations),
    earlier: item.earlier
      ? {
          text: `“${item.earlier.text.replace(/\s+/g, ' ').trim()}”`,
          markers: markerNumbers(item.earlier.citations),
        }
      : null,
  };
}

function toDifference(d: Difference): RenderDifference {
  const label =
    d.kind === 'number'
      ? `${d.about}:`
      : d.kind === 'attribution'
        ? `${d.about} attributed to`
        : `${d.about} quoted as`;
  return {
    label,
    sides: d.sides.map((s) => ({
      text: d.kind === 'wording' ? `“${s.text.replace(/\s+/g, ' ').trim()}”` : s.text,
      markers: markerNumbers(s.citations),
    })),
  };
}

function toSource(s: Source): RenderSource {
  return { n: s.n, title: s.title, outlet: s.outlet, date: s.publishedAt?.slice(0, 10) ?? null, url: s.url };
}
