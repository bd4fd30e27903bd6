import { describe, expect, it } from 'vitest';
import { canonicalizeSpeakers } from '../../src/answers/attribution/index.js';
import { attributions } from './helpers.js';

const speakers = (text: string): string[] => [...new Set(attributions(text).map((a) => a.speaker))];

describe('one organisation under several names', () => {
  it('takes an acronym given in parentheses to be the organisation before it', () => {
    const text =
      'Singapore Airlines (SIA) took delivery of the jet on Monday.\n\nSIA said the delays were disappointing.';
    expect(speakers(text)).toEqual(['Singapore Airlines']);
  });

  it('takes an acronym of the initials to be the organisation named in full', () => {
    const text =
      'The Federal Aviation Administration opened an inquiry on Sunday.\n\nThe FAA said it would issue a final report within a year.';
    expect(speakers(text)).toEqual(['the Federal Aviation Administration']);
  });

  it('takes "the DOJ" and "the Justice Department" to be the Department of Justice', () => {
    const text =
      'The Department of Justice opened an inquiry in May.\n\nThe DOJ said the inquiry was at an early stage. The Justice Department said it would not comment further.';
    expect(speakers(text)).toEqual(['the Department of Justice']);
  });

  it('groups the names across articles under the full name', () => {
    const m = canonicalizeSpeakers([
      'the DOJ',
      'the Justice Department',
      'the Department of Justice',
      'F.B.I.',
      'the FBI',
      'the Federal Bureau of Investigation',
    ]);
    expect(m.get('the DOJ')).toBe('the Justice Department');
    expect(m.get('the Department of Justice')).toBe('the Justice Department');
    expect(m.get('F.B.I.')).toBe('the Federal Bureau of Investigation');
    expect(m.get('the FBI')).toBe('the Federal Bureau of Investigation');
  });

  it('keeps organisations whose initials differ apart', () => {
    const m = canonicalizeSpeakers(['the DOT', 'the Department of Justice', 'the CIA', 'the FBI']);
    expect(new Set(m.values()).size).toBe(4);
  });
});
