import { describe, expect, it } from 'vitest';
import { findQuotePieces } from '../../src/answers/attribution/quotes.js';

const inner = (text: string): string[] =>
  findQuotePieces(text).map((q) => text.slice(q.inner.start, q.inner.end));

describe('findQuotePieces', () => {
  it('pairs straight and curly marks and drops the comma before the closing mark', () => {
    expect(inner('"One," he said. “Two,” she said.')).toEqual(['One', 'Two']);
  });

  it('counts doubled marks as one', () => {
    expect(inner('could involve ""significant quantities"" of munitions')).toEqual([
      'significant quantities',
    ]);
  });

  it('skips a stray closing mark and keeps the pairs after it', () => {
    expect(inner('He was 6 feet" tall. Then "hello" she said.')).toEqual(['hello']);
  });

  it('drops an opening mark that is never closed in a paragraph of its own', () => {
    expect(inner('He said "we will go.\n\nThe end.')).toEqual([]);
  });

  it('continues a quotation into a paragraph that re-opens it, in one group', () => {
    const text = '"First part.\n\n"Second part," he said.';
    const qs = findQuotePieces(text);
    expect(qs.map((q) => text.slice(q.inner.start, q.inner.end))).toEqual(['First part.', 'Second part']);
    expect(qs[0]!.group).toBe(qs[1]!.group);
    expect(qs[0]!.continues).toBe(true);
  });

  it('keeps single quotes inside a double-quoted stretch', () => {
    expect(inner(`"He told me 'never' twice," she said.`)).toEqual([`He told me 'never' twice`]);
  });
});
