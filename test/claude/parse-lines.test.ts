import { describe, expect, it } from 'vitest';
import { parseQuoteLine, parseTimelineLine } from '../../src/answers/claude/parse-lines.js';

describe('the who-said-what line format', () => {
  it('reads speaker, kind and the quote without its outer quotation marks', () => {
    expect(
      parseQuoteLine('SPEAKER: John Kirby | KIND: direct | QUOTE: "We are “deeply” concerned,"'),
    ).toEqual({
      kind: 'quote',
      speaker: 'John Kirby',
      quoteKind: 'direct',
      quote: 'We are “deeply” concerned,',
      complete: true,
    });
  });

  it('tolerates bullets, bold labels, curly marks and lower-case kinds', () => {
    expect(
      parseQuoteLine(
        '- **SPEAKER:** the White House | **KIND:** Reported | **QUOTE:** “the talks were advancing”',
      ),
    ).toMatchObject({
      speaker: 'the White House',
      quoteKind: 'reported',
      quote: 'the talks were advancing',
    });
  });

  it('marks a quote without its closing mark as unfinished, and rejects other lines', () => {
    expect(parseQuoteLine('SPEAKER: Kirby | KIND: direct | QUOTE: "We are deeply')).toMatchObject({
      quote: 'We are deeply',
      complete: false,
    });
    expect(parseQuoteLine('Here are the statements:')).toBeNull();
    expect(parseQuoteLine('SPEAKER: Kirby | KIND: paraphrase | QUOTE: "x"')).toBeNull();
    expect(parseQuoteLine('SPEAKER: Kirby | KIND: direct | QUOTE: ""')).toBeNull();
  });
});

describe('the timeline line format', () => {
  it('reads the EDTF date, the article wording and the event', () => {
    expect(
      parseTimelineLine(
        'DATE: XXXX-07 | WHEN: "In July" | EVENT: Shoigu visited Pyongyang, according to the report.',
      ),
    ).toEqual({
      kind: 'event',
      date: 'XXXX-07',
      when: 'In July',
      event: 'Shoigu visited Pyongyang, according to the report.',
      complete: true,
    });
  });

  it('marks an event without final punctuation as unfinished, and rejects other lines', () => {
    expect(
      parseTimelineLine('DATE: 2023-09 | WHEN: next month | EVENT: The leaders will meet in'),
    ).toMatchObject({ complete: false });
    expect(parseTimelineLine('DATE: 2023-09 | EVENT: missing wording.')).toBeNull();
  });
});
