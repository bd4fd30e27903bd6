import { describe, expect, it } from 'vitest';
import { attributions, summary } from './helpers.js';

describe('speakers of embedded and coordinated cues', () => {
  it('drops a quotation shouted by someone the article does not name', () => {
    const text = 'The rally was halted after someone near the stage shouted "Gun!", the Secret Service said.';
    expect(summary(attributions(text)).filter((s) => s.includes('| direct |'))).toEqual([]);
  });

  it('skips a quoted show name between "told" and "that"', () => {
    const text = 'Campaign chairman Tom Reeve told NBC\'s "Meet the Press" that the race was tightening.';
    expect(summary(attributions(text))).toEqual(['Tom Reeve | reported | the race was tightening']);
  });

  it('reads ", who told … that" as the named person speaking', () => {
    const text = 'He echoed Sen. Ron Jensen (R-Wis.), who told a local newspaper that the vote would fail.';
    expect(summary(attributions(text))).toEqual(['Ron Jensen | reported | the vote would fail']);
  });

  it('gives "… and declared, «…»" to the subject of the sentence', () => {
    const text = 'Mayor Denise Okafor returned to the podium and declared, "We will never be stopped."';
    expect(summary(attributions(text))).toEqual(['Denise Okafor | direct | We will never be stopped.']);
  });

  it('gives a participle after a time phrase to the subject', () => {
    const text =
      'Sen. Eleanor Whitcomb on Friday declined to say whether she would run, telling supporters that she would decide "after the harvest."';
    expect(summary(attributions(text))).toEqual([
      'Eleanor Whitcomb | reported | she would decide "after the harvest."',
      'Eleanor Whitcomb | direct | after the harvest.',
    ]);
  });

  it('gives "with X saying" to X, not to the main speaker', () => {
    const text =
      'USAF officials said the award was based on price, with UBS analyst David Strauss saying "fuel capacity decided it."';
    expect(summary(attributions(text))).toEqual([
      'USAF officials | reported | the award was based on price',
      'David Strauss | direct | fuel capacity decided it.',
    ]);
  });

  it('keeps a quotation inside a belief with the person who said it', () => {
    const text = 'Campaign chairman Tom Reeve said the campaign believes she "is going to win this state."';
    const direct = attributions(text).filter((a) => a.quoteKind === 'direct');
    expect(direct.map((a) => a.speaker)).toEqual(['Tom Reeve']);
  });
});
