/** Pairwise precision and recall of "same story" against gold labels. */
export interface PairScore {
  precision: number;
  recall: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

/** Compares predicted story ids with gold story ids, over every pair of articles. */
export function pairwise(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): PairScore {
  const ids = [...gold.keys()];
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const g = gold.get(ids[i]!) === gold.get(ids[j]!);
      const p = predicted.get(ids[i]!) !== undefined && predicted.get(ids[i]!) === predicted.get(ids[j]!);
      if (g) truePairs++;
      if (p) predictedPairs++;
      if (g && p) correctPairs++;
    }
  }
  return {
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
    truePairs,
    predictedPairs,
    correctPairs,
  };
}
