import { describe, it, expect } from 'vitest';
import { parseConsoleLine } from '../../src/cli/console/parse.js';

const grammar = {
  search: ['query', 'since', 'until', 'outlet', 'limit'],
  summarize: ['query', 'article', 'since'],
  'article show': ['id'],
  stats: [],
};

describe('console line parsing', () => {
  it('reads an option value up to the next known option name', () => {
    expect(parseConsoleLine('/search query:kim putin since:2023-07-01', grammar)).toEqual({
      command: 'search',
      options: { query: ['kim putin'], since: ['2023-07-01'] },
    });
  });

  it('keeps a colon inside a value when it is not a known option name', () => {
    expect(parseConsoleLine('/search query:note: this outlet:AP', grammar).options).toEqual({
      query: ['note: this'],
      outlet: ['AP'],
    });
  });

  it('strips surrounding quotes from a value', () => {
    expect(parseConsoleLine('/search query:"since: the start" limit:3', grammar).options).toEqual({
      query: ['since: the start'],
      limit: ['3'],
    });
  });

  it('treats bare text after the command as its first option', () => {
    expect(parseConsoleLine('/search north korea', grammar).options).toEqual({ query: ['north korea'] });
  });

  it('collects a repeated option', () => {
    expect(parseConsoleLine('/summarize query:x article:a1 article:b2', grammar).options.article).toEqual([
      'a1',
      'b2',
    ]);
  });

  it('recognises a subcommand', () => {
    expect(parseConsoleLine('/article show id:abc', grammar)).toEqual({
      command: 'article show',
      options: { id: ['abc'] },
    });
  });

  it('accepts a command without the leading slash, in any case', () => {
    expect(parseConsoleLine('SEARCH query:x', grammar).command).toBe('search');
  });

  it('rejects an unknown command with a hint', () => {
    expect(() => parseConsoleLine('/frobnicate x', grammar)).toThrow(/Unknown command "\/frobnicate"/);
  });

  it('rejects bare text for a command that takes no options', () => {
    expect(() => parseConsoleLine('/stats everything', grammar)).toThrow(/takes no options/);
  });
});
