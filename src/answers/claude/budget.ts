import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages/messages';
import type { Retrieval } from '../../retrieval/index.js';
import { buildDocuments, type SourceDocument } from './documents.js';
import { estimateTokens } from './request.js';

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
 * lowest-score first until the request fits (the best one always stays). The exact count (`count_tokens`) is used when the API
 * answers; otherwise the character estimate. An estimate calibrated by the last exact count guides
 * the trimming, then one recount confirms it.
 */
export async function fitToBudget(o: FitOptions): Promise<Fitted> {
  let retrieval = o.retrieval;
  let docs = buildDocuments(retrieval);
  let params = o.build(docs);
  let counted = await o.count(params);
  let tokens = counted ?? estimateTokens(params);
  for (let round = 0; round < 2 && tokens > o.budget; round++) {
    const ratio = tokens / estimateTokens(params);
    const passages = [...retrieval.passages];
    let trimmed = false;
    // The best passage always stays, as in retrieval: an answer over one passage beats none.
    while (passages.length > 1 && !passages.at(-1)!.pinned && estimateTokens(params) * ratio > o.budget) {
      passages.pop();
      trimmed = true;
      retrieval = { ...retrieval, passages: [...passages], articles: retrieval.articles.filter((a) => passages.some((p) => p.articleId === a.id)) };
      docs = buildDocuments(retrieval);
      params = o.build(docs);
    }
    if (!trimmed) break;
    counted = await o.count(params);
    tokens = counted ?? estimateTokens(params);
  }
  const warnings: string[] = [];
  const pinnedOnly = retrieval.passages.every((p) => p.pinned) && retrieval.passages.length > 0;
  if (tokens > o.budget && pinnedOnly) {
    warnings.push(`The pinned articles alone take about ${tokens} input tokens, more than the budget of ${o.budget}; all of them were sent.`);
  }
  return { retrieval, docs, params, inputTokens: tokens, counted: counted !== null, warnings };
}
