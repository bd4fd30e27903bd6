import type { Tok } from './tokens.js';

const SOURCE_HEAD =
  /^(?:person|people|source|sources|official|officials|diplomat|diplomats|aide|aides|insider|insiders)$/i;
const SOURCE_LINK =
  /^(?:familiar with|close to|briefed on|with knowledge of|involved in|knowledgeable about)$/;

/** The unnamed source ending a speaker phrase ("a person familiar with the talks"), if any. */
export function unnamedSource(toks: Tok[]): Tok[] | null {
  for (let h = Math.max(0, toks.length - 9); h < toks.length - 2; h++) {
    if (!SOURCE_HEAD.test(toks[h]!.text)) continue;
    const link2 = `${toks[h + 1]!.text} ${toks[h + 2]!.text}`;
    const link3 = toks[h + 3] === undefined ? '' : `${link2} ${toks[h + 3]!.text}`;
    const linkLen = SOURCE_LINK.test(link3) ? 3 : SOURCE_LINK.test(link2) ? 2 : 0;
    const rest = toks.slice(h + 1 + linkLen);
    if (
      linkLen === 0 ||
      rest.length === 0 ||
      rest.length > 4 ||
      !rest.every((t) => /^[\p{L}'’-]+$/u.test(t.text))
    )
      continue;
    let start = h;
    while (
      start > 0 &&
      start > h - 3 &&
      /^(?:a|an|two|three|several|senior|administration|government|western|u\.s\.|[A-Z][\w.]*)$/i.test(
        toks[start - 1]!.text,
      )
    )
      start--;
    return toks.slice(start);
  }
  return null;
}
