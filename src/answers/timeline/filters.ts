import type { ParsedResult } from 'chrono-node';
import { wordAfter, wordBefore } from './context.js';

const MONTH_WORD_RE =
  /^(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const FULL_WEEKDAY_RE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const WEEKDAY_TOKEN_RE =
  /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?/i;

// Words that may stand right before a bare month name when it really is a month ("in March", "late May").
const MONTH_LEAD = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'of',
  'through',
  'from',
  'before',
  'after',
  'between',
  'and',
  'or',
  'to',
  'throughout',
  'around',
  'that',
  'as',
]);

// "the Sept. 11 attacks", "9/11" style anniversaries name an old event, not one in this article's year.
const ANNIVERSARY_NOUNS = new Set([
  'attack',
  'attacks',
  'attackers',
  'hijackers',
  'terror',
  'terrorist',
  'commission',
  'memorial',
  'anniversary',
]);

// chrono wordings that are durations, weeks or anaphora ("the day before" is relative to another event, not to publication).
const VAGUE_RE =
  /\b(weeks?|weekends?|fortnight|earlier|later|before|after|afterwards?|following|previous|prior|within)\b|\b(?:past|last|next|coming)\s+(?:(?:few|several|couple|many|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?:days|months|years|decades)\b|\bpast\s+(?:day|month|year|decade)\b/i;

// "for about 15 minutes", "in three days", "two hours": lengths of time, or points too loosely anchored to date.
const DURATION_RE =
  /^for\b|\b(?:minutes?|hours?|seconds?)\b(?!\s+ago)|^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+days?\b/i;

/**
 * Why a chrono match is not a usable date, or null when it is. Guards against the classic false
 * positives: "a march", "Theresa May", "the Sun", "24/7", "9/11", times alone ("at 5", "noon"),
 * "now", week-sized or anaphoric expressions ("next week", "a day earlier"), whose honest precision
 * is not one of ours.
 */
export function chronoRejection(sentence: string, r: ParsedResult, coreText: string): string | null {
  const s = r.start;
  const tags = r.tags();
  if (tags.has('casualReference/now')) return 'now';
  // "cars of tomorrow", "the world of today": generic, not a day
  if (
    /^(today|tomorrow|tonight)$/i.test(coreText) &&
    /\bof\s+$/i.test(sentence.slice(Math.max(0, r.index - 4), r.index))
  )
    return 'generic today';
  if (!s.isCertain('year') && !s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday')) {
    // "the afternoon on Monday": chrono keeps the time and drops the weekday the words name
    if (FULL_WEEKDAY_RE.test(coreText)) return weekdayRejection(sentence, r, coreText);
    return /^(this\s+(morning|afternoon|evening)|tonight)$/i.test(coreText) ? null : 'time only';
  }
  if (VAGUE_RE.test(coreText)) return 'vague or anaphoric';
  // "in the year" is not a year from now; "later in the year" is read by period-text.ts
  if (/^in\s+the\s+(?:year|month)$/i.test(coreText)) return 'period without a date';
  if (DURATION_RE.test(coreText)) return 'duration';
  // "in the last month", "over the past year": a stretch of time ending now, not a month or a year
  if (
    /^(last|past|next)\b/i.test(coreText) &&
    /\bthe\s+$/i.test(sentence.slice(Math.max(0, r.index - 5), r.index))
  )
    return 'duration';
  // inside markup: <tweet datetime="2016-11-07">
  if (/=\s*["']$/.test(sentence.slice(Math.max(0, r.index - 3), r.index))) return 'markup attribute';
  if (tags.has('parser/SlashDateFormatParser') && !s.isCertain('year')) return 'slash date without year';
  const after = wordAfter(sentence, r.index + r.text.length).toLowerCase();
  if (ANNIVERSARY_NOUNS.has(after)) return 'anniversary name';
  if (s.isCertain('weekday') && !s.isCertain('day')) return weekdayRejection(sentence, r, coreText);
  const bare = coreText.replace(/^(on|in)\s+/i, '');
  if (MONTH_WORD_RE.test(bare)) {
    const word = bare.replace(/\.$/, '');
    if (word[0] !== word[0]!.toUpperCase()) return 'lower-case month word';
    const lead = wordBefore(sentence, r.index + (coreText.length - bare.length)).toLowerCase();
    const ownLead = bare !== coreText; // chrono kept "in"/"on" itself
    if (!ownLead && !MONTH_LEAD.has(lead) && !scheduledFor(sentence, r.index, lead))
      return 'month word without a date context';
  }
  return null;
}

// "scheduled for May", "set for July": "for" makes a month a date only after a scheduling word ("support for May" is a name).
const SCHEDULED_FOR_RE =
  /\b(?:scheduled|set|planned|slated|due|expected|pencil+ed|booked|targeted|timed|called|pushed\s+back|postponed|moved|delayed)\s+for\s+$/i;

function scheduledFor(sentence: string, monthStart: number, lead: string): boolean {
  return lead === 'for' && SCHEDULED_FOR_RE.test(sentence.slice(Math.max(0, monthStart - 30), monthStart));
}

const NAME_PREFIXES = new Set([
  'news',
  'super',
  'black',
  'good',
  'ash',
  'holy',
  'cyber',
  'easter',
  'palm',
  'bloody',
  'giving',
  'maundy',
  'shrove',
  'whit',
  'fat',
  'manic',
]);
const NAME_SUFFIXES = new Set([
  'times',
  'telegraph',
  'mail',
  'express',
  'herald',
  'post',
  'mirror',
  'sport',
  'people',
  'group',
  'club',
  'agreement',
  'massacre',
  'show',
  'edition',
  'review',
  'magazine',
  'football',
  'night',
  'morning',
  'mass',
  'school',
]);

function weekdayRejection(sentence: string, r: ParsedResult, coreText: string): string | null {
  const full = FULL_WEEKDAY_RE.exec(coreText);
  if (!full) return WEEKDAY_TOKEN_RE.test(coreText) ? 'abbreviated weekday' : null;
  if (full[1]![0] !== full[1]![0]!.toUpperCase()) return 'lower-case weekday';
  const dayStart = r.index + full.index;
  const before = wordBefore(sentence, dayStart);
  const after = wordAfter(sentence, dayStart + full[1]!.length);
  // "Super Tuesday", "Good Friday", "The Sunday Times": part of a name, not a day of this article's week
  const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
  if (capitalised(before) && NAME_PREFIXES.has(before.toLowerCase())) return 'weekday inside a name';
  if (capitalised(after) && NAME_SUFFIXES.has(after.toLowerCase())) return 'weekday inside a name';
  return null;
}
