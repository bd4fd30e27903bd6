import { ARTICLES_A } from './articles-a.js';
import { ARTICLES_B } from './articles-b.js';
import { ARTICLES_C } from './articles-c.js';
import { ARTICLES_D } from './articles-d.js';
import { ARTICLES_E } from './articles-e.js';
import type { LabeledArticle } from './types.js';

/** Every labelled evaluation article. */
export const ALL_ARTICLES: readonly LabeledArticle[] = [
  ...ARTICLES_A,
  ...ARTICLES_B,
  ...ARTICLES_C,
  ...ARTICLES_D,
  ...ARTICLES_E,
];
