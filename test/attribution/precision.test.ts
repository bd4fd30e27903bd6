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
});
