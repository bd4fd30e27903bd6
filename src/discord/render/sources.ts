import type { APIEmbedField } from 'discord.js';
import type { RenderSource } from '../../answers/render-model.js';
import { maskedLink, safeText, truncate } from './escape.js';
import { LIMITS } from './limits.js';

/** `[1] [Title](url) — Outlet, 2023-09-05`; `compact` drops the link and shortens the title. */
export function sourceLine(s: RenderSource, compact = false): string {
  const title = truncate(s.title.replace(/\s+/g, ' ').trim() || 'Untitled', compact ? 60 : 180);
  const outlet = s.outlet ? truncate(s.outlet, compact ? 40 : 80) : null;
  const details = [outlet ? safeText(outlet) : 'outlet unknown', s.date ?? 'date unknown'].join(', ');
  return `[${s.n}] ${compact ? safeText(title) : maskedLink(title, s.url)} — ${details}`;
}

/** Source lines packed into embed fields of at most 1024 characters: "Sources", then "Sources (cont.)". */
export function sourceFields(sources: readonly RenderSource[], compact = false): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const s of sources) {
    const line = sourceLine(s, compact);
    if (value && value.length + 1 + line.length > LIMITS.fieldValue) {
      fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (cont.)', value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (cont.)', value });
  return fields;
}
