import type { Article } from '../../articles/article.js';
import type { DraftDifference } from '../answer.js';
import { numberDifferences } from './number-differences.js';
import { quoteDifferences } from './quote-differences.js';

/** At most this many notes per answer: the section stays a short aside. */
const MAX_DIFFERENCES = 5;

/**
 * Where outlets covering one story differ: figures for the same quantity, quotes given to different
 * speakers, one speaker's quote worded differently. Built for precision: a note appears only when
 * both sides clearly talk about the same thing. Syndicated copies are not separate outlets.
 */
export function findDifferences(articles: readonly Article[]): DraftDifference[] {
  const originals = articles.filter((a) => a.duplicateOf === null);
  return [...quoteDifferences(originals), ...numberDifferences(originals)].slice(0, MAX_DIFFERENCES);
}
