import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { Retrieval } from '../../retrieval/index.js';
import { buildDocuments, type SourceDocument } from './documents.js';
import { estimateTokens } from './request.js';

// Exact recounts after trimming, at most (each is a round trip).
const MAX_RECOUNTS = 4;

export interface FitOptions {
  retrieval: Retrieval;
  /** Maximum input tokens per answer. */
  budget: number;
  build: (docs: readonly SourceDocument[]) => MessageCreateParamsBase;
  /** Exact count from the API, or null when it cannot be reached. */
  count: (params: MessageCreateParamsBase) => Promise<number | null>;
}

export interface Fitted {
  retrieval: Retrieval;
  docs: SourceDocument[];
  params: MessageCreateParamsBase;
  /** Input tokens of `params`: counted by the API when `counted`, else the conservative estimate. */
  inputTokens: number;
  counted: boolean;
  warnings: string[];
}

/**
 * Fits the request to the input-token budget. Pinned passages always stay; unpinned passages leave
 * lowest-score first until the request fits (the best one always stays). The conservative estimate
 * decides when it shows the request fits; only when it does not is the exact count asked for
 * (`count_tokens`, when the API answers), so the usual answer costs no extra round trip. An
 * estimate calibrated by the exact count guides the trimming, and a recount checks each round.
 */
export async function fitToBudget(o: FitOptions): Promise<Fitted> {
  let retrieval = o.retrieval;
  let docs = buildDocuments(retrieval);
  let params = o.build(docs);
  let counted: number | null = null;
  let tokens = estimateTokens(params);
  if (tokens > o.budget) {
    counted = await o.count(params);
    tokens = counted ?? tokens;
  }
  for (let round = 0; round < MAX_RECOUNTS && tokens > o.budget; round++) {
    const ratio = tokens / estimateTokens(params);
    const passages = [...retrieval.passages];
    // Without pinned articles the best passage always stays, as in retrieval: one passage beats none.
    const keep = passages.some((p) => p.pinned) ? 0 : 1;
    let dropped = 0;
    // At least one passage goes per round, so a poorly calibrated estimate still converges.
    while (
      passages.length > keep &&
      !passages.at(-1)!.pinned &&
      (dropped === 0 || estimateTokens(params) * ratio > o.budget)
    ) {
      passages.pop();
      dropped++;
      retrieval = {
        ...retrieval,
        passages: [...passages],
        articles: retrieval.articles.filter((a) => passages.some((p) => p.articleId === a.id)),
      };
      docs = buildDocuments(retrieval);
      params = o.build(docs);
    }
    if (dropped === 0) break;
    counted = await o.count(params);
    tokens = counted ?? estimateTokens(params);
  }
  const warnings: string[] = [];
  const pinnedOnly = retrieval.passages.every((p) => p.pinned) && retrieval.passages.length > 0;
  if (tokens > o.budget && pinnedOnly) {
    warnings.push(
      `The pinned articles alone take about ${tokens} input tokens, more than the budget of ${o.budget}; all of them were sent.`,
    );
  }
  return { retrieval, docs, params, inputTokens: tokens, counted: counted !== null, warnings };
}
