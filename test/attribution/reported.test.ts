import { describe, expect, it } from 'vitest';
import { attributions, summary } from './helpers.js';

const reported = (text: string): string[] =>
  summary(attributions(text).filter((a) => a.quoteKind === 'reported'));

describe('reported speech', () => {
  it('reads "X said that …"', () => {
    expect(reported('Mayor Denise Okafor said that the budget would add 40 road crews.')).toEqual([
      'Denise Okafor | reported | the budget would add 40 road crews',
    ]);
  });

  it('reads "X said …" without "that"', () => {
    expect(reported('Mayor Denise Okafor said on Tuesday the budget would add 40 road crews.')).toEqual([
      'Denise Okafor | reported | the budget would add 40 road crews',
    ]);
  });

  it('skips a time phrase after the cue but keeps a possessive one in the clause', () => {
    expect(reported("Ken Bone said Sunday night's matchup felt like a family fight.")).toEqual([
      `Ken Bone | reported | Sunday night's matchup felt like a family fight`,
    ]);
    expect(reported('Ken Bone said Sunday night the debate was tense.')).toEqual([
      'Ken Bone | reported | the debate was tense',
    ]);
  });

  it('ends a reported clause at "U.S." when a new sentence follows', () => {
    expect(reported('Lars Berg said the weapons came from the U.S. The deal was signed on Monday.')).toEqual([
      'Lars Berg | reported | the weapons came from the U.S.',
    ]);
  });

  it('skips the hearer of "told reporters that"', () => {
    expect(reported('Councilman Peter Vance told reporters that the city would face a shortfall.')).toEqual([
      'Peter Vance | reported | the city would face a shortfall',
    ]);
  });

  it('skips a named hearer of "told CNN"', () => {
    expect(
      reported('Councilman Peter Vance told CNN the city would face a shortfall within two years.'),
    ).toEqual(['Peter Vance | reported | the city would face a shortfall within two years']);
  });

  it('reads "informed the press that"', () => {
    expect(
      reported(
        'National Security Council spokesman John Kirby informed the press that the minister had visited Pyongyang.',
      ),
    ).toEqual(['John Kirby | reported | the minister had visited Pyongyang']);
  });

  it('reads "According to X, …"', () => {
    expect(reported('According to Finance Minister Lars Berg, the deficit will shrink next year.')).toEqual([
      'Lars Berg | reported | the deficit will shrink next year',
    ]);
  });

  it('reads "…, according to X."', () => {
    expect(reported('The deficit will shrink next year, according to Finance Minister Lars Berg.')).toEqual([
      'Lars Berg | reported | The deficit will shrink next year',
    ]);
  });

  it('reads a clause closed by its speaker: "…, officials said."', () => {
    expect(reported('Schools will remain closed on Monday, officials said.')).toEqual([
      'officials | reported | Schools will remain closed on Monday',
    ]);
  });

  it('reads a clause closed by its speaker and a trailing participle', () => {
    expect(
      reported(
        'Pilots voted to authorize a strike, their union said on Wednesday, raising the prospect of cancellations.',
      ),
    ).toEqual(['their union | reported | Pilots voted to authorize a strike']);
  });

  it('names an unnamed source by its description', () => {
    const text =
      'A person familiar with the negotiations, who spoke on condition of anonymity, said the two sides remained far apart.';
    expect(reported(text)).toEqual([
      'A person familiar with the negotiations | reported | the two sides remained far apart',
    ]);
  });

  it('resolves "It said" to the company that spoke before', () => {
    const text =
      'Northwind Air said it was disappointed by the vote. It said no flights would be affected for now.';
    expect(reported(text)).toEqual([
      'Northwind Air | reported | it was disappointed by the vote',
      'Northwind Air | reported | no flights would be affected for now',
    ]);
  });

  it('resolves "He emphasized that …" and "He concluded by stating …"', () => {
    const text = [
      'John Kirby urged North Korea to cease its arms negotiations with Russia.',
      'He emphasized that the United States would take direct action.',
      'He concluded by stating the United States commitment to countering these efforts.',
    ].join(' ');
    expect(reported(text)).toEqual([
      'John Kirby | reported | North Korea to cease its arms negotiations with Russia',
      'John Kirby | reported | the United States would take direct action',
      'John Kirby | reported | the United States commitment to countering these efforts',
    ]);
  });

  it('resolves "She noted that …" past a man named in between', () => {
    const text =
      "Adrienne Watson, a National Security Council spokesperson, referenced Sergei Shoigu's recent visit. She noted that talks would continue in Russia.";
    const got = attributions(text).filter((a) => a.quoteKind === 'reported');
    expect(summary(got)).toEqual([
      `Adrienne Watson | reported | Sergei Shoigu's recent visit`,
      'Adrienne Watson | reported | talks would continue in Russia',
    ]);
    expect(got.map((a) => a.speakerRole)).toEqual([
      'National Security Council spokesperson',
      'National Security Council spokesperson',
    ]);
  });

  it('reads each listed cue verb', () => {
    const verbs = [
      'warned',
      'insisted',
      'argued',
      'explained',
      'acknowledged',
      'admitted',
      'confirmed',
      'suggested',
      'predicted',
      'stressed',
      'asserted',
      'indicated',
      'revealed',
      'wrote',
      'tweeted',
      'noted',
      'added',
      'claimed',
      'stated',
    ];
    for (const v of verbs) {
      expect(reported(`Senator Maria Olsen ${v} that the vote would be delayed.`), v).toEqual([
        'Maria Olsen | reported | the vote would be delayed',
      ]);
    }
  });

  it('reads belief verbs only with "that"', () => {
    expect(reported('Maria Olsen believes that the vote will be delayed.')).toEqual([
      'Maria Olsen | reported | the vote will be delayed',
    ]);
    expect(reported('Maria Olsen thinks highly of the chairman and his staff.')).toEqual([]);
  });

  it('keeps a reported clause and the partial quotation inside it', () => {
    const got = summary(
      attributions(
        'Judge Harriet Quill wrote that the board had "plainly exceeded its authority" in the sale.',
      ),
    );
    expect(got).toEqual([
      'Harriet Quill | reported | the board had "plainly exceeded its authority" in the sale',
      'Harriet Quill | direct | plainly exceeded its authority',
    ]);
  });

  it('does not report what follows a quotation\'s cue without "that"', () => {
    const got = summary(
      attributions('Mayor Denise Okafor spoke. "We are ready," she said during the briefing.'),
    );
    expect(got).toEqual(['Denise Okafor | direct | We are ready']);
  });

  it('reads a clause that starts with "such"', () => {
    expect(reported('Political scientists said such ads rarely move voters late in a race.')).toEqual([
      'Political scientists | reported | such ads rarely move voters late in a race',
    ]);
  });

  it('does not read nouns that look like cue verbs', () => {
    expect(reported('Voters in several states that lean Republican turned out early.')).toEqual([]);
    expect(reported('The claims were investigated by the committee last year.')).toEqual([]);
  });

  it('does not read a passive or negated cue', () => {
    expect(reported('The deal is said to be worth $5 billion.')).toEqual([]);
    expect(reported('Mayor Denise Okafor did not say whether the plan would pass.')).toEqual([]);
  });
});
