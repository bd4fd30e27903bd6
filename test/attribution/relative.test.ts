import { describe, expect, it } from 'vitest';
import { attributions, summary } from './helpers.js';

describe('statements in relative clauses', () => {
  it('reads a statement in a relative clause, ending it where the sentence goes on', () => {
    const text =
      'Board member Anita Sorensen, who argued for months that the district could not afford the raises, voted for the budget.';
    expect(summary(attributions(text))).toEqual([
      'Anita Sorensen | reported | the district could not afford the raises',
    ]);
  });

  it('keeps the relative clause and the main clause apart when both report speech', () => {
    const text =
      'Superintendent Owen Blake, who has insisted that the closure will save $3 million a year, said students would move to two nearby schools.';
    expect(summary(attributions(text))).toEqual([
      'Owen Blake | reported | the closure will save $3 million a year',
      'Owen Blake | reported | students would move to two nearby schools',
    ]);
  });

  it('gives the main verb after a relative clause holding a quotation to the person before it', () => {
    const text =
      'Union leader Marisol Pena spoke on Monday.\n\nPena, who predicted last week that a deal was "within reach," conceded on Thursday that the two sides had not met.';
    expect(summary(attributions(text))).toEqual([
      'Marisol Pena | reported | a deal was "within reach,"',
      'Marisol Pena | direct | within reach',
      'Marisol Pena | reported | the two sides had not met',
    ]);
  });

  it('reads a long relative clause between a speaker and the cue', () => {
    const text =
      'William Reilly, who led the environment agency under two presidents and has served as president of a wildlife charity for a decade, said one key challenge would be finance.';
    expect(summary(attributions(text))).toEqual([
      'William Reilly | reported | one key challenge would be finance',
    ]);
  });

  it('reads "which" after an organisation', () => {
    const text =
      'The Carrow Water Authority raised its rates in May.\n\nThe authority, which has insisted for months that its meters are accurate, acknowledged that a billing error affected some customers.';
    expect(summary(attributions(text))).toEqual([
      'the Carrow Water Authority | reported | its meters are accurate',
      'the Carrow Water Authority | reported | a billing error affected some customers',
    ]);
  });

  it('does not give a quotation inside the relative clause to the speaker of the main verb', () => {
    const text =
      'Pop singer Katy Perry, who wore a purple cape bearing the words, "I\'m with her," shouted, "In three days, let\'s make history!"';
    expect(summary(attributions(text))).toEqual(["Katy Perry | direct | In three days, let's make history!"]);
  });

  it('reads a restrictive "who" after an unnamed person', () => {
    const text =
      'A witness has undermined the story of a woman who claims she was groped on a flight in 1980.';
    expect(summary(attributions(text))).toEqual(['a woman | reported | she was groped on a flight in 1980']);
  });
});
