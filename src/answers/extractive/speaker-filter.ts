/**
 * Whether a `--speaker` filter names this speaker: case- and accent-insensitive, matching the
 * canonical name, any alias the articles used, or words of the name ("kirby" → "John Kirby").
 */
export function speakerMatches(filter: string, canonical: string, aliases: readonly string[]): boolean {
  const f = fold(filter);
  if (f === '') return true;
  const names = [canonical, ...aliases].map(fold);
  if (names.includes(f)) return true;
  const wanted = f.split(' ');
  return names.some((n) => {
    const have = new Set(n.split(' '));
    return wanted.every((w) => have.has(w));
  });
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
