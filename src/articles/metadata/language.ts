/**
 * A small stop-word language guess for the languages our newsrooms publish in. Deliberately
 * simple: it only has to tell English articles from the few others, and says null when unsure.
 */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'with', 'said', 'on', 'are', 'it', 'this', 'have', 'from', 'by', 'has', 'not', 'be', 'at', 'which', 'were', 'been', 'would', 'their', 'they'],
  fr: ['le', 'la', 'les', 'des', 'est', 'et', 'du', 'une', 'un', 'dans', 'que', 'qui', 'pour', 'pas', 'au', 'sur', 'avec', 'ce', 'sont', 'il', 'elle', 'ont', 'été', 'aux', 'mais'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'den', 'dem', 'des', 'mit', 'sich', 'auf', 'für', 'von', 'zu', 'im', 'auch', 'wurde', 'werden', 'sie', 'es', 'hat'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'ha'],
  it: ['il', 'lo', 'gli', 'della', 'delle', 'dei', 'degli', 'che', 'di', 'e', 'è', 'per', 'con', 'non', 'una', 'un', 'sono', 'nel', 'nella', 'alla', 'anche', 'più', 'ha', 'stato'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'que', 'e', 'é', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'foi', 'ao', 'se', 'seu'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'die', 'er', 'aan', 'ook', 'als', 'bij', 'door', 'wordt', 'werd', 'naar'],
};
const SETS = Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);
const MAX_TOKENS = 2000;

/** BCP 47 primary tag (`en`, `fr`, …) of a text, or null when too short or unclear. */
export function detectLanguage(text: string): string | null {
  const tokens = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, MAX_TOKENS);
  if (tokens.length < 5) return null;
  const scores = SETS.map(([lang, set]) => [lang, tokens.filter((t) => set.has(t)).length] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = [scores[0]!, scores[1]!];
  // Stop words make up a quarter or more of running text; demand a clear winner.
  if (best[1] < 3 || best[1] < tokens.length * 0.08 || best[1] < second[1] * 1.3) return null;
  return best[0];
}
