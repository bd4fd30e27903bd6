import { describe, expect, it } from 'vitest';
import { attributions } from './helpers.js';

const speakers = (text: string): string[] =>
  attributions(text).map((a) => `${a.speaker} (${a.speakerKind}; ${a.speakerRole ?? '-'})`);

describe('speakers', () => {
  it('splits a role from the name it precedes', () => {
    expect(speakers('National Security Council spokesman John Kirby said the talks had stalled.')).toEqual([
      'John Kirby (person; National Security Council spokesman)',
    ]);
  });

  it('takes the role from an appositive', () => {
    expect(
      speakers('Adrienne Watson, a National Security Council spokesperson, said the talks had stalled.'),
    ).toEqual(['Adrienne Watson (person; National Security Council spokesperson)']);
  });

  it('takes the name from an appositive after a description', () => {
    expect(speakers('The buyer, Clearwell Utilities, said it was reviewing its options.')).toEqual([
      'Clearwell Utilities (organization; buyer)',
    ]);
  });

  it('strips honorifics and titles from the name but keeps them as the role', () => {
    expect(speakers('Sen. Patty Murray said the decision was a blow to workers.')).toEqual([
      'Patty Murray (person; Sen.)',
    ]);
    expect(speakers('Dr. Maria Lopez said the number was likely to rise.')).toEqual([
      'Maria Lopez (person; Dr.)',
    ]);
    expect(speakers('Secretary of State Antony Blinken said the talks would resume.')).toEqual([
      'Antony Blinken (person; Secretary of State)',
    ]);
  });

  it('maps a later surname to the full name introduced first', () => {
    const text =
      'National Security Council spokesman John Kirby spoke on Tuesday.\n\n"We are ready," Kirby said.';
    expect(speakers(text)).toEqual(['John Kirby (person; National Security Council spokesman)']);
  });

  it('lets organisations speak', () => {
    expect(speakers('Last month, the White House revealed that negotiations were advancing.')).toEqual([
      'the White House (organization; -)',
    ]);
    expect(speakers('The Kremlin announced that the visit would take place soon.')).toEqual([
      'the Kremlin (organization; -)',
    ]);
    expect(speakers('The Pentagon said in a statement that two drones were shot down.')).toEqual([
      'the Pentagon (organization; -)',
    ]);
    expect(speakers('U.S. officials said the shipments had already begun.')).toEqual([
      'U.S. officials (group; -)',
    ]);
  });

  it('names an unnamed official by the phrase that introduces them', () => {
    const text =
      'According to a United States official speaking to CBS News, the meeting will take place in Vladivostok.';
    expect(speakers(text)).toEqual(['a United States official (person; -)']);
  });

  it('names a company whose name has no usual company word', () => {
    expect(speakers('The airline, Skyline Commuter, said its pilots followed instructions.')).toEqual([
      'Skyline Commuter (organization; airline)',
    ]);
    expect(speakers('Corvane Chemical said it complies with all environmental laws.')).toEqual([
      'Corvane Chemical (organization; -)',
    ]);
  });

  it('keeps a person a person when the role after the name mentions an organisation', () => {
    expect(speakers('"Firms are cautious," said Emil Haas, a senior economist at the bank.')).toEqual([
      'Emil Haas (person; senior economist at the bank)',
    ]);
  });

  it('skips an appositive "one of …" between a name and the cue', () => {
    expect(
      speakers(
        'Council member Dora Lindqvist, one of two votes against the deal, said nobody read the contract.',
      ),
    ).toEqual(['Dora Lindqvist (person; Council member)']);
  });

  it('names the narrator of an ad by that role', () => {
    expect(speakers('"He voted to raise your taxes," the narrator says over photos of the Capitol.')).toEqual(
      ['the narrator (person; -)'],
    );
  });

  it('lets a body described in lower case speak as such, not as another body named before', () => {
    const text =
      "Corvane Chemical said it complies with the law. The state environment department said it had doubled inspections. A search found nothing, the sheriff's office said.";
    expect(speakers(text)).toEqual([
      'Corvane Chemical (organization; -)',
      'the state environment department (organization; -)',
      "the sheriff's office (organization; -)",
    ]);
  });

  it('resolves "the company said" to the company named before', () => {
    const text =
      'Solvane Industries raised its forecast on Thursday. The company said demand from bus makers was strong.';
    expect(speakers(text)).toEqual(['Solvane Industries (organization; -)']);
  });

  it('resolves "she" by gender past a more recent man', () => {
    const text = 'Mayor Denise Okafor met Governor Alan Reyes on Monday. "We agreed on the money," she said.';
    expect(speakers(text)).toEqual(['Denise Okafor (person; Mayor)']);
  });

  it('resolves "he" to the last speaker rather than to a man named in the reported clause', () => {
    const text =
      'Donald Trump said House Speaker Paul Ryan should focus on the budget.\n\n"This guy lost four years ago," he said.';
    expect(
      attributions(text)
        .filter((a) => a.quoteKind === 'direct')
        .map((a) => a.speaker),
    ).toEqual(['Donald Trump']);
  });

  it('does not resolve a role nobody was introduced with', () => {
    expect(
      attributions('Kirby spoke. "We are ready," the senator said.').filter((a) => a.quoteKind === 'direct'),
    ).toEqual([]);
  });
});
