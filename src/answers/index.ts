/** The cited answer model, its verifier and the text renderer: what every engine and surface shares. */
export type * from './answer.js';
export { verifyAnswer, indexArticles } from './verify.js';
export { normalizeForQuote, containsVerbatim } from './normalize.js';
export { buildRenderModel, formatEdtf, groupBySpeaker, markerNumbers } from './render-model.js';
export type { RenderModel, RenderGroup, RenderLine, RenderSource } from './render-model.js';
export { renderAnswerText, sourceText } from './render-text.js';
