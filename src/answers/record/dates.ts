const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// "March 20", "20 March", "late April", "the end of April", "in May".
const DATE = new RegExp(
  String.raw`\b(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH}|(?:early|mid|late|the end of|the start of)[-\s]+${MONTH}|${MONTH})\b`,
  'g',
);

/** The calendar dates a statement names, as written and lower-cased ("late april", "march 20"). */
export function datesNamed(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' '));
}

/** Both statements name a date, and none of the later one's dates is one the earlier named. */
export function changedDate(earlier: string, later: string): boolean {
  const a = datesNamed(earlier);
  const b = datesNamed(later);
  return a.length > 0 && b.length > 0 && !b.some((d) => a.includes(d));
}
