/** The offline, deterministic answer engine. */
export { createExtractiveEngine, type ExtractiveEngineOptions } from './engine.js';
export { summarize } from './summarize.js';
export { buildTimeline } from './timeline.js';
export { buildQuotes } from './quotes.js';
