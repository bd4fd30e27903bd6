import type { ChronoValue } from './precision.js';

// A bare year only counts after a word that makes it a time: "in 2020", "by 2011", "late 2019", "mid-2009",
// "scheduled for 2024".
// "the 2016 election", "2,000 jobs" and "30 Years" never match. "2010-11" (a season or fiscal year) keeps its first year.
const YEAR_RE =
  /\b(?:in|by|during|since|until|till|through|from|of|before|after|around|early|late|mid|throughout|the\s+year|(?:scheduled|set|planned|slated|due|expected|targeted)\s+for)[\s-]+((?:1[89]|20)\d\d)(?:[-–/](\d\d(?:\d\d)?))?\b(?![,.]\d)/gi;

// "in 2000 cases" is a count, not a year.
const COUNT_NOUN_RE =
  /^\s+(?:people|persons|jobs|troops|votes|voters|units|cars|vehicles|homes|houses|workers|employees|soldiers|cases|deaths|dollars|euros|pounds|miles|kilometers|km|feet|meters|metres|tons|tonnes|barrels|shares|points|percent|times|pages|words|members|seats|students|children|patients|aircraft|planes|copies|users|customers|positions|suppliers|residents|refugees|signatures|acres|hectares|rooms|beds|calories|kg)\b|^\s*%/i;

const OF_PERIOD_RE =
  /\b(?:end|start|beginning|middle|half|quarter|part|rest|course|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\s+$/i;

// "told the show in a 2013 interview": what was said then, unlike "deleted a 2011 tweet" (deleted later)
const OCCASION_RE =
  /\bin\s+(?:a|an|the|his|her|its|their)\s+((?:1[89]|20)\d\d)\s+(?=(?:interview|speech|statement|letter|memo|email|e-mail|op-ed|column|article|book|report|testimony|deposition|broadcast|appearance|address|post|video|podcast)s?\b)/gi;

/** Years standing as times in a sentence ("in 2006", "by 2010-11", "in a 2013 interview"), year precision. No reference needed. */
export function yearValues(sentence: string): ChronoValue[] {
  const out: ChronoValue[] = [];
  for (const m of sentence.matchAll(OCCASION_RE)) {
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, value: { year: Number(m[1]) } });
  }
  for (const m of sentence.matchAll(YEAR_RE)) {
    const end = m.index + m[0].length;
    // "of 2008" is a time only after a period word ("the spring of 2008", "the end of 2008"), not in "the Act of 1934"
    if (/^of\b/i.test(m[0]) && !OF_PERIOD_RE.test(sentence.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    if (COUNT_NOUN_RE.test(sentence.slice(end))) continue;
    const yearStart = m.index + m[0].indexOf(m[1]!);
    out.push({ start: yearStart, end, value: { year: Number(m[1]) } });
  }
  return out;
}
