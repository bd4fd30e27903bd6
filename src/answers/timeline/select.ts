import { wordAfter, wordBefore } from './context.js';
import type { SentenceCandidate } from './candidates.js';

const ATTRIBUTION = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'noted', 'tweeted']);
// an attribution verb up to three words back, with no clause break or verb in between
// ("told reporters last Friday", "said in a statement on Tuesday", not "said the ward closed in March")
const ATTRIBUTION_NEAR_RE =
  /\b(?:said|says|told|added|stated|wrote|noted|tweeted)\b(?:\s+(?![a-z]+ed\b|(?:is|are|was|were|will|would|had|has|have|began|begun|came|went|took|made|won|lost|met|left|fell|rose)\b)[^\s,;:.!?]+){0,3}\s+$/i;

/**
 * How weakly a date governs its sentence's main event: 0 is a plain time adverbial ("In July, …",
 * "on June 18 called"); 1 is a date of the attribution ("said Tuesday"), an attributive modifier
 * ("the Nov. 8 election") or a weekday possessive ("Sunday night's debate"); 1.5 is a date in a side
 * clause ("Smith, who joined in 2010, resigned on Friday") or a condition ("if she wins next week"); 2 is any other possessive
 * ("last year's bill", "today's plan"): it dates a noun, seldom the sentence's event, so it is never chosen.
 */
function weakness(sentence: string, c: SentenceCandidate): number {
  if (/^['’]s\b/.test(sentence.slice(c.end))) {
    // "Sunday night's debate" names the recent event the sentence is about; "last year's bill" does not
    return /(day|night|morning|afternoon|evening)$/i.test(sentence.slice(c.coreStart, c.end)) &&
      !/today|tomorrow/i.test(sentence.slice(c.coreStart, c.end))
      ? 1
      : 2;
  }
  if (inSideClause(sentence, c) || inCondition(sentence, c)) return 1.5;
  const before = wordBefore(sentence, c.start).toLowerCase();
  const after = wordAfter(sentence, c.end).toLowerCase();
  if (ATTRIBUTION.has(before) || ATTRIBUTION.has(after)) return 1;
  // "told reporters last Friday that …", "said in a statement on Tuesday": the date of the telling
  const lead = sentence.slice(Math.max(0, c.start - 40), c.start);
  if (ATTRIBUTION_NEAR_RE.test(lead) || after === 'that') return 1;
  if ((before === 'the' || before === 'a') && c.start === c.coreStart && /^[a-z]/.test(after)) return 1;
  return 0;
}

// Openers of a comma-bounded side clause: "Smith, who joined in 2010, resigned …", "Born in 1946, the senator …".
const SIDE_CLAUSE_RE =
  /^\s*(?:who|which|whose|where|born|published|founded|built|established|created|elected|appointed|released|issued|signed|launched|originally|initially|previously|formerly|once)\b/i;

/** True when the date sits in a side clause closed by a comma, so the sentence's main event is elsewhere. */
function inSideClause(sentence: string, c: SentenceCandidate): boolean {
  const open = sentence.lastIndexOf(',', c.start) + 1;
  const close = sentence.indexOf(',', c.end);
  return close !== -1 && SIDE_CLAUSE_RE.test(sentence.slice(open, c.start));
}

// "if she is elected next week": a condition, not an event, as long as no clause break comes between
const CONDITION_BEFORE_RE = /\b(?:if|unless|whether)\b[^,;:]{0,60}$/i;

/** True when the date sits in a conditional clause ("could be impeached if she is elected next week"). */
function inCondition(sentence: string, c: SentenceCandidate): boolean {
  return CONDITION_BEFORE_RE.test(sentence.slice(Math.max(0, c.start - 70), c.start));
}

/**
 * The one date a sentence is filed under: the first of the dates that govern it most plainly (a
 * possessive other than a weekday's is never chosen). One item per sentence keeps a timeline from
 * showing the same sentence twice under different dates ("In July … since the onset of the pandemic
 * in 2020" is a July event).
 */
export function governingCandidate(
  sentence: string,
  found: readonly SentenceCandidate[],
): SentenceCandidate | null {
  let best: SentenceCandidate | null = null;
  let bestWeakness = 2;
  for (const c of found) {
    const w = weakness(sentence, c);
    if (w < bestWeakness) [best, bestWeakness] = [c, w];
  }
  return best;
}
