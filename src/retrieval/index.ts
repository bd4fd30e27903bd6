/** Retrieval for answers: the only place that knows how search turns into passages. */
export { retrievePassages } from './retrieve.js';
export { collapseNearDuplicates } from './dedupe.js';
export { contentTerms, isGenericQuery, stem, words } from './terms.js';
export type {
  RetrievalRequest,
  RetrievedPassage,
  Retrieval,
  RetrieveOptions,
  StoryCoverage,
  StoryLookup,
} from './types.js';
