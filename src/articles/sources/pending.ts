import type { ArticleDraft } from '../article.js';

/** One article to read: its source label and how to get its draft (which may fail). */
export interface PendingItem {
  /** File path, URL, or `path#n` for a record inside a JSON array / JSON Lines file. */
  source: string;
  load: () => Promise<ArticleDraft>;
}

/** One input as given or found in a directory; expanding it reads it and lists its articles. */
export interface InputUnit {
  source: string;
  expand: () => Promise<PendingItem[]>;
  /**
   * Local input whose articles may be stored together in one transaction (files, directories):
   * much faster for bulk loads. Fetched pages are saved one by one, so each shows up at once.
   */
  batchable?: boolean;
}

/** An item that fails with the given error when loaded, so input errors flow like draft errors. */
export function failedItem(source: string, error: unknown): PendingItem {
  return { source, load: () => Promise.reject(error instanceof Error ? error : new Error(String(error))) };
}
