import type { Tense } from './types.js';

// Cues for a planned or expected event. Checked before the past cues at the same position.
const FUTURE_CUES = [
  String.raw`will`,
  String.raw`won't`,
  String.raw`shall`,
  String.raw`\w+'ll`,
  String.raw`going to`,
  String.raw`(?:is|are|was|were|be|been)\s+(?:scheduled|expected|set|due|slated|poised|planning|planned|to)`,
  String.raw`plans?\s+to`,
  String.raw`planning`,
  String.raw`intends?\s+to`,
  String.raw`scheduled`,
  String.raw`slated`,
  // simple-present scheduling verbs: news uses them for what is on the calendar ("the window closes on Sept. 2")
  String.raw`(?:opens|begins|starts|ends|finishes|concludes|closes|expires|resumes|convenes|arrives|launches|meets|faces|hosts|plays|play|heads\s+to|travels\s+to|kicks\s+off|takes\s+effect|goes\s+into\s+effect)`,
  String.raw`planned\s+(?:to|for)`,
  String.raw`prepar(?:e|es|ing)`,
  String.raw`would`,
  String.raw`(?:could|might|may)(?!\s+(?:not\s+)?have\b)`,
  String.raw`upcoming`,
  String.raw`to be held`,
  String.raw`aims?\s+to`,
  String.raw`hopes?\s+to`,
  String.raw`expects?\s+to`,
  String.raw`wants?\s+to`,
  String.raw`intend(?:s|ing)?\s+to`,
];
// Cues for something already done. "-ed" verbs are lower-case only, so "United" or "Ted" are not cues.
const PAST_CUES = [
  String.raw`said`,
  String.raw`told`,
  String.raw`was`,
  String.raw`were`,
  String.raw`had`,
  String.raw`did`,
  String.raw`ago`,
  String.raw`took`,
  String.raw`made`,
  String.raw`met`,
  String.raw`won`,
  String.raw`lost`,
  String.raw`began`,
  String.raw`came`,
  String.raw`went`,
  String.raw`left`,
  String.raw`held`,
  String.raw`gave`,
  String.raw`saw`,
  String.raw`sent`,
  String.raw`spent`,
  String.raw`brought`,
  String.raw`fell`,
  String.raw`rose`,
  String.raw`[a-z]{2,}ed`,
];
const NOT_VERBS = new Set([
  'need',
  'speed',
  'seed',
  'feed',
  'indeed',
  'hundred',
  'bed',
  'red',
  'shed',
  'bred',
  'breed',
  'greed',
  'deed',
  'weed',
]);

const CUE_RE = new RegExp(`\\b(?:(${FUTURE_CUES.join('|')})|(${PAST_CUES.join('|')}))\\b`, 'g');

interface Cue {
  index: number;
  end: number;
  tense: Exclude<Tense, 'unknown'>;
}

// An "-ed" participle after an auxiliary ("will be lifted", "to have it contained") takes its tense from
// the auxiliary, so it is not a cue itself.
// A perfect ("has refrained") stays a past cue.
const AUX_BEFORE_RE =
  /\b(?:be|been|being|get|gets|got|to|will|would|could|should|may|might|must|(?:to|will|would|could|should|may|might|must)\s+have)\b(?:\s+\S+){0,3}\s+$/i;

function cues(sentence: string): Cue[] {
  const out: Cue[] = [];
  for (const m of sentence.matchAll(CUE_RE)) {
    if (m[2] !== undefined && NOT_VERBS.has(m[2].toLowerCase())) continue;
    if (
      m[2] !== undefined &&
      /ed$/i.test(m[2]) &&
      AUX_BEFORE_RE.test(sentence.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    out.push({ index: m.index, end: m.index + m[0].length, tense: m[1] !== undefined ? 'future' : 'past' });
  }
  return out;
}

/**
 * The tense governing a date expression at [start, end) of a sentence: the nearest cue before it
 * ("said Tuesday" → past, "will visit Ohio on Friday" → future), else the first cue after it
 * ("On Friday, the board will vote"), else unknown. Crude by design; callers treat unknown as past,
 * which is what news prose usually is.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const all = cues(sentence);
  let before: Cue | undefined;
  for (const c of all) if (c.end <= start) before = c;
  if (before) return before.tense;
  const after = all.find((c) => c.index >= end);
  return after ? after.tense : 'unknown';
}
