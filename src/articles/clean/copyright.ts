import { isCopyrightLine } from './boilerplate.js';

/**
 * The publisher named by a copyright line, e.g. "Copyright © San Francisco Post" →
 * "San Francisco Post", "© 2023 Acme News. All rights reserved." → "Acme News".
 * Null when the line names no one (just a year) or is not a copyright line.
 */
export function outletFromCopyright(line: string): string | null {
  if (!isCopyrightLine(line)) return null;
  const name = line
    .replace(/all rights reserved\.?/gi, '')
    .replace(/^(?:\s*(?:copyright\b|©|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?\b|by\b)[\s,:.\-–—]*)+/i, '')
    .replace(/[\s,.;:|\-–—]+$/, '')
    .trim();
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return null;
  return name;
}
