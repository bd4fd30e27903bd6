import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/store/sqlite/search/query-parse.js';
import { planAnd, planOr, queryElements } from '../../src/store/sqlite/search/plan.js';

describe('reading search syntax', () => {
  it('reads quoted phrases, prefixes and plain words', () => {
    expect(parseQuery('"Central Bank" rate* Lagarde')).toEqual({
      phrases: [['central', 'bank']],
      terms: ['lagarde'],
      prefixes: ['rate'],
    });
  });
  it('treats an unbalanced quote as punctuation', () => {
    expect(parseQuery('"a b" "c d')).toEqual({ phrases: [['a', 'b']], terms: ['c', 'd'], prefixes: [] });
    expect(parseQuery('say "hello')).toEqual({ phrases: [], terms: ['say', 'hello'], prefixes: [] });
  });
  it('keeps written words with inner punctuation together as phrases', () => {
    expect(parseQuery('e-mail U.S. 48,000').phrases).toEqual([
      ['e', 'mail'],
      ['u', 's'],
      ['48', '000'],
    ]);
  });
  it('reads operators and syntax characters as plain words', () => {
    expect(parseQuery('NEAR(a b) title:x -y OR z').terms).toEqual([
      'near',
      'a',
      'b',
      'title',
      'x',
      'y',
      'or',
      'z',
    ]);
  });
  it('folds case and diacritics like the index', () => {
    expect(parseQuery('Ångström CAFÉ').terms).toEqual(['angstrom', 'cafe']);
  });
});

describe('planning a search', () => {
  const df = (counts: Record<string, number>) => ({
    windowFrom: 1000,
    docFrequency: (e: { tokens: string[] }) => Math.min(...e.tokens.map((t) => counts[t] ?? 0)),
  });

  it('quotes every token so the expression is always valid FTS5', () => {
    const els = queryElements(parseQuery('"bank of england" rate* NOT x'));
    expect(planAnd(els, df({}))!.match).toBe('"bank of england" AND "x" AND "rate"*');
  });
  it('drops stop words unless they are all there is', () => {
    expect(queryElements(parseQuery('what is the rate')).map((e) => e.fts)).toEqual(['"rate"']);
    expect(queryElements(parseQuery('to be or not')).map((e) => e.fts)).toEqual([
      '"to"',
      '"be"',
      '"or"',
      '"not"',
    ]);
  });
  it('ranks a window of candidates only when even the rarest word is very common', () => {
    const els = queryElements(parseQuery('said people mayor'));
    expect(planAnd(els, df({ said: 90_000, people: 80_000, mayor: 300 }))!.windowed).toBe(false);
    expect(planAnd(els, df({ said: 90_000, people: 80_000, mayor: 5_000 }))!.windowed).toBe(true);
  });
  it('falls back to any word, without the very common ones when rarer ones remain', () => {
    const els = queryElements(parseQuery('said mayor bridge'));
    expect(planOr(els, df({ said: 90_000, mayor: 300, bridge: 20 }))).toEqual({
      match: '"mayor" OR "bridge"',
      mode: 'or',
      estimate: 320,
      windowed: false,
    });
    expect(planOr(queryElements(parseQuery('mayor')), df({}))).toBeNull();
  });
});
