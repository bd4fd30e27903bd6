import type { AnswerItem, Source } from '../answers/answer.js';

/** One story in a digest. */
export interface DigestStory {
  id: string;
  label: string;
  /** Outlets that ran the story on the digest's day (copies included), most articles first. */
  outlets: string[];
  /** The day's original articles of the story, newest first. */
  articleIds: string[];
  /** One or two verified, cited sentences (empty when the engine had nothing to say: headline only). */
  summary: AnswerItem[];
  /** The sources the summary cites, numbered 1… within this story. */
  sources: Source[];
  /** Links to the day's articles, newest first (at most three). */
  links: Array<{ title: string; outlet: string | null; url: string | null }>;
  /** ISO instant of the newest article. */
  latest: string;
}

/** A day's digest for one scope, before it is laid out for a surface. */
export interface Digest {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  timeZone: string;
  guild: string | null;
  /** Original articles on the day. */
  articleCount: number;
  /** Stories on the day, in rank order; at most the requested number. */
  stories: DigestStory[];
  /** Stories on the day that did not make the cut. */
  moreStories: number;
  engine: string;
}
