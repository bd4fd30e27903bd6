import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.js';
import { paragraphSpans } from '../../src/articles/passages.js';
import { sentenceSpans } from '../../src/articles/sentences.js';
import { summaryRejection } from '../../src/answers/extractive/sentence-filter.js';
import { summarize } from '../../src/answers/extractive/summarize.js';
import { indexArticles, verifyAnswer } from '../../src/answers/verify.js';
import type { Retrieval } from '../../src/retrieval/index.js';
import { LEDGER, RADIO, TIMES, toDraft, type FixtureArticle } from '../fixtures/answers/harbor-bridge.js';
import { makeArticle } from './make-article.js';

function article(f: FixtureArticle): Article {
  const d = toDraft(f);
  return makeArticle({
    id: f.externalId,
    text: d.text,
    title: d.title,
    outlet: d.outlet,
    publishedAt: d.publishedAt,
  });
}

function retrievalOf(articles: Article[]): Retrieval {
  return {
    articles,
    passages: articles.flatMap((a) =>
      paragraphSpans(a.text).map((p) => ({ articleId: a.id, ...p, score: 0.5, pinned: false })),
    ),
    pinnedOverBudget: false,
  };
}

const PRONOUN = /^\W*(he|she|they|it|this|these|those|his|her|their|its)\b/i;

describe('extractive summary', () => {
  const articles = [article(RADIO), article(LEDGER), article(TIMES)];
  const { items, warnings } = summarize(retrievalOf(articles), 'harbor bridge closure repairs');

  it('gives 3 to 7 whole sentences, each cited to exactly its own span', () => {
    expect(warnings).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(7);
    const byId = indexArticles(articles);
    for (const item of items) {
      expect(item.citations).toHaveLength(1);
      const c = item.citations[0]!;
      expect(item.text).toBe(c.text);
      const spans = sentenceSpans(byId.get(c.articleId)!.text);
      expect(spans).toContainEqual({ start: c.start, end: c.end });
    }
    const verified = verifyAnswer({ kind: 'summary', query: 'q', engine: 'extractive', items }, byId);
    expect(verified.items).toHaveLength(items.length);
    expect(verified.warnings).toEqual([]);
  });

  it('draws on every outlet the query hits', () => {
    expect(new Set(items.map((i) => i.citations[0]!.articleId))).toEqual(
      new Set(['ledger-1', 'times-1', 'radio-1']),
    );
  });

  it('never opens with an unresolved pronoun', () => {
    for (const item of items) expect(item.text).not.toMatch(PRONOUN);
  });

  it('orders sentences by article date, then by position in the article', () => {
    const order = items.map(
      (i) =>
        [
          articles.find((a) => a.id === i.citations[0]!.articleId)!.publishedAt!,
          i.citations[0]!.start,
        ] as const,
    );
    const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(order).toEqual(sorted);
  });

  it('is deterministic', () => {
    expect(summarize(retrievalOf(articles), 'harbor bridge closure repairs').items).toEqual(items);
  });

  it('says so, rather than padding, when fewer than three sentences can stand alone', () => {
    const tiny = makeArticle({
      id: 't',
      title: 'Short note',
      text: 'The ferry terminal will open an hour earlier on weekdays.\n\nHe said so.',
    });
    const out = summarize(retrievalOf([tiny]), 'ferry');
    expect(out.items.map((i) => i.text)).toEqual([
      'The ferry terminal will open an hour earlier on weekdays.',
    ]);
    expect(out.warnings).toEqual([
      'Only 1 sentence in the matching articles could stand alone in a summary.',
    ]);
  });
});

describe('summary sentence filter', () => {
  it.each([
    ['Harbor Bridge to close for six weeks of cable repairs', 'headline'],
    ['The bridge will close', 'short'],
    ['Officials said the bridge will close for six weeks in May', 'no terminal punctuation'],
    [
      'He warned that waiting another winter would risk an emergency closure.',
      'opens with an unresolved reference',
    ],
    [
      'This did not have to be an emergency, officials at the city agreed.',
      'opens with an unresolved reference',
    ],
    ['• Extra ferries will run every ten minutes at rush hour.', 'bullet or navigation'],
    ['Kim to meet Putin | North Korea | Russia news today.', 'bullet or navigation'],
    ['Follow us on social media for the latest bridge updates today.', 'boilerplate'],
    ['“We cannot keep patching a structure this old, and the cables are failing.', 'part of a longer quote'],
    ['“We are ready for the closure and the crowds,” he said on Monday.', 'speaker is a pronoun'],
    ['and then the council voted on the plan after midnight.', 'fragment'],
    ['(GMT +8) after a 12-hour flight from the delivery centre in Toulouse.', 'fragment'],
    [
      'Northrop Grumman and Airbus parent company European Aeronautic Defence and Space Company EADS N.V.',
      'no verb',
    ],
  ])('rejects %j (%s)', (sentence, reason) => {
    expect(summaryRejection(sentence, 'Harbor Bridge to close for six weeks of cable repairs')).toBe(reason);
  });

  it('accepts an ordinary reported sentence', () => {
    expect(
      summaryRejection('The city council voted 7–2 on Tuesday to approve $12 million for repairs.', 'Other'),
    ).toBeNull();
  });
});
