import { describe, expect, it } from 'vitest';
import { draftFromHtml, htmlFragmentToText } from '../../src/articles/formats/html.js';
import { readFixture } from './fixtures.js';

describe('draftFromHtml', () => {
  it('extracts the article body and reads Open Graph and article meta tags', async () => {
    const html = readFixture('courier-page.html');
    const draft = await draftFromHtml(html, {
      source: 'https://courier.example/late-buses',
      url: 'https://courier.example/late-buses',
    });
    expect(draft).toMatchObject({
      title: 'Lakeside Schools Add Late Buses for After-School Programs',
      outlet: 'Lakeside Courier',
      byline: 'Priya Nair',
      publishedAt: '2024-09-03T07:45:00-05:00',
      publishedAtSource: 'metadata',
      url: 'https://courier.example/late-buses',
      canonicalUrl: 'https://courier.example/2024/09/late-buses',
      language: 'en',
    });
    const paragraphs = draft.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(
      'The Lakeside school district will run three late buses on weekdays starting next Monday, so that students in after-school programs can get home safely, Superintendent Carla Diaz said on Tuesday.',
    );
    expect(paragraphs[2]).toContain('cost about $85,000 a year');
    expect(draft.text).not.toMatch(/Home|Related|Share|Lakeside budget passes|All rights reserved|tracker/);
    expect(draft.raw).toEqual({ kind: 'html', source: 'https://courier.example/late-buses', content: html });
  });

  it('reads JSON-LD NewsArticle inside @graph, skipping broken JSON-LD', async () => {
    const draft = await draftFromHtml(readFixture('jsonld-page.htm'), { source: 'jsonld-page.htm' });
    expect(draft).toMatchObject({
      title: 'Orchard Growers Expect Smaller Apple Harvest After Late Frost',
      outlet: 'Valley Farm Journal',
      byline: 'Leo Marsh, Ida Kwan',
      publishedAt: '2024-08-21',
      canonicalUrl: 'https://farmjournal.example/apple-harvest',
      url: 'https://farmjournal.example/apple-harvest',
    });
  });

  it('turns <br> into a paragraph break', async () => {
    const draft = await draftFromHtml(readFixture('jsonld-page.htm'), { source: 'jsonld-page.htm' });
    expect(draft.text.split('\n\n').at(-1)).toBe(
      'Cider makers said they would buy more fruit from neighbouring regions.',
    );
  });

  it('takes the outlet from a copyright footer and the date from the dateline when metadata has none', async () => {
    const draft = await draftFromHtml(readFixture('copyright-only.html'), { source: 'copyright-only.html' });
    expect(draft).toMatchObject({
      title: 'Ferry Service Suspended for Repairs',
      outlet: 'Harbor Gazette',
      publishedAt: '2023-12-02',
      publishedAtSource: 'text',
      url: null,
      canonicalUrl: null,
    });
    expect(draft.text.startsWith('The Pelican Island ferry')).toBe(true);
  });

  it('fails a page without an article body', async () => {
    await expect(draftFromHtml(readFixture('teaser.html'), { source: 'teaser.html' })).rejects.toThrow(
      'no article text found (fewer than 300 characters of body text)',
    );
  });

  it('marks pages reached from a feed as feed items', async () => {
    const draft = await draftFromHtml(readFixture('copyright-only.html'), { source: 'x', kind: 'feed-item' });
    expect(draft.raw.kind).toBe('feed-item');
  });
});

describe('htmlFragmentToText', () => {
  it('turns block elements into paragraphs and collapses inline whitespace', async () => {
    const text = await htmlFragmentToText(
      '<p>First   <b>bold</b>\n line.</p><ul><li>One</li><li>Two</li></ul><script>x()</script>Tail',
    );
    expect(text).toBe('First bold line.\n\nOne\n\nTwo\n\nTail');
  });
});
