/** One entry of a feed. */
export interface FeedItem {
  title: string | null;
  /** The article page. */
  link: string | null;
  /** The item's date (or, when it has none, the feed's own publication date). */
  published: string | null;
  author: string | null;
  /** The item's own content (HTML or text): full content when given, else the summary/description. */
  content: string | null;
  id: string | null;
}

export interface Feed {
  /** The feed's title (often the publisher's name). */
  title: string | null;
  items: FeedItem[];
}
