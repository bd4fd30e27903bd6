/** An item link made absolute against the feed's address; null unless it is http(s). */
export function absoluteLink(link: string | null, baseUrl: string | null): string | null {
  if (!link) return null;
  try {
    const url = baseUrl ? new URL(link, baseUrl) : new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
