/**
 * A crude English stem that folds plurals: enough to match "talks"/"talk",
 * "negotiations"/"negotiation" and "bankruptcies"/"bankruptcy". Shared by retrieval and story
 * grouping so both see the same word as the same term.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
