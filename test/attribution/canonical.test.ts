import { describe, expect, it } from 'vitest';
import { canonicalizeSpeakers } from '../../src/answers/attribution/index.js';

describe('canonicalizeSpeakers', () => {
  it('maps a role-prefixed name, the full name and the surname to the full name', () => {
    const m = canonicalizeSpeakers(['National Security Council spokesman John Kirby', 'John Kirby', 'Kirby']);
    expect([...m.entries()]).toEqual([
      ['National Security Council spokesman John Kirby', 'John Kirby'],
      ['John Kirby', 'John Kirby'],
      ['Kirby', 'John Kirby'],
    ]);
  });

  it('strips honorifics and titles', () => {
    const m = canonicalizeSpeakers(['Sen. Patty Murray', 'Murray', 'President Joe Biden', 'Biden']);
    expect(m.get('Sen. Patty Murray')).toBe('Patty Murray');
    expect(m.get('Murray')).toBe('Patty Murray');
    expect(m.get('President Joe Biden')).toBe('Joe Biden');
    expect(m.get('Biden')).toBe('Joe Biden');
  });

  it('leaves a surname shared by two people as it is', () => {
    const m = canonicalizeSpeakers(['Hillary Clinton', 'Bill Clinton', 'Clinton']);
    expect(m.get('Clinton')).toBe('Clinton');
    expect(m.get('Hillary Clinton')).toBe('Hillary Clinton');
  });

  it('keeps a father and a son apart', () => {
    const m = canonicalizeSpeakers(['Donald Trump', 'Donald Trump Jr.', 'Trump Jr.']);
    expect(m.get('Donald Trump')).toBe('Donald Trump');
    expect(m.get('Trump Jr.')).toBe('Donald Trump Jr.');
  });

  it('groups organisations regardless of a leading "the"', () => {
    const m = canonicalizeSpeakers(['the White House', 'The White House', 'White House']);
    expect(new Set(m.values())).toEqual(new Set(['the White House']));
  });

  it('maps names it cannot read to themselves', () => {
    const m = canonicalizeSpeakers(['a United States official', '']);
    expect(m.get('a United States official')).toBe('a United States official');
    expect(m.get('')).toBe('');
  });
});
