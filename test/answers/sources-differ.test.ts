import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.js';
import { findDifferences } from '../../src/answers/differ/index.js';
import { figuresIn } from '../../src/answers/differ/figures.js';
import { renderAnswerText } from '../../src/answers/render-text.js';
import { indexArticles, verifyAnswer } from '../../src/answers/verify.js';

/** A fictional article of the test's own: paragraphs joined as the store keeps them. */
function article(id: string, outlet: string, publishedAt: string, paragraphs: string[]): Article {
  return {
    id,
    outlet,
    publishedAt,
    title: `${outlet} report`,
    text: paragraphs.join('\n\n'),
    duplicateOf: null,
  } as Article;
}

const HERALD = article('herald', 'Lakeside Herald', '2025-06-02', [
  'The flood forced about 1,200 residents of the lower town to leave their homes overnight, officials said.',
  '"Nobody in this valley has seen water rise this fast in forty years," said Mayor Ingrid Salo at the shelter.',
  'Fire chief Oren Black said crews would keep pumping the main street through the week. "We will not leave until the last cellar is dry," Black said.',
]);
const POST = article('post', 'Valley Post', '2025-06-03', [
  'The flood forced about 1,500 residents of the lower town to leave their homes overnight, according to the county.',
  '"Nobody in this valley has seen water rise this fast in forty years," fire chief Oren Black told reporters.',
  '"We will not go home until the last cellar is dry," Black said at the pumping station.',
]);

describe('sources differ', () => {
  it('notes a different figure for the same quantity, a quote given to another speaker and a reworded quote', () => {
    const notes = findDifferences([HERALD, POST]).map((d) => [d.kind, d.about, d.sides.map((s) => s.text)]);
    expect(notes).toEqual([
      ['attribution', '“Nobody in this valley has seen water rise …”', ['Salo', 'Black']],
      [
        'wording',
        'Black',
        [
          'We will not leave until the last cellar is dry',
          'We will not go home until the last cellar is dry',
        ],
      ],
      ['number', 'residents', ['1,200', '1,500']],
    ]);
  });

  it('shows each side cited after verification: "1,200 [1] · 1,500 [2]"', () => {
    const answer = verifyAnswer(
      {
        kind: 'summary',
        query: 'flood',
        engine: 'extractive',
        items: [],
        differences: findDifferences([HERALD, POST]),
      },
      indexArticles([HERALD, POST]),
    );
    expect(answer.warnings).toEqual([]);
    expect(renderAnswerText(answer)).toContain(
      'Sources differ\n' +
        '- “Nobody in this valley has seen water rise …” attributed to Salo [1] · Black [2]\n' +
        '- Black quoted as “We will not leave until the last cellar is dry” [1] · “We will not go home until the last cellar is dry” [2]\n' +
        '- residents: 1,200 [1] · 1,500 [2]\n',
    );
  });

  it('removes a difference whose side is not in its citation, never repairing it', () => {
    const [number] = findDifferences([HERALD, POST]).filter((d) => d.kind === 'number');
    const tampered = { ...number!, sides: [number!.sides[0]!, { ...number!.sides[1]!, text: '1,800' }] };
    const answer = verifyAnswer(
      { kind: 'summary', query: 'flood', engine: 'extractive', items: [], differences: [tampered] },
      indexArticles([HERALD, POST]),
    );
    expect(answer.differences).toBeUndefined();
    expect(answer.warnings).toEqual([
      'Removed 1 source difference that could not be verified in the sources.',
    ]);
  });

  it('stays quiet on agreement, on one outlet, on excerpts, on counts far apart in time and on a corrected count', () => {
    const agreeing = article('agree', 'Ridge Radio', '2025-06-02', [
      'The flood forced about 1,200 residents of the lower town to leave their homes overnight.',
      '"We will not leave until the last cellar is dry," Black said.',
      '"the last cellar is dry," Black added.',
    ]);
    expect(findDifferences([HERALD, agreeing])).toEqual([]);
    const sameOutlet = { ...POST, id: 'post-2', outlet: 'Lakeside Herald' };
    expect(findDifferences([HERALD, sameOutlet])).toEqual([]);
    const weekLater = article('later', 'Valley Post', '2025-06-10', [
      'The flood forced about 1,500 residents of the lower town to leave their homes overnight, the county said.',
    ]);
    expect(findDifferences([HERALD, weekLater])).toEqual([]);
    const corrected = article('corrected', 'Valley Post', '2025-06-03', [
      'The flood forced about 1,500 residents of the lower town to leave, not 1,200 as first reported.',
    ]);
    expect(findDifferences([HERALD, corrected])).toEqual([]);
  });

  it('reads figures that count something, not dates, years or times', () => {
    const figures = (s: string) => figuresIn(s).map((f) => [f.text, f.value, f.unitText]);
    expect(
      figures('About 40,000 vehicles a day use it; $12 million was approved; three support beams cracked.'),
    ).toEqual([
      ['40,000', 40000, 'vehicles'],
      ['$12 million', 12e6, 'million'],
      ['three', 3, 'support beams'],
    ]);
    expect(
      figures("It opened in 1974, the steel arrives on March 20 and the boats were full by seven o'clock."),
    ).toEqual([]);
  });
});
