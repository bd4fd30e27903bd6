import { describe, expect, it } from 'vitest';
import { attributions } from './helpers.js';

const items = (text: string): string[] =>
  attributions(text).map((a) => `${a.speaker} (${a.speakerKind}) | ${a.quoteKind} | ${a.quote}`);

describe('cue verbs of judgement and finding', () => {
  it('reads what is criticised or praised, with its reason, as the statement', () => {
    expect(items('Parents criticized the board for voting to close the school without a hearing.')).toEqual([
      'Parents (group) | reported | the board for voting to close the school without a hearing',
    ]);
    expect(items('The American Nursing Council praised the study as "long overdue."')).toEqual([
      `the American Nursing Council (organization) | reported | the study as "long overdue."`,
      `the American Nursing Council (organization) | direct | long overdue.`,
    ]);
    for (const v of ['criticised', 'condemned', 'denounced', 'faulted', 'slammed', 'commended', 'hailed']) {
      expect(items(`Mayor Ida Vance ${v} the council for delaying the vote again.`), v).toEqual([
        'Ida Vance (person) | reported | the council for delaying the vote again',
      ]);
    }
  });

  it('reports no statement when only the object of praise or criticism is named', () => {
    expect(items('Coach Ray Lund praised the defense, which held the Foxes scoreless for an hour.')).toEqual(
      [],
    );
    expect(
      items('A spokesman for the hospital group criticized the study, saying the sample was too small.'),
    ).toEqual(['A spokesman for the hospital group (person) | reported | the sample was too small']);
  });

  it('reads "found" as a statement of a document, or of a group only with "that"', () => {
    expect(items('The audit found the agency had overpaid its contractors.')).toEqual([
      'the audit (document) | reported | the agency had overpaid its contractors',
    ]);
    expect(items('Researchers found that night shifts doubled the risk of injury.')).toEqual([
      'Researchers (group) | reported | night shifts doubled the risk of injury',
    ]);
    expect(items('State inspectors found cracks in two support beams last week.')).toEqual([]);
    expect(items('Detective Ana Ruiz found the car abandoned near the river.')).toEqual([]);
  });

  it('reads "bemoaned" like "lamented": a statement only with "that"', () => {
    expect(items('Senator Maria Olsen bemoaned a lack of unity in her party.')).toEqual([]);
    expect(items('Senator Maria Olsen bemoaned that her party had no plan.')).toEqual([
      'Maria Olsen (person) | reported | her party had no plan',
    ]);
  });

  it('reads "explained" only with a clause, not with the thing explained', () => {
    expect(
      items("Treasury Secretary Henry Paulson explained the government's reasoning behind its plan."),
    ).toEqual([]);
    expect(
      items('Treasury Secretary Henry Paulson explained that the plan would restore confidence.'),
    ).toEqual(['Henry Paulson (person) | reported | the plan would restore confidence']);
    expect(
      items('Treasury Secretary Henry Paulson explained why the plan would restore confidence.'),
    ).toEqual(['Henry Paulson (person) | reported | why the plan would restore confidence']);
  });
});
