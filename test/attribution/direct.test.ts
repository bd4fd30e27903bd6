import { describe, expect, it } from 'vitest';
import { attributions, summary } from './helpers.js';

const intro = 'National Security Council spokesman John Kirby spoke to reporters on Tuesday.';

describe('direct quotes', () => {
  it('attributes a quote followed by "Name said"', () => {
    const text = `${intro}\n\n"We are watching this very closely," Kirby said.`;
    expect(summary(attributions(text))).toEqual(['John Kirby | direct | We are watching this very closely']);
  });

  it('attributes a quote followed by "said Name"', () => {
    const text = `${intro}\n\n“We are watching this very closely,” said Kirby.`;
    expect(summary(attributions(text))).toEqual(['John Kirby | direct | We are watching this very closely']);
  });

  it('attributes a quote introduced by "Name said:"', () => {
    const text = `${intro}\n\nKirby said: "The talks are advancing."`;
    expect(summary(attributions(text))).toEqual(['John Kirby | direct | The talks are advancing.']);
  });

  it('attributes a quote introduced by "Name said,"', () => {
    const text = `${intro}\n\nKirby said, “The talks are advancing.”`;
    expect(summary(attributions(text))).toEqual(['John Kirby | direct | The talks are advancing.']);
  });

  it('gives the second quote of "said Name, adding" to the same speaker', () => {
    const text = `${intro}\n\n"We will respond," said Kirby, adding "and the response will be firm."`;
    expect(summary(attributions(text))).toEqual([
      'John Kirby | direct | We will respond',
      'John Kirby | direct | and the response will be firm.',
    ]);
  });

  it('resolves "he said" to the last speaker', () => {
    const text = `${intro} Kirby said the talks were advancing.\n\n"We are not there yet," he said.`;
    const got = attributions(text).filter((a) => a.quoteKind === 'direct');
    expect(summary(got)).toEqual(['John Kirby | direct | We are not there yet']);
  });

  it('resolves "the spokesman said" to the person introduced with that role', () => {
    const text = `Adrienne Watson met reporters. ${intro}\n\n"Nothing is agreed," the spokesman said.`;
    const got = attributions(text).filter((a) => a.quoteKind === 'direct');
    expect(summary(got)).toEqual(['John Kirby | direct | Nothing is agreed']);
    expect(got[0]!.speakerRole).toBe('National Security Council spokesman');
  });

  it('keeps both pieces of a quote split around its attribution', () => {
    const text = `${intro}\n\n"We will act," Kirby said, "and soon."`;
    expect(summary(attributions(text))).toEqual([
      'John Kirby | direct | We will act',
      'John Kirby | direct | and soon.',
    ]);
  });

  it('follows a quotation over paragraphs that open without closing', () => {
    const text = `${intro}\n\n"The first point is simple. We will not accept this.\n\n"The second point is that we will say so in public," Kirby said.`;
    expect(summary(attributions(text))).toEqual([
      'John Kirby | direct | The first point is simple. We will not accept this.',
      'John Kirby | direct | The second point is that we will say so in public',
    ]);
  });

  it("gives a paragraph that is only a quotation to the previous paragraph's speaker", () => {
    const text = `${intro}\n\n"The first round went well," Kirby said.\n\n"We expect a second round next month."`;
    expect(summary(attributions(text))).toEqual([
      'John Kirby | direct | The first round went well',
      'John Kirby | direct | We expect a second round next month.',
    ]);
  });

  it('reads the inner words of doubled quote marks', () => {
    const text = `${intro}\n\nKirby highlighted that the deals could involve ""significant quantities and multiple types"" of munitions.`;
    const direct = attributions(text).filter((a) => a.quoteKind === 'direct');
    expect(summary(direct)).toEqual(['John Kirby | direct | significant quantities and multiple types']);
  });

  it('keeps single quotes inside a double-quoted quotation', () => {
    const text = `${intro}\n\n"They told us, 'This is final,' and we said no," Kirby said.`;
    expect(summary(attributions(text))).toEqual([
      `John Kirby | direct | They told us, 'This is final,' and we said no`,
    ]);
  });

  it('reads British single-quote quotations in paragraphs without double quotes', () => {
    const text = `Home Secretary Priya Patel spoke in London.\n\n‘We will not be deterred,’ she said. ‘This is only the beginning.’`;
    expect(summary(attributions(text))).toEqual([
      'Priya Patel | direct | We will not be deterred',
      'Priya Patel | direct | This is only the beginning.',
    ]);
  });

  it('does not read apostrophes or single-quoted scare words as quotations', () => {
    const text = "Priya Patel said the players' union called the plan 'unfair' and Britain's deal 'dead'.";
    expect(summary(attributions(text))).toEqual([
      "Priya Patel | reported | the players' union called the plan 'unfair' and Britain's deal 'dead'",
    ]);
  });

  it('skips a quotation whose closing mark is missing', () => {
    const text = `${intro}\n\nKirby said: "We will act and that is all.\n\nThe meeting ended early.`;
    expect(attributions(text).filter((a) => a.quoteKind === 'direct')).toEqual([]);
  });

  it('does not turn scare quotes, nicknames or titles into quotes', () => {
    const text = [
      'The so-called "deal" collapsed on Monday.',
      'Fans sang "Wings Over Brennan" after the match.',
      'Her book, "The River Remembers," was published in May.',
      'The plan, dubbed "Operation Clean Slate" by staff, was shelved.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([]);
  });

  it('does not take a title in quotes inside a reported clause as a quotation', () => {
    const text = 'Councilwoman Ada Brink said the city would screen "Harbor Lights" at the festival.';
    expect(summary(attributions(text))).toEqual([
      'Ada Brink | reported | the city would screen "Harbor Lights" at the festival',
    ]);
  });

  it('leaves out a quotation whose "he" has no antecedent', () => {
    expect(attributions('"We will win," he said.')).toEqual([]);
  });

  it('does not hand a quotation whose own speaker is unknown to the speaker before it', () => {
    const text =
      'Senator Maria Olsen said the deal was off.\n\n"The plan is a disaster," the governor replied. "Nobody wants it."';
    expect(summary(attributions(text))).toEqual(['Maria Olsen | reported | the deal was off']);
  });

  it('gives a quotation by several people to them together, never to one of them', () => {
    const text = 'Sens. Tom Carper and Ben Cardin said the letter "leaves so many questions unanswered."';
    expect(attributions(text).map((a) => `${a.speaker} (${a.speakerKind}) | ${a.quoteKind}`)).toEqual([
      'Tom Carper and Ben Cardin (group) | reported',
      'Tom Carper and Ben Cardin (group) | direct',
    ]);
  });

  it('does not give a quotation that ends its sentence to the speaker of the next sentence', () => {
    const text =
      'Judge Ann Okoro wrote that regulators had been "asleep at the wheel." The department said it had doubled inspections.';
    expect(
      attributions(text)
        .filter((a) => a.quoteKind === 'direct')
        .map((a) => `${a.speaker} | ${a.quote}`),
    ).toEqual(['Ann Okoro | asleep at the wheel.']);
  });

  it('gives the evidence as the sentence holding quote and cue', () => {
    const text = `${intro}\n\n"We are ready," Kirby said. The meeting ended.`;
    const [a] = attributions(text);
    expect(text.slice(a!.evidenceSpan.start, a!.evidenceSpan.end)).toBe('"We are ready," Kirby said.');
  });
});
