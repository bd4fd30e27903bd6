import { describe, expect, it } from 'vitest';
import type { Answer, AnswerItem, Citation, Source } from '../../src/answers/answer.js';
import { renderAnswerPages } from '../../src/discord/render/answer-embeds.js';
import { safeText } from '../../src/discord/render/escape.js';
import { renderSourcesMessages } from '../../src/discord/render/sources-view.js';
import { answerMarkdown } from '../../src/discord/render/copy-markdown.js';
import { embedLimitViolations, embedText } from './limits.js';

const cite = (source: number): Citation => ({ source, articleId: `a${source}`, start: 0, end: 1, text: 'x' });
const source = (n: number, extra: Partial<Source> = {}): Source => ({
  n,
  articleId: `a${n}`,
  title: `Harbour report number ${n}`,
  outlet: `Outlet ${n % 7}`,
  url: `https://news.test/story-${n}`,
  publishedAt: `2024-03-${String((n % 28) + 1).padStart(2, '0')}`,
  ...extra,
});

function answer(kind: Answer['kind'], items: AnswerItem[], sources: Source[], query = 'harbour'): Answer {
  return { kind, query, engine: 'extractive', items, sources, warnings: [] };
}

/** Source numbers shown as markers in descriptions, and listed in fields, of one message. */
function markersAndListed(embeds: ReturnType<typeof renderAnswerPages>[number]) {
  const markers = new Set<number>();
  const listed = new Set<number>();
  for (const e of embeds) {
    for (const m of (e.description ?? '').matchAll(/(?<!\\)\[(\d+)\](?!\()/g)) markers.add(Number(m[1]));
    for (const f of e.fields ?? [])
      for (const m of f.value.matchAll(/^\[(\d+)\]/gm)) listed.add(Number(m[1]));
  }
  return { markers, listed };
}

describe('embed renderer', () => {
  it('renders a summary with footnote markers, masked-link sources and a footer', () => {
    const pages = renderAnswerPages(
      answer(
        'summary',
        [
          { text: 'The harbour bridge will close for repairs.', citations: [cite(1)] },
          { text: 'Ferries will run every 20 minutes.', citations: [cite(2), cite(1)] },
        ],
        [source(1), source(2, { url: null, outlet: null, publishedAt: null })],
      ),
      { read: 7 },
    );
    expect(pages).toHaveLength(1);
    const [embed] = pages[0]!;
    expect(embed!.title).toBe('Summary: harbour');
    expect(embed!.description).toBe(
      'The harbour bridge will close for repairs. [1]\nFerries will run every 20 minutes. [2][1]',
    );
    expect(embed!.fields).toEqual([
      {
        name: 'Sources',
        value:
          '[1] [Harbour report number 1](https://news.test/story-1) — Outlet 1, 2024-03-02\n[2] Harbour report number 2 — outlet unknown, date unknown',
      },
    ]);
    expect(embed!.footer!.text).toBe('extractive · 2 articles cited of 7 read · newest 2024-03-02');
  });

  it('pages a long quote list within every Discord limit, each page listing the sources its lines cite', () => {
    const sources = Array.from({ length: 40 }, (_, i) =>
      source(i + 1, { title: `A long headline about the harbour works, part ${i + 1} `.repeat(4) }),
    );
    const items: AnswerItem[] = Array.from({ length: 150 }, (_, i) => ({
      text: `“The works will take ${i + 1} more weeks than planned,” the engineer said, adding that crews were ready.`,
      speaker: `Speaker ${i % 9}`,
      quote: 'x',
      quoteKind: 'direct',
      citations: [cite((i % 40) + 1), cite(((i * 7) % 40) + 1)],
    }));
    const pages = renderAnswerPages(answer('quotes', items, sources));
    expect(pages.length).toBeGreaterThan(3);
    const shown = pages.map((p) => embedText(p)).join('\n');
    for (const [i, page] of pages.entries()) {
      expect(embedLimitViolations(page)).toEqual([]);
      const { markers, listed } = markersAndListed(page);
      expect([...markers].filter((n) => !listed.has(n))).toEqual([]);
      expect(page.at(-1)!.footer!.text).toContain(`page ${i + 1}/${pages.length}`);
    }
    for (const item of items) expect(shown).toContain(safeText(item.text));
  });

  it('puts the correction notice in every page footer without changing how the answer is paged', () => {
    // Lines of uneven length, so pages end at uneven distances from the 6,000-character limit.
    for (const [length, count] of [
      [180, 2],
      [240, 5],
      [300, 5],
      [360, 3],
    ] as const) {
      const sources = Array.from({ length: count }, (_, i) => source(i + 1, { title: `Title ${i + 1}` }));
      const items: AnswerItem[] = Array.from({ length: 150 }, (_, i) => ({
        text: `Item ${i} `.padEnd(length - (i % 37), 'x') + '.',
        citations: [cite((i % count) + 1)],
      }));
      const plain = renderAnswerPages(answer('summary', items, sources));
      const flagged = renderAnswerPages(answer('summary', items, sources), { updatedAfter: true });
      expect(flagged.length).toBe(plain.length);
      for (const [i, page] of flagged.entries()) {
        expect(embedLimitViolations(page)).toEqual([]);
        expect(page.map((e) => e.description)).toEqual(plain[i]!.map((e) => e.description));
        expect(page.at(-1)!.footer!.text).toBe(
          `A cited article was updated after this answer — see Sources · ${plain[i]!.at(-1)!.footer!.text}`,
        );
      }
    }
  });

  it('marks a changed citation under its source in the Sources view, with the new wording or as removed', () => {
    const a = answer('summary', [{ text: 'x', citations: [cite(1), cite(2)] }], [source(1), source(2)]);
    const [embeds] = renderSourcesMessages(a, [
      {
        source: 2,
        articleId: 'a2',
        cited: 'The pier reopens on *Tuesday*.',
        fate: 'replaced',
        now: [{ start: 0, end: 30, text: 'The pier reopens on Thursday.' }],
        contentHash: 'h2',
      },
      {
        source: 1,
        articleId: 'a1',
        cited: 'Divers checked it twice.',
        fate: 'removed',
        now: [],
        contentHash: 'h1',
      },
    ]);
    const lines = embeds![0]!.description!.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\[1\] /);
    expect(lines[1]).toBe(
      '↳ Updated after this answer. Cited: “Divers checked it twice.” — removed in the update.',
    );
    expect(lines[2]).toMatch(/^\[2\] /);
    expect(lines[3]).toBe(
      '↳ Updated after this answer. Cited: “The pier reopens on \\*Tuesday\\*.” Now: “The pier reopens on Thursday.”',
    );
  });

  it('splits an overlong quote between sentences, every part keeping its citation markers', () => {
    const sentence = (i: number) =>
      `Sentence ${i} of the statement explains the harbour plan in some detail for the record.`;
    const text = Array.from({ length: 120 }, (_, i) => sentence(i)).join(' ');
    const pages = renderAnswerPages(
      answer('quotes', [{ text, speaker: 'Mayor Lena Ortiz', citations: [cite(1)] }], [source(1)]),
    );
    const descriptions = pages.flatMap((p) => p.map((e) => e.description ?? ''));
    for (const page of pages) expect(embedLimitViolations(page)).toEqual([]);
    for (let i = 0; i < 120; i++) expect(descriptions.join('\n')).toContain(sentence(i));
    const parts = descriptions
      .join('\n')
      .split('\n')
      .filter((l) => l.includes('Sentence'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.endsWith('[1]')).toBe(true);
      expect(part).toMatch(/detail for the record\. \[1\]$/);
    }
  });

  it('shows mentions, masked links and markdown from article text inert', () => {
    const hostile =
      'Hi @everyone and @here, <@123456789> <@&987654321> <#555> see [the docs](https://evil.test) **now** `x` ||spoiler||';
    const pages = renderAnswerPages(
      answer(
        'quotes',
        [{ text: hostile, speaker: '<@111> [Boss](https://evil.test)', citations: [cite(1)] }],
        [source(1, { title: '[Click](https://evil.test) @everyone', outlet: '<@&42>' })],
      ),
    );
    const text = embedText(pages[0]!);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/<@|<#/);
    expect(text).not.toMatch(/(?<!\\)\[(the docs|Boss|Click)(?<!\\)\]\(/);
    expect(text).toContain('\\*\\*now\\*\\*');
    expect(text).toContain('\\|\\|spoiler\\|\\|');
    expect(text).toContain('[\\[Click\\](https://evil.test) @\u200beveryone](https://news.test/story-1)');
  });

  it('keeps a timeline date label and the article wording with each event', () => {
    const pages = renderAnswerPages(
      answer(
        'timeline',
        [
          {
            text: 'In July, the minister visited.',
            date: 'XXXX-07',
            dateText: 'In July',
            citations: [cite(1)],
          },
          {
            text: 'The meeting is planned for 5 September 2023.',
            date: '2023-09-05',
            dateText: '5 September',
            citations: [cite(2)],
          },
        ],
        [source(1), source(2)],
      ),
    );
    expect(pages[0]![0]!.description).toBe(
      '**July (year unknown)** — In July, the minister visited. [1]\n' +
        '**5 September 2023** (5 September) — The meeting is planned for 5 September 2023. [2]',
    );
  });

  it('lists every source of a large answer across messages within limits', () => {
    const sources = Array.from({ length: 200 }, (_, i) => source(i + 1, { title: 'T'.repeat(170) }));
    const messages = renderSourcesMessages(answer('summary', [], sources));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(embedLimitViolations(m)).toEqual([]);
    const all = messages.map((m) => embedText(m)).join('\n');
    for (let n = 1; n <= 200; n++) expect(all).toContain(`[${n}] [`);
  });

  it('copies an answer as Markdown with linked footnotes and a source list', () => {
    const md = answerMarkdown(
      answer(
        'summary',
        [{ text: 'Ferries *will* run.', citations: [cite(1), cite(2)] }],
        [source(1), source(2, { url: null, outlet: null, publishedAt: null })],
      ),
    );
    expect(md).toBe(
      '## Summary: harbour\n\n- Ferries \\*will\\* run. [[1]](https://news.test/story-1)[2]\n\n### Sources\n\n' +
        '1. [Harbour report number 1](https://news.test/story-1) — Outlet 1, 2024-03-02\n2. Harbour report number 2\n',
    );
  });
});
