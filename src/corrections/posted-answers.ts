import type { Answer } from '../answers/answer.js';

/** How long a posted answer is tracked for corrections (and its buttons kept working). */
export const POSTED_ANSWER_RETENTION_DAYS = 30;

/** One cited span of a posted answer, with the version of the article it was cited from. */
export interface TrackedCitation {
  articleId: string;
  /** The content hash of the article text the offsets index into. */
  contentHash: string;
  start: number;
  end: number;
  /** The cited words, exactly as they were in that version. */
  text: string;
}

/** A public answer posted in a Discord channel, kept so a later correction can be flagged on it. */
export interface PostedAnswer {
  /** The answer session's key: its buttons carry it. */
  key: string;
  guildId: string;
  /** The channel (or thread) the message is in, and the message: what an edit needs. */
  channelId: string;
  messageId: string;
  /** The interaction that asked for it (for the log; its token is not kept, it expires). */
  interactionId: string | null;
  /** Who asked (only they turn the pages of the posted message). */
  userId: string;
  /** The answer as posted; its citations carry the versions they were made from. */
  answer: Answer;
  /** Articles read for the answer, for the footer. */
  read: number | null;
  /** The page the message shows (0-based). */
  page: number;
  postedAt: string;
  /** When an update of a cited article changed or removed a cited span; null until then. */
  flaggedAt: string | null;
  /** When the posted message's footer was edited to say so; null until then. */
  editedAt: string | null;
}

export type NewPostedAnswer = Omit<PostedAnswer, 'page' | 'flaggedAt' | 'editedAt'>;

/**
 * Posted answers and the spans they cite, bounded in time (purged after
 * `POSTED_ANSWER_RETENTION_DAYS`) and per server (forgotten with it). Implemented on SQLite and
 * Postgres; every method is atomic on its rows. Instants are ISO-8601 UTC strings, which compare
 * correctly as text.
 */
export interface PostedAnswerStore {
  /** Records a posted answer and every span it cites (with the cited version); a known key is kept as it was. */
  track(post: NewPostedAnswer): Promise<void>;
  get(key: string): Promise<PostedAnswer | null>;
  /** The spans of not yet flagged posts that cite an article, with their post's key. */
  citing(articleId: string): Promise<Array<TrackedCitation & { key: string }>>;
  /** Flags posts (those not flagged yet); returns the keys it flagged. */
  flag(keys: readonly string[], at: string): Promise<string[]>;
  /** Flagged posts whose message has not been edited yet, newest flag first (one failing for days never holds up new ones). */
  pendingEdits(limit: number): Promise<PostedAnswer[]>;
  markEdited(key: string, at: string): Promise<void>;
  /** Remembers the page the posted message shows (the asker turned it). */
  setPage(key: string, page: number): Promise<void>;
  /** Forgets posts made before an instant; returns how many. */
  purge(postedBefore: string): Promise<number>;
  /** Forgets a server's posts (the bot left it); returns how many. */
  forget(guildId: string): Promise<number>;
}

/** Every distinct span an answer cites (items, earlier statements, differences), with its version. */
export function citedSpans(answer: Answer): TrackedCitation[] {
  const hashOf = new Map(answer.sources.map((s) => [s.articleId, s.contentHash]));
  const all = [
    ...answer.items.flatMap((i) => [...i.citations, ...(i.earlier?.citations ?? [])]),
    ...(answer.differences ?? []).flatMap((d) => d.sides.flatMap((s) => s.citations)),
  ];
  const spans = new Map<string, TrackedCitation>();
  for (const c of all) {
    // An answer cached before citations carried their version has it on its source.
    const contentHash = c.contentHash ?? hashOf.get(c.articleId);
    if (contentHash === undefined) continue;
    spans.set(`${c.articleId}\u0000${c.start}\u0000${c.end}`, {
      articleId: c.articleId,
      contentHash,
      start: c.start,
      end: c.end,
      text: c.text,
    });
  }
  return [...spans.values()];
}
