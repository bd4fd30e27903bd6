import { describe, expect, it } from 'vitest';
import { attributions } from './helpers.js';

/** `speaker (kind) | quoteKind | quote` lines. */
const items = (text: string): string[] =>
  attributions(text).map((a) => `${a.speaker} (${a.speakerKind}) | ${a.quoteKind} | ${a.quote}`);

describe('documents as sources', () => {
  it('lets a document speak as a document', () => {
    expect(
      items('The lawsuit alleges that the company ignored repeated warnings from its own engineers.'),
    ).toEqual([
      'the lawsuit (document) | reported | the company ignored repeated warnings from its own engineers',
    ]);
  });

  it('reads a document closing the sentence, without the words that describe it', () => {
    expect(
      items(
        'The water authority overbilled 14,000 households for three years, a state audit released on Monday found.',
      ),
    ).toEqual([
      'a state audit (document) | reported | The water authority overbilled 14,000 households for three years',
    ]);
  });

  it('reads "according to the report" and "it said" after it as the document', () => {
    const text =
      'Hiring held steady in most regions, according to the report. Wages rose modestly in the west, it said.';
    expect(items(text)).toEqual([
      'the report (document) | reported | Hiring held steady in most regions',
      'the report (document) | reported | Wages rose modestly in the west',
    ]);
  });

  it('takes "the report" to be the survey introduced before it', () => {
    const text =
      "Factory output fell in May, the central bank's monthly survey said on Monday. The report noted that orders for machinery dropped sharply.";
    expect(items(text)).toEqual([
      "the central bank's monthly survey (document) | reported | Factory output fell in May",
      "the central bank's monthly survey (document) | reported | orders for machinery dropped sharply",
    ]);
  });

  it('gives a cue after "but" to a document that is the subject, past a day after its name', () => {
    const text =
      'The Justice Department letters Monday do not confirm that officials disagreed, but indicates that those officials understand why lawmakers were upset.';
    expect(items(text)).toEqual([
      'the Justice Department letters (document) | reported | those officials understand why lawmakers were upset',
    ]);
  });

  it('keeps a document apart from the person it is named after', () => {
    const text =
      'Inspector Ruth Calder said the depot had been locked. The Calder report found that two guards were asleep.';
    expect(items(text)).toEqual([
      'Ruth Calder (person) | reported | the depot had been locked',
      'the Calder report (document) | reported | two guards were asleep',
    ]);
  });
});

describe('groups and unnamed sources', () => {
  it('shows collective sources as the article names them', () => {
    expect(items('Officials said the bridge would reopen in May.')).toEqual([
      'Officials (group) | reported | the bridge would reopen in May',
    ]);
    expect(items('F.B.I. agents said the suspect had fled the state.')).toEqual([
      'F.B.I. agents (group) | reported | the suspect had fled the state',
    ]);
    expect(items('Industry analysts said the merger would raise fares.')).toEqual([
      'Industry analysts (group) | reported | the merger would raise fares',
    ]);
  });

  it('keeps the place or company that describes a group in its name', () => {
    expect(items('Executives at NBC, CBS and Fox said they were not sure what was going on.')).toEqual([
      'Executives at NBC, CBS and Fox (group) | reported | they were not sure what was going on',
    ]);
    expect(items('Economists surveyed by Marlin News had predicted a reading of minus 6.')).toEqual([
      'Economists surveyed by Marlin News (group) | reported | a reading of minus 6',
    ]);
    expect(items('Lawyers for the residents argued that the records had been destroyed.')).toEqual([
      'Lawyers for the residents (group) | reported | the records had been destroyed',
    ]);
  });

  it('names a group closing the sentence, past the clause before it', () => {
    expect(
      items('Talks between the railroads and the unions broke down on Thursday, union leaders said.'),
    ).toEqual([
      'union leaders (group) | reported | Talks between the railroads and the unions broke down on Thursday',
    ]);
  });

  it('reads several people speaking together as one group', () => {
    expect(items('Sens. Tom Carper and Ben Cardin said the letter was troubling.')).toEqual([
      'Tom Carper and Ben Cardin (group) | reported | the letter was troubling',
    ]);
  });

  it('reads an unnamed spokesman for an organisation, past a relative clause about it', () => {
    const text =
      'A spokesman for the Hospital Association of Carrow, which represents 60 hospitals, said the sample was too small.';
    expect(items(text)).toEqual([
      'A spokesman for the Hospital Association of Carrow (person) | reported | the sample was too small',
    ]);
  });

  it('gives a participle to a group that is the subject of the sentence', () => {
    const text =
      'More than 200 residents of Millbrook sued the plant on Wednesday, alleging that it dumped solvents into the river.';
    expect(items(text)).toEqual([
      'More than 200 residents of Millbrook (group) | reported | it dumped solvents into the river',
    ]);
  });

  it('reads a clause closed by its speaker and a short phrase without a verb', () => {
    const text =
      'Talks between the railroads and the unions broke down on Thursday, union leaders said, a week before a strike deadline.';
    expect(items(text)).toEqual([
      'union leaders (group) | reported | Talks between the railroads and the unions broke down on Thursday',
    ]);
  });

  it('reads "according to" a source followed by the words that describe it', () => {
    expect(
      items('Factory output contracted in September, according to a survey released on Monday by the bank.'),
    ).toEqual(['a survey (document) | reported | Factory output contracted in September']);
    expect(
      items('The inquiry had found little evidence, according to several officials briefed on the case.'),
    ).toEqual([
      'several officials briefed on the case (group) | reported | The inquiry had found little evidence',
    ]);
  });

  it('counts one unnamed official as a person', () => {
    expect(items('A senior official said the talks would resume next week.')).toEqual([
      'A senior official (person) | reported | the talks would resume next week',
    ]);
  });

  it('resolves "they" to the group that spoke last', () => {
    const text = 'Federal mediators said the talks had stalled. They said a deal was still possible.';
    expect(items(text)).toEqual([
      'Federal mediators (group) | reported | the talks had stalled',
      'Federal mediators (group) | reported | a deal was still possible',
    ]);
  });
});
