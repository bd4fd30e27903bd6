import type { APIEmbed } from 'discord.js';
import { LIMITS } from '../render/limits.js';
import { maskedLink, safeLinkUrl, safeText, truncate } from '../render/escape.js';
import type { Digest, DigestStory } from '../../digest/digest.js';
import type { DigestPost } from '../../digest/poster.js';
import { longDate, plural } from '../../digest/wording.js';

/** A message ready to send: embeds only; mentions are disabled by the sender. */
export interface DigestMessage {
  content?: string;
  embeds: APIEmbed[];
}

export interface RenderDigestOptions {
  /** Shown above the stories, e.g. that the digest is late. */
  note?: string | undefined;
  /** The digest's marker, shown in the footer so a later attempt can find this post. */
  marker?: string | undefined;
  /** Shrinks the limits (tests of the heavy-day layout). */
  maxDescription?: number | undefined;
}

const EMBED_COLOR = 0x2b6cb0;

/**
 * Lays a digest out as one embed within Discord's limits: each story as its label, one or two
 * cited sentences (each marker links to its source) and the outlets with links; when space runs
 * out, the remaining stories become headline-only lines, and whatever still does not fit is
 * counted in a closing "…and N more stories". A sentence is never cut.
 */
export function renderDigestMessage(digest: Digest, options: RenderDigestOptions = {}): DigestMessage {
  const title = truncate(`Daily digest — ${longDate(digest.date)}`, LIMITS.embedTitle);
  // The marker goes first so truncation can never cut it.
  const footer = truncate(
    `${markerText(options.marker)}${plural(digest.articleCount, 'article')} · ${digest.timeZone} · ${digest.engine}`,
    LIMITS.footer,
  );
  const budget = Math.min(
    options.maxDescription ?? LIMITS.embedDescription,
    LIMITS.embedDescription,
    LIMITS.embedsTotal - title.length - footer.length,
  );
  const head = options.note ? `*${safeText(options.note)}*` : '';
  const blocks: string[] = head ? [head] : [];
  let used = head.length;
  let more = digest.moreStories;
  digest.stories.forEach((story, i) => {
    const left = digest.stories.length - i - 1;
    // Keep room for a closing line in case later stories do not fit.
    const reserve = left + more > 0 ? 40 : 0;
    for (const candidate of [fullBlock(story, i + 1), headlineLine(story, i + 1)]) {
      if (used + 2 + candidate.length + reserve <= budget) {
        blocks.push(candidate);
        used += 2 + candidate.length;
        return;
      }
    }
    more += 1;
  });
  if (more > 0) blocks.push(`…and ${plural(more, 'more story', 'more stories')}.`);
  return {
    embeds: [{ title, description: blocks.join('\n\n'), footer: { text: footer }, color: EMBED_COLOR }],
  };
}

/** The message for an empty day, when the server asked to be told. */
export function renderEmptyDigestMessage(date: string, note?: string, marker?: string): DigestMessage {
  const text = `No new articles on ${longDate(date)}.`;
  const embed: APIEmbed = {
    title: `Daily digest — ${longDate(date)}`,
    description: note ? `*${safeText(note)}*\n\n${text}` : text,
    color: EMBED_COLOR,
  };
  if (marker) embed.footer = { text: markerText(marker).replace(/ · $/, '') };
  return { embeds: [embed] };
}

/** The message the scheduler's post becomes, marker included. */
export function renderDigestPost(post: DigestPost): DigestMessage {
  return post.kind === 'digest'
    ? renderDigestMessage(post.digest, { note: post.note, marker: post.marker })
    : renderEmptyDigestMessage(post.date, post.note, post.marker);
}

/** Whether a sent message carries the digest marker (in an embed's footer). */
export function carriesDigestMarker(
  message: { embeds: ReadonlyArray<{ footer?: { text?: string } | null }> },
  marker: string,
): boolean {
  const needle = markerText(marker).replace(/ · $/, '');
  return message.embeds.some((e) => e.footer?.text?.startsWith(needle) ?? false);
}

function markerText(marker: string | undefined): string {
  return marker ? `ref ${marker} · ` : '';
}

function fullBlock(story: DigestStory, n: number): string {
  const lines = [`**${n}. ${safeText(truncate(story.label, 200))}**`];
  if (story.summary.length > 0) {
    lines.push(
      story.summary
        .map((item) => {
          const markers = [...new Set(item.citations.map((c) => c.source))]
            .map((s) => {
              const url = safeLinkUrl(story.sources.find((src) => src.n === s)?.url ?? null);
              return url ? `[[${s}]](${url})` : `[${s}]`;
            })
            .join('');
          return `${safeText(item.text.replace(/\s+/g, ' ').trim())} ${markers}`;
        })
        .join(' '),
    );
  }
  const links = story.links.map((l) => maskedLink(truncate(l.outlet ?? l.title, 60), l.url)).join(' · ');
  lines.push(`${coverage(story)}${links ? ` — ${links}` : ''}`);
  return lines.join('\n');
}

function headlineLine(story: DigestStory, n: number): string {
  return `**${n}.** ${maskedLink(truncate(story.label, 150), story.links[0]?.url ?? null)} — ${coverage(story)}`;
}

function coverage(story: DigestStory): string {
  return story.outlets.length > 1
    ? `Covered by ${plural(story.outlets.length, 'outlet')}`
    : safeText(truncate(story.outlets[0] ?? 'Outlet unknown', 60));
}
