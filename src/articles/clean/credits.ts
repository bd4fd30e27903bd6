/**
 * Photo and source credits: lines that only name who took or supplied a picture ("Photo: Mira
 * Chen / Harbor Gazette", "(Bild: Hersteller)", "SAUL LOEB via Getty Images."), and the same
 * credit glued to the end of a caption ("… for two years. Source: Supplied"). Only short credits
 * count, and never a credit that reads as a sentence.
 */

// The word that opens a credit, in the languages of the pages we read.
const CREDIT_WORD =
  '(?:(?:all |top |main |lead )?(?:photo(?:graph)?s?|pictures?|images?|video|illustrations?|graphics?|foto(?:s|grafie)?|bild(?:er)?|cr[ée]dits?(?: photo)?|cr[ée]dito|credits?|source|quelle|fuente)|图片来源|摄影)';

/** A whole line that is a credit: "Photo: X", "(All photos: X)", "Foto: X", "Photo by X". */
const CREDIT_LINE = new RegExp(
  `^\\(?${CREDIT_WORD}\\s*[:：]\\s*[^.!?:]{1,80}\\)?$|^\\(?(?:photo(?:graph)?s?|images?|pictures?) (?:by|courtesy of)\\s+[^.!?:]{1,60}\\)?$`,
  'iu',
);

// Picture agencies, as they close a credit.
const AGENCY =
  '(?:Getty Images|Reuters|AP(?: Photo)?|Associated Press|AFP|EPA(?:-EFE)?|Shutterstock|Bloomberg|Alamy|Xinhua|The New York Times|The Washington Post)';
// A photographer's name: one to four capitalised words (case-sensitive: no i flag below).
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";

/** "SAUL LOEB via Getty Images.", "Benoit Tessier/Reuters", "Anthony Wallace / AFP - Getty Images". */
const AGENCY_LINE = new RegExp(
  `^${NAME}(?:\\s+(?:via|for)\\s+|\\s*/\\s*)(?:${AGENCY}|[\\p{L} .'’-]{1,40}\\s*[-–—]\\s*${AGENCY})\\.?$`,
  'u',
);

/** A credit at the end of a caption: "… - Image: X", "… Source: Supplied". */
const CREDIT_SUFFIX = new RegExp(
  `(?:\\s+[-–—|]\\s*|(?<=[.!?”"’)])\\s*)\\(?${CREDIT_WORD}\\s*:\\s*[^.!?:]{1,60}\\)?$`,
  'iu',
);
/** Scraped captions glue the credit on: "…winter weather.CreditKirsten Luce for The New York Times". */
const GLUED_CREDIT = /(?<=[.!?”"’])Credit(?=\p{Lu})[^.!?]{1,80}$/u;

const MAX_CREDIT = 120;

/** Whether a whole line is a photo or source credit. */
export function isCreditLine(line: string): boolean {
  return line.length <= MAX_CREDIT && (CREDIT_LINE.test(line) || AGENCY_LINE.test(line));
}

/** The line without a credit glued to its end (the line itself when it has none). */
export function withoutCredit(line: string): string {
  const m = CREDIT_SUFFIX.exec(line) ?? GLUED_CREDIT.exec(line);
  if (!m || m.index === 0) return line;
  const rest = line.slice(0, m.index).trimEnd();
  return rest.length >= 10 ? rest : line;
}
