import type { StoryCoverage } from '../retrieval/index.js';

/** "Covered by 5 outlets (12 articles, 2025-03-03 to 2025-03-12)." for answers over a story. */
export function storyCoverageNote(s: StoryCoverage): string {
  const outlets = s.outlets.length === 1 ? '1 outlet' : `${s.outlets.length} outlets`;
  const articles = s.articles.length === 1 ? '1 article' : `${s.articles.length} articles`;
  const span = s.first === s.last ? s.first : `${s.first} to ${s.last}`;
  return `Covered by ${outlets} (${articles}, ${span}).`;
}
