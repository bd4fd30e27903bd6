import type { APIEmbed } from 'discord.js';

/** Every Discord limit one message's embeds must respect; returns the broken rules (empty when fine). */
export function embedLimitViolations(embeds: readonly APIEmbed[], content = ''): string[] {
  const broken: string[] = [];
  if (content.length > 2000) broken.push(`content ${content.length} > 2000`);
  if (embeds.length > 10) broken.push(`${embeds.length} embeds > 10`);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    const fields = e.fields ?? [];
    if ((e.title ?? '').length > 256) broken.push(`embed ${i} title > 256`);
    if ((e.description ?? '').length > 4096)
      broken.push(`embed ${i} description ${e.description!.length} > 4096`);
    if (fields.length > 25) broken.push(`embed ${i} has ${fields.length} fields > 25`);
    for (const f of fields) {
      if (f.name.length > 256) broken.push(`embed ${i} field name > 256`);
      if (f.value.length > 1024) broken.push(`embed ${i} field value ${f.value.length} > 1024`);
      if (f.value.length === 0 || f.name.length === 0) broken.push(`embed ${i} empty field`);
    }
    if ((e.footer?.text ?? '').length > 2048) broken.push(`embed ${i} footer > 2048`);
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.author?.name ?? '').length;
    total += fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  if (total > 6000) broken.push(`embeds total ${total} > 6000`);
  return broken;
}

/** All text of a message's embeds, for containment checks. */
export function embedText(embeds: readonly APIEmbed[]): string {
  return embeds
    .map((e) =>
      [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
}
