import { isHabitual } from './context.js';
import { resolveSeasonYear, seasonCode } from './seasons.js';
import { tenseAt } from './tense.js';
import type { RefDay } from './types.js';
import type { ChronoValue } from './precision.js';

// "this summer", "last fall", "the spring of 2022", "Summer 2021", "in the fall". chrono knows no seasons.
const SEASON_RE =
  /\b(?:(this(?:\s+past|\s+coming)?|the\s+coming|the\s+past|coming|last|next|the|this\s+year's|last\s+year's|next\s+year's)\s+)?(spring|summer|autumn|fall|winter)\b(?:(?:\s+of)?\s+((?:1[89]|20)\d\d)\b)?/gi;

// Season words that name something else: "winter storm", "spring training", "the fall of Rome".
const NOT_A_TIME_AFTER =
  /^(?:\s*(?:olympics|games|storm|storms|break|training|semester|term|session|collection|clothing|weather|solstice|equinox|wheat|of\s+(?!(?:1[89]|20)\d\d))\b)/i;

/**
 * Season expressions in a sentence, resolved to EDTF seasons. A season needs a year: either written
 * ("summer of 2022") or taken from the publication day ("earlier this summer" → summer of that year).
 * With no publication day a year-less season is dropped, because `XXXX-22` is not standard EDTF.
 */
export function seasonValues(sentence: string, ref: RefDay | null): ChronoValue[] {
  const out: ChronoValue[] = [];
  for (const m of sentence.matchAll(SEASON_RE)) {
    const det = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
    const word = m[2]!;
    const explicitYear = m[3] !== undefined ? Number(m[3]) : null;
    const start = m.index;
    const end = start + m[0].length;
    const wordStart = start + m[0].toLowerCase().indexOf(word.toLowerCase(), det?.length ?? 0);
    if (explicitYear === null && NOT_A_TIME_AFTER.test(sentence.slice(end))) continue;
    // Capitalised mid-sentence without a year is a name ("Arab Spring", "Fall River").
    if (
      explicitYear === null &&
      /^\p{Lu}/u.test(word) &&
      wordStart > 0 &&
      !/^(the|this|last|next)\b/i.test(m[0])
    )
      continue;
    // "fall" and "spring" are also verbs and nouns: demand a determiner or a year, or a preposition before.
    const prep =
      /\b(in|during|by|until|since|through|over|throughout|for|early|late|mid|earlier|later)[\s-]+$/i.test(
        sentence.slice(Math.max(0, start - 12), start),
      );
    if (explicitYear === null && det === null && !prep) continue;
    // "The fall is always a gamble": a bare "the" season with no preposition is generic, not a time
    if (explicitYear === null && det === 'the' && !prep) continue;
    const code = seasonCode(word)!;
    let year = explicitYear;
    if (year === null) {
      if (ref === null || isHabitual(sentence, start)) continue;
      const modifier =
        det === null || det === 'the'
          ? null
          : det.startsWith('last') || det.endsWith('past')
            ? 'last'
            : det.startsWith('next') || det.endsWith('coming')
              ? 'next'
              : 'this';
      const lead = /\b(earlier|later)\s+$/i
        .exec(sentence.slice(Math.max(0, start - 10), start))?.[1]
        ?.toLowerCase();
      const tense = lead === 'earlier' ? 'past' : lead === 'later' ? 'future' : tenseAt(sentence, start, end);
      year = resolveSeasonYear({ code, modifier, tense, ref });
    }
    out.push({ start, end, value: { year, season: code } });
  }
  return out;
}
