import { describe, expect, it } from 'vitest';
import { attributions, summary } from './helpers.js';

describe('cue verbs in the forms news uses', () => {
  it('reads the plural present of speech verbs', () => {
    for (const v of ['assert', 'argue', 'acknowledge', 'insist', 'contend', 'maintain', 'allege', 'warn']) {
      expect(summary(attributions(`The investigators ${v} that the payments were illegal.`)), v).toEqual([
        'The investigators | reported | the payments were illegal',
      ]);
    }
  });

  it('reads a plural present that is also a noun only with "that"', () => {
    expect(summary(attributions('Critics claim that the payments were illegal.'))).toEqual([
      'Critics | reported | the payments were illegal',
    ]);
    expect(summary(attributions('The claim the payments were illegal was dropped.'))).toEqual([]);
  });

  it('reads a progressive cue', () => {
    expect(
      summary(attributions('Analysts are predicting that the payouts could reach $300 million.')),
    ).toEqual(['Analysts | reported | the payouts could reach $300 million']);
    expect(
      summary(attributions('The Justice Department is promising lawmakers that the review will be quick.')),
    ).toEqual(['the Justice Department | reported | the review will be quick']);
  });

  it('gives a cue after "but" or "and has" to the subject of the sentence', () => {
    expect(
      summary(
        attributions('Senator Ray Lund has praised the mayor, but has denied that he will endorse her.'),
      ),
    ).toEqual(['Ray Lund | reported | he will endorse her']);
    expect(
      summary(
        attributions(
          'Senator Ray Lund did not apologize, but said his aide was acting out of worry: "It was a scary night."',
        ),
      ),
    ).toEqual([
      'Ray Lund | reported | his aide was acting out of worry',
      'Ray Lund | direct | It was a scary night.',
    ]);
    expect(
      summary(
        attributions(
          'Mayor Ida Vance has called for new taxes - and has said that the rich should pay more.',
        ),
      ),
    ).toEqual(['Ida Vance | reported | the rich should pay more']);
  });

  it('finds the subject after an opening "Asked about …,"', () => {
    const text =
      "Asked about the rumor, campaign manager Kellyanne Conway did not apologize, but said the candidate's son was acting out of worry.";
    expect(summary(attributions(text))).toEqual([
      "Kellyanne Conway | reported | the candidate's son was acting out of worry",
    ]);
  });

  it('skips a time phrase between the speaker and the cue', () => {
    expect(
      summary(
        attributions('The International Monetary Fund this week said it expects growth of 1.6 percent.'),
      ),
    ).toEqual(['the International Monetary Fund | reported | it expects growth of 1.6 percent']);
    expect(summary(attributions('Director James Comey in June said the inquiry was closed.'))).toEqual([
      'James Comey | reported | the inquiry was closed',
    ]);
  });

  it('reads "mentioned that"', () => {
    expect(
      summary(attributions('Fritz Henderson also mentioned that the company had received new financing.')),
    ).toEqual(['Fritz Henderson | reported | the company had received new financing']);
  });
});

describe('speakers named in an appositive', () => {
  it('takes the name after a description opened by "a" or "another"', () => {
    expect(
      summary(
        attributions(
          'A third car manufacturer, Ford Motor Company, has said that it needs no aid this year.',
        ),
      ),
    ).toEqual(['Ford Motor Company | reported | it needs no aid this year']);
    expect(
      summary(
        attributions(
          'Another automaker, General Motors (GM), announced that it seeks $16.6 billion in loans.',
        ),
      ),
    ).toEqual(['General Motors | reported | it seeks $16.6 billion in loans']);
  });

  it('resolves "they" to a group that was the subject of the sentence before', () => {
    const text =
      'But F.B.I. agents, many of whom support the director, have struggled to defend him. They acknowledge that he was in a bind.';
    expect(summary(attributions(text))).toEqual(['F.B.I. agents | reported | he was in a bind']);
  });
});

describe('clauses closed by their speaker', () => {
  it('keeps a quotation inside the clause and gives it to the speaker', () => {
    expect(
      summary(attributions('Leeds was "trying too hard" to get his attention, Gilberthorpe said.')),
    ).toEqual([
      'Gilberthorpe | reported | Leeds was "trying too hard" to get his attention',
      'Gilberthorpe | direct | trying too hard',
    ]);
  });

  it('reads the clause before a speaker set off in the middle of a sentence', () => {
    expect(
      summary(attributions('Nobody got kissed, Gilberthorpe said, but Leeds was rude all night.')),
    ).toEqual(['Gilberthorpe | reported | Nobody got kissed']);
    const text =
      'It is unlikely that the review will be complete by Election Day, F.B.I. officials said, although they said there was a chance of updates.';
    expect(summary(attributions(text))).toEqual([
      'F.B.I. officials | reported | It is unlikely that the review will be complete by Election Day',
      'F.B.I. officials | reported | there was a chance of updates',
    ]);
  });
});
