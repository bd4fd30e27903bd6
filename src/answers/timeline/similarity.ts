// Words that say nothing about which event a sentence reports.
const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to for from by with as is are was were be been being has have had do does did ' +
    'it its this that these those he she they them his her their we our you your i not no than then there here ' +
    'which who whom whose what when where why how also after before over into about more most such said says say ' +
    'will would could should can may might must up out new one two first last next year years month months week ' +
    'day days time during while since until early late earlier later just very mr mrs ms'
  ).split(' '),
);

/** Content words of a sentence: lower-cased, stopwords and short tokens out, plural/verb endings folded. */
export function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const raw of sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * Overlap of content words relative to the shorter sentence (so a short report of an event matches
 * the longer one that contains it), and the count of shared words.
 */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { ratio: number; shared: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const smaller = Math.min(a.size, b.size);
  return { ratio: smaller === 0 ? 0 : shared / smaller, shared };
}
