export { openSqliteStore, type OpenSqliteStoreOptions } from './open.js';
export { SqliteArticleStore } from './store.js';
export { DEFAULT_TUNING, RECENCY_BOOST, TITLE_WEIGHT, type SearchTuning } from './search/search.js';
