/**
 * Names of one organisation: "the Department of Justice", "the Justice Department", "the DOJ";
 * "the Federal Bureau of Investigation", "the F.B.I.", "FBI".
 */

const BODIES = 'Department|Ministry|Office|Bureau|Agency';

/** Lower-cased name without "the", dots or a possessive; "Department of X" written as "X Department". */
function plainName(name: string): string {
  const n = name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(/\.(?=\p{Lu}|$)/gu, '');
  const swapped = new RegExp(`^(${BODIES}) of (?:the )?(.+)$`, 'i').exec(n);
  return (swapped === null ? n : `${swapped[2]} ${swapped[1]}`).toLowerCase().replace(/\s+/g, ' ');
}

/** "DOJ", "F.B.I.": an acronym, as its letters; null for other names. */
export function acronymOf(name: string): string | null {
  const n = name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(/\./g, '');
  return /^(?:\p{Lu}{2,6}|\p{Lu}o\p{Lu})$/u.test(n) ? n.toLowerCase() : null;
}

/** Initials of a full name, with and without its small words: "Department of Justice" → doj, dj. */
function initials(name: string): string[] {
  const words = name
    .trim()
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|on)$/.test(w))) return [];
  const all = words.map((w) => w[0]!.toLowerCase()).join('');
  const big = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return [...new Set([all, big])];
}

/** Every form of a full name: as written and with "X Department" / "Department of X" swapped. */
function fullForms(name: string): string[] {
  const n = name.trim().replace(/^the\s+/i, '');
  const of = new RegExp(`^(${BODIES}) of (?:the )?(.+)$`).exec(n);
  const before = new RegExp(`^(.+) (${BODIES})$`).exec(n);
  return [n, ...(of ? [`${of[2]} ${of[1]}`] : []), ...(before ? [`${before[2]} of ${before[1]}`] : [])];
}

/** True when two names name the same organisation. */
export function sameOrganisation(a: string, b: string): boolean {
  if (plainName(a) === plainName(b)) return true;
  const [ka, kb] = [acronymOf(a), acronymOf(b)];
  if (ka !== null && kb !== null) return ka === kb;
  const short = ka ?? kb;
  if (short === null) return false;
  const full = ka === null ? a : b;
  return fullForms(full).some((f) => initials(f).includes(short));
}
