import type { Tense } from './types.js';

// Cues for a planned or expected event. Checked before the past cues at the same position.
const FUTURE_CUES = [
  String.raw`will`,
  String.raw`won't`,
  String.raw`shall`,
  String.raw`\w+'ll`,
  String.raw`going to`,
  String.raw`(?:is|are|was|were|be|been)\s+(?:(?:still|now|also|currently|originally|initially|widely)\s+)?(?:scheduled|expected|set|due|slated|poised|planning|planned|to)`,
  // "the city expected the bridge to reopen", "expects to hire": the infinitive is what is expected
  String.raw`expect(?:s|ed|ing)?(?:\s+[\w'’-]+){0,4}?\s+to(?=\s+[a-z])`,
  String.raw`(?:hope|aim|plan|intend|promise|pledge|vow|want|seek)(?:s|d|ed|ned|ing|ning)?\s+to(?=\s+[a-z])`,
  String.raw`due\s+(?:in|on|by|for|at|back|out|later|early|next|before)`,
  String.raw`should(?!\s+have\b)`,
  String.raw`must(?!\s+have\b)`,
  String.raw`ought\s+to`,
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
  // irregular past forms that are not also present forms ("put", "cut", "set", "read" are left out)
  String.raw`(?:bought|broke|built|sold|paid|caught|fought|taught|thought|found|felt|kept|led|meant|ran|rode|shot|stood|struck|threw|wrote|drove|flew|grew|knew|became|chose|drew|froze|hung|laid|lent|spoke|stole|swore|tore|woke|withdrew|underwent|fled|hid|sank|sang|rang|shook|slept|sought|wore|forgot|overtook|bore|swept|dealt|taken|given|written|spoken|chosen|broken|begun)`,
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

// Finite past forms: never a participle, so an auxiliary before them does not take over.
const FINITE_PAST_RE =
  /^(?:said|told|was|were|had|did|ago|took|made|met|won|lost|began|came|went|left|gave|saw|sent|fell|rose)$/i;
// "the renovated hall", "its revised plan": a participle after a determiner is an adjective, not a verb.
const DETERMINER_BEFORE_RE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|newly|recently)\s+$/i;
// "had planned to", "had been expected to": a plan already overtaken, which says nothing about direction.
const OVERTAKEN_PLAN_RE = /\bhad\s+(?:been\s+)?(?:(?:originally|initially|once|long)\s+)?$/i;

function cues(sentence: string): Cue[] {
  const out: Cue[] = [];
  for (const m of sentence.matchAll(CUE_RE)) {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (m[2] !== undefined) {
      const word = m[2].toLowerCase();
      if (NOT_VERBS.has(word)) continue;
      if (!FINITE_PAST_RE.test(word) && AUX_BEFORE_RE.test(before)) continue;
      if (/ed$/.test(word) && DETERMINER_BEFORE_RE.test(before)) continue;
    }
    const future = m[1] !== undefined;
    if (future && OVERTAKEN_PLAN_RE.test(before)) continue;
    out.push({ index: m.index, end: m.index + m[0].length, tense: future ? 'future' : 'past' });
  }
  return out;
}

/**
 * The tense governing a date expression at [start, end) of a sentence: the nearest cue before it
 * ("said Tuesday" → past, "will visit Ohio on Friday" → future, "expected the bridge to reopen in
 * April" → future), else the first cue after it ("On Friday, the board will vote"), else future for a
 * deadline ("by February"), else unknown. Crude by design; callers treat unknown as past,
 * which is what news prose usually is.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const all = cues(sentence);
  let before: Cue | undefined;
  for (const c of all) if (c.end <= start) before = c;
  if (before) return before.tense;
  const after = all.find((c) => c.index >= end);
  if (after) return after.tense;
  // "a decision by February": with no verb to say otherwise, a deadline lies ahead
  return DEADLINE_BEFORE_RE.test(sentence.slice(Math.max(0, start - 20), start)) ? 'future' : 'unknown';
}

const DEADLINE_BEFORE_RE = /\bby\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;
