import { describe, expect, it } from 'vitest';
import { attributions, summary } from './helpers.js';

describe('statements not to attribute, and spans not to overrun', () => {
  it('does not attribute what "news" or "reports" say someone said', () => {
    const text =
      'Stocks fell after news that Police Chief Ana Ruiz informed lawmakers that she was reopening the case.';
    expect(summary(attributions(text))).toEqual([]);
  });

  it('does not read an epithet before a name as a quotation', () => {
    const text = 'Senator Ruth Ellery said the plan would help "crooked" Marlow Tate and his donors.';
    expect(summary(attributions(text))).toEqual([
      'Ruth Ellery | reported | the plan would help "crooked" Marlow Tate and his donors',
    ]);
    const closing =
      'Governor Lucia Brandt said the economy remained "fundamentally sound." Her office said no more.';
    expect(summary(attributions(closing)).filter((s) => s.includes('| direct |'))).toEqual([
      'Lucia Brandt | direct | fundamentally sound.',
    ]);
  });

  it('takes "the ad" to be the latest ad the article spoke of', () => {
    const text =
      'The first ad, launched Wednesday, argued that the mayor had failed. The second spot went further. The ad asserts that the mayor lied about the budget.';
    expect(summary(attributions(text))).toEqual([
      'the first ad | reported | the mayor had failed',
      'the second spot | reported | the mayor lied about the budget',
    ]);
  });

  it('ends a reported clause at a semicolon', () => {
    expect(
      summary(attributions('The Air Force denied that jobs were a factor; price had decided the contest.')),
    ).toEqual(['the Air Force | reported | jobs were a factor']);
  });

  it('names an organisation without the description before it', () => {
    expect(
      summary(attributions('The United States auto manufacturer Chrysler said it plans to cut 3,000 jobs.')),
    ).toEqual(['Chrysler | reported | it plans to cut 3,000 jobs']);
    const text =
      'The carmaker Chrysler, which has been hit hard by the recession, has asked for more aid, saying that it plans to cut 3,000 jobs.';
    expect(summary(attributions(text))).toEqual(['Chrysler | reported | it plans to cut 3,000 jobs']);
  });

  it('reads a statement in a clause opened by "although" without the main clause', () => {
    const text =
      'Although Louis Gallois said he hoped to achieve this through attrition, the unions were displeased.';
    expect(summary(attributions(text))).toEqual([
      'Louis Gallois | reported | he hoped to achieve this through attrition',
    ]);
  });

  it('ends a statement reported inside another at "and that", which goes on with the outer one', () => {
    const text =
      'Fritz Henderson said the government had stated to him that it had no interest in running the company and that he expected to keep his job.';
    expect(summary(attributions(text))).toEqual([
      'Fritz Henderson | reported | the government had stated to him that it had no interest in running the company and that he expected to keep his job',
      'the government | reported | it had no interest in running the company',
    ]);
  });

  it('does not read what "it thinks" as an organisation speaking', () => {
    const text =
      'General Motors said it would cut costs. If management wants one car because it thinks that the market is ready, the plan changes.';
    expect(summary(attributions(text))).toEqual(['General Motors | reported | it would cut costs']);
  });

  it('leaves a place that is quoted inside a document to the document', () => {
    const text =
      'Demand slowed in the Boston region, while Dallas said there were concerns about spending, according to the report.';
    expect(summary(attributions(text))).toEqual([
      'the report | reported | Demand slowed in the Boston region, while Dallas said there were concerns about spending',
    ]);
  });

  it('does not show a fragment quoted inside a clause about a thing as a statement', () => {
    const text =
      'Donna Brazile allegedly sent an email. The email contained a question about the death penalty that she said "worries me about the race."';
    expect(summary(attributions(text))).toEqual([]);
  });

  it('keeps a quotation inside the clause a relative "which he said" reports', () => {
    const text =
      'Donald Trump Jr. deleted a tweet in which he said the singer could "charm anyone in the room" with his looks.';
    expect(summary(attributions(text)).filter((s) => s.includes('| direct |'))).toEqual([
      'Donald Trump Jr. | direct | charm anyone in the room',
    ]);
  });

  it('leaves out a wire dateline from the clause it opens', () => {
    const text =
      "Washington (AFP) – Uncertainty is weighing on some businesses, the central bank's survey said.";
    expect(summary(attributions(text))).toEqual([
      "the central bank's survey | reported | Uncertainty is weighing on some businesses",
    ]);
  });

  it('ends a reported clause before ", but did not …"', () => {
    const text =
      'Director James Comey sharply criticized her handling of the files as reckless, but did not recommend charges.';
    expect(summary(attributions(text))).toEqual([
      'James Comey | reported | her handling of the files as reckless',
    ]);
  });

  it('does not give a title in quotation marks before "according to" to the source', () => {
    const text =
      'The inquiry relied on news stories and the book "Clinton Cash," according to officials briefed on the case.';
    expect(summary(attributions(text))).toEqual([
      'officials briefed on the case | reported | The inquiry relied on news stories and the book "Clinton Cash,"',
    ]);
  });

  it('does not read a verb coordinated inside a reported clause as a new statement', () => {
    const text =
      'The officials agreed that making the inquiry public could influence the race and suggest they were favoring one side.';
    expect(summary(attributions(text))).toEqual([
      'The officials | reported | making the inquiry public could influence the race and suggest they were favoring one side',
    ]);
  });

  it('does not give what "the former secretary" was "calling" the move to the campaign', () => {
    const text =
      'The Ellery campaign has sharply criticized the decision as a blunder, with the former secretary of state calling the move "deeply troubling."';
    expect(summary(attributions(text))).toEqual([
      'the Ellery campaign | reported | the decision as a blunder',
    ]);
  });

  it('does not take "Another" or "Some" at the start of a sentence as a person', () => {
    const text = 'Another claim bites the dust.\n\nShe later claimed Trump was among those who raped her.';
    expect(summary(attributions(text))).toEqual([]);
  });

  it('does not read a noun after "a" or "the" as a cue verb', () => {
    const text =
      '"I have only met this accuser once," Anthony Gilberthorpe said in a note provided to the paper by the campaign.';
    expect(summary(attributions(text))).toEqual([
      'Anthony Gilberthorpe | direct | I have only met this accuser once',
    ]);
  });

  it('reads a list of sources whose names carry an acronym', () => {
    const text =
      'The Bank of Canada, the European Central Bank (ECB) and the Swiss National Bank jointly announced that they would lend to each other.';
    expect(summary(attributions(text))).toEqual([
      'The Bank of Canada, the European Central Bank (ECB) and the Swiss National Bank | reported | they would lend to each other',
    ]);
  });

  it('does not give a quotation in a clause whose own cue is negated to the speaker before it', () => {
    const text =
      '"There is new evidence," Mike McCaul said, though other officials have not said the bureau is actually "reopening" its inquiry.';
    expect(summary(attributions(text)).filter((s) => s.includes('| direct |'))).toEqual([
      'Mike McCaul | direct | There is new evidence',
    ]);
  });

  it('keeps a cue inside parentheses to the parentheses', () => {
    const text =
      'He said the maxim (a misquotation of what Charles Wilson once testified before the Senate) would be true again that "what is good for the company is good for the country."';
    expect(summary(attributions(text)).filter((s) => s.includes('Charles Wilson'))).toEqual([]);
  });

  it('names an organisation without a lower-case description before it', () => {
    const text =
      'The automobile manufacturing firm General Motors announced that most bondholders had declined the offer.';
    expect(summary(attributions(text))).toEqual([
      'General Motors | reported | most bondholders had declined the offer',
    ]);
  });

  it('takes the name after a run of titles closing the sentence', () => {
    const text =
      '"This is a major milestone," said Airbus President and Chief Executive Officer, Tom Enders.';
    expect(summary(attributions(text))).toEqual(['Tom Enders | direct | This is a major milestone']);
  });

  it('reads data from a named source as a document', () => {
    const text = 'New data from Nielsen has suggested that the falloff in viewers is accelerating.';
    expect(summary(attributions(text))).toEqual([
      'New data from Nielsen | reported | the falloff in viewers is accelerating',
    ]);
    expect(summary(attributions('The data also highlighted one encouraging trend in hiring.'))).toEqual([]);
  });
});
