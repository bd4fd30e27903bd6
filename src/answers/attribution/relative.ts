import type { ReadContext } from './context.js';
import { parsePhrase } from './names.js';
import type { SpeakerWords } from './speaker-words.js';
import { tokenize } from './tokens.js';

/** The main verb that takes the sentence up again after a relative clause: ", voted", ", said on Friday". */
const MAIN_VERB =
  /,["”]?\s+(?:(?:also|then|later|still|now|[a-z]+ly)\s+)?(?:(?:has|have|had|will|would)\s+)?(?:said|says|told|wrote|went|made|took|gave|won|lost|met|sent|spoke|became|began|kept|held|brought|is|was|has|had|[a-z]{3,}ed)\b/;

/**
 * Where a relative clause that starts at `from` ends: before the comma that hands back to the main
 * clause ("Sorensen, who argued that …, voted for the budget"). `end` when no such comma follows.
 */
export function relativeEnd(text: string, from: number, end: number): number {
  const m = MAIN_VERB.exec(text.slice(from, end));
  if (m === null) return end;
  // `… "within reach," conceded`: the quotation closes after the comma and stays whole.
  return from + m.index + (/^,["”]/.test(m[0]) ? 2 : 0);
}

/** True when the speaker words end in ", who" / ", which": the cue is inside a relative clause. */
export function opensRelative(text: string, npEnd: number, cueStart: number): boolean {
  return /^\s*,\s*(?:who|which)\b/.test(text.slice(npEnd, cueStart));
}

const AFTER_RELATIVE =
  /[,”"]\s*(?:(?:also|then|later|still|[a-z]+ly|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*$/;

/**
 * The subject of a cue that closes a relative clause: in `Pena, who predicted that a deal was "within
 * reach," conceded …` the speaker of "conceded" is Pena, though a quotation stands right before the cue.
 */
export function relativeAntecedent(ctx: ReadContext, subject: number, cueStart: number): SpeakerWords | null {
  const { text } = ctx;
  const head = text.slice(subject, cueStart);
  const m = /^([^,;:"“”]{2,100}?),?\s+(?:who|which)\s+\S/.exec(head);
  if (m === null || !AFTER_RELATIVE.test(head.slice(m[0].length))) return null;
  const toks = tokenize(text, subject, subject + m[1]!.length);
  if (toks.length === 0 || toks.length > 10 || parsePhrase(text, toks) === null) return null;
  return { toks, appositive: null };
}
