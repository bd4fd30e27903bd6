import type { StoryStore } from './story-store.js';

/** One autocomplete choice, within Discord's limits (name and value at most 100 characters). */
export interface StoryChoice {
  name: string;
  value: string;
}

const MAX_CHOICES = 25;
const MAX_NAME = 100;
// Recent stories searched for what the user typed: enough for a newsroom's current stories, cheap.
const SEARCHED = 300;

/**
 * Autocomplete for a `story` option: recent stories visible in the guild whose label or id contains
 * what was typed (case-insensitive), most recent first, as "label · 3 outlets · 2025-03-12".
 */
export async function storyChoices(
  stories: Pick<StoryStore, 'list'>,
  guild: string | undefined,
  typed: string,
): Promise<StoryChoice[]> {
  const needle = typed.trim().toLowerCase();
  const listed = await stories.list({ guild, limit: SEARCHED });
  const out: StoryChoice[] = [];
  for (const s of listed) {
    if (needle && !s.label.toLowerCase().includes(needle) && !s.id.includes(needle)) continue;
    const suffix = ` · ${s.outlets.length} outlet${s.outlets.length === 1 ? '' : 's'} · ${s.last}`;
    const label = s.label.replace(/\s+/g, ' ').trim() || s.id;
    const room = MAX_NAME - suffix.length;
    const name = (label.length > room ? `${label.slice(0, room - 1).trimEnd()}…` : label) + suffix;
    out.push({ name, value: s.id });
    if (out.length >= MAX_CHOICES) break;
  }
  return out;
}
