import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  BANDS,
  estimateJaccard,
  fingerprint,
  isNearDuplicate,
  jaccard,
  minhash,
  NUM_HASHES,
  shingles,
  words,
} from '../../src/articles/near-duplicate.js';
import { BRIDGE_TEXT, lightlyEdited, SCHOOL_TEXT } from './fixtures.js';

describe('near-duplicate detection', () => {
  it('splits words ignoring case, punctuation and diacritics', () => {
    expect(words('Café — "Déjà vu," she SAID; 48,000 cars.')).toEqual([
      'cafe',
      'deja',
      'vu',
      'she',
      'said',
      '48',
      '000',
      'cars',
    ]);
  });

  it('makes one shingle per five-word window, and one for a shorter text', () => {
    expect(shingles('one two three four five six seven').size).toBe(3);
    expect(shingles('just three words').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });

  it('is deterministic: the same text always gets the same signature and band keys', () => {
    const a = fingerprint(BRIDGE_TEXT);
    const b = fingerprint(BRIDGE_TEXT.slice());
    expect(a.bands).toEqual(b.bands);
    expect(a.bands).toHaveLength(BANDS);
    expect(minhash(a.shingles)).toHaveLength(NUM_HASHES);
    expect(a.bands.every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
  });

  it('ignores formatting differences entirely', () => {
    const reflowed = BRIDGE_TEXT.replace(/\n\n/g, ' ').toUpperCase();
    expect(jaccard(shingles(BRIDGE_TEXT), shingles(reflowed))).toBe(1);
  });

  it('finds a lightly edited copy nearly the same and shares a band key with it', () => {
    const a = fingerprint(BRIDGE_TEXT);
    const b = fingerprint(lightlyEdited(BRIDGE_TEXT));
    const j = jaccard(a.shingles, b.shingles);
    expect(j).toBeGreaterThanOrEqual(0.8);
    expect(j).toBeLessThan(1);
    expect(isNearDuplicate(a.shingles, b.shingles)).toBe(true);
    expect(a.bands.some((k) => b.bands.includes(k))).toBe(true);
    expect(Math.abs(estimateJaccard(minhash(a.shingles), minhash(b.shingles)) - j)).toBeLessThan(0.15);
  });

  it('keeps different stories apart', () => {
    const a = fingerprint(BRIDGE_TEXT);
    const b = fingerprint(SCHOOL_TEXT);
    expect(jaccard(a.shingles, b.shingles)).toBe(0);
    expect(isNearDuplicate(a.shingles, b.shingles)).toBe(false);
    expect(a.bands.some((k) => b.bands.includes(k))).toBe(false);
  });

  it('does not treat half of an article as the same text', () => {
    const half = BRIDGE_TEXT.slice(0, Math.floor(BRIDGE_TEXT.length / 2));
    expect(isNearDuplicate(shingles(BRIDGE_TEXT), shingles(half))).toBe(false);
  });

  it('gives very short texts no band keys', () => {
    expect(fingerprint('Breaking news tonight.').bands).toEqual([]);
    expect(bandKeys(minhash(shingles('a b c d e f')))).toHaveLength(BANDS);
  });
});
