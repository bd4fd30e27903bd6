import { describe, expect, it } from 'vitest';
import { attributions, summary } from './helpers.js';

const direct = (text: string): string[] =>
  summary(attributions(text)).filter((s) => s.includes('| direct |'));

describe('quotations from broadcasts, interviews, exchanges and statements', () => {
  it('gives a quoted sentence after a speaker’s quotation in the same paragraph to that speaker', () => {
    const text =
      'Union negotiators countered that crews were exhausted. "They call it efficiency," said Marisol Pena, who leads the union. "Our members call it exhaustion."';
    expect(direct(text)).toEqual([
      'Marisol Pena | direct | They call it efficiency',
      'Marisol Pena | direct | Our members call it exhaustion.',
    ]);
  });

  it('gives the answers of a Q and A interview to the person interviewed, and no question to anyone', () => {
    const text = [
      'Mayor Ida Vance sat down with the Harlow Ledger on Wednesday to discuss the harbor plan.',
      'Q: Critics say the plan gives too much land to developers. Is that fair?',
      'A: No. Sixty percent of the waterfront stays public.',
      'Q: When will construction start?',
      'A: In the spring, if the council approves it.',
    ].join('\n\n');
    expect(summary(attributions(text))).toEqual([
      'Critics | reported | the plan gives too much land to developers',
      'Ida Vance | direct | No. Sixty percent of the waterfront stays public.',
      'Ida Vance | direct | In the spring, if the council approves it.',
    ]);
  });

  it('does not carry an interviewer’s speaker into the next quoted paragraph, which is the reply', () => {
    const text = [
      'Retired general Mark Holt became agitated on Wednesday. "Why do you bring this up?" he asked.',
      'Earlier in the interview, anchor Dana Ruhl pressed Holt on his foreign clients. "It seems unusual to have so many ties abroad," she said.',
      '"Well, you know, those clients are not tied to this campaign anymore."',
    ].join('\n\n');
    expect(direct(text)).toEqual([
      'Mark Holt | direct | Why do you bring this up?',
      'Dana Ruhl | direct | It seems unusual to have so many ties abroad',
    ]);
  });

  it('reads a speaker named before a colon as the speaker of the quotation after it', () => {
    const text =
      'The exchange was entered into the record.\n\n: Secretary of the Air Force James Roche: "No, save it and blow him away."';
    expect(direct(text)).toEqual(['James Roche | direct | No, save it and blow him away.']);
  });

  it('gives a statement released by a group to the group', () => {
    const text =
      'A group of Washington politicians released a joint statement saying "We will be asking tough questions about the decision."';
    expect(direct(text)).toEqual([
      'A group of Washington politicians | direct | We will be asking tough questions about the decision.',
    ]);
  });
});
