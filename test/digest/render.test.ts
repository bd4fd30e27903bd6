import { describe, expect, it } from 'vitest';
import type { Digest, DigestStory } from '../../src/digest/digest.js';
import { renderDigestMessage } from '../../src/discord/digest/render.js';
import { safeText } from '../../src/discord/render/escape.js';

function story(i: number): DigestStory {
  const sentence = `Story ${i} sentence: the council of Port ${i} met for hours and agreed, after a long and careful debate about roads, ferries, schools and the harbour wall, to spend ${i} million on repairs before the winter storms arrive in the bay and the tides rise again.`;
  return {
    id: `st-${i}`,
    label: `Headline number ${i}: a long developing story about the harbour, the council and the repairs that everyone is talking about`,
    outlets: ['Alden Courier', 'Harbor Ledger', 'Wend Valley Times'].slice(0, 1 + (i % 3)),
    articleIds: [`a${i}`],
    summary: [
      {
        text: sentence,
        citations: [{ source: 1, articleId: `a${i}`, start: 0, end: sentence.length, text: sentence }],
      },
      {
        text: `Second ${i}.`,
        citations: [{ source: 1, articleId: `a${i}`, start: 0, end: 9, text: `Second ${i}.` }],
      },
    ],
    sources: [
      {
        n: 1,
        articleId: `a${i}`,
        title: `Title ${i}`,
        outlet: 'Alden Courier',
        url: `https://news.example/${i}`,
        publishedAt: '2026-03-28',
      },
    ],
    links: [{ title: `Title ${i}`, outlet: 'Alden Courier', url: `https://news.example/${i}` }],
    latest: '2026-03-28T10:00:00Z',
  };
}

const heavy: Digest = {
  date: '2026-03-28',
  timeZone: 'Europe/Berlin',
  guild: '1',
  articleCount: 500,
  stories: Array.from({ length: 10 }, (_, i) => story(i + 1)),
  moreStories: 240,
  engine: 'extractive',
};

describe('laying out a digest for Discord', () => {
  it('stays within the embed limits on a heavy day, never cutting a sentence', () => {
    const embed = renderDigestMessage(heavy).embeds[0]!;
    const d = embed.description!;
    expect(d.length).toBeLessThanOrEqual(4096);
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.title!.length + d.length + embed.footer!.text.length).toBeLessThanOrEqual(6000);
    for (const s of heavy.stories) {
      const sentence = safeText(s.summary[0]!.text);
      const start = d.indexOf(sentence.slice(0, 30));
      if (start >= 0) expect(d.slice(start, start + sentence.length)).toBe(sentence);
    }
    expect(d).toMatch(/…and \d+ more stories\.$/);
  });

  it('turns stories that no longer fit into headline-only lines with a link, then counts the rest', () => {
    const d = renderDigestMessage(heavy, { maxDescription: 1500 }).embeds[0]!.description!;
    expect(d.length).toBeLessThanOrEqual(1500);
    expect(d).toMatch(/^\*\*1\. Headline number 1/);
    expect(d).toMatch(
      /\n\n\*\*\d+\.\*\* \[Headline number \d+[^\]]*\]\(https:\/\/news\.example\/\d+\) — (Covered by \d outlets|Alden Courier)/,
    );
    const shown = (d.match(/^\*\*\d+\./gm) ?? []).length;
    const more = Number(/…and (\d+) more stories\.$/.exec(d)![1]);
    expect(shown + more).toBe(10 + 240);
  });

  it('links each citation marker to its source and makes mentions in article text inert', () => {
    const s = story(1);
    s.summary = [
      {
        text: '@everyone look: <@123> said *this*.',
        citations: [{ source: 1, articleId: 'a1', start: 0, end: 5, text: 'x' }],
      },
    ];
    const d = renderDigestMessage(
      { ...heavy, stories: [s], moreStories: 0 },
      { note: 'Posted late: the bot was offline at 08:00 (UTC).' },
    ).embeds[0]!.description!;
    expect(d.startsWith('*Posted late: the bot was offline at 08:00 (UTC).*\n\n**1. ')).toBe(true);
    expect(d).toContain('[[1]](https://news.example/1)');
    expect(d).not.toMatch(/@everyone|<@123>/);
    expect(d).toContain('\\*this\\*');
  });
});
