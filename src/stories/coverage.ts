import type { AnswerEngine, AnswerOptions, AnswerRequest, VerifiedAnswer } from '../answers/answer.js';
import { getStory, storyCoverageNote, type StoriesContext } from './service.js';

/**
 * Wraps an engine so an answer over a story (`req.story`) says how widely it was covered:
 * a note such as "Covered by 5 outlets (12 articles, 2025-03-03 to 2025-03-12)." is added to the
 * answer's warnings, which every surface shows. Other requests pass through unchanged.
 */
export function withStoryCoverage(engine: AnswerEngine, ctx: StoriesContext): AnswerEngine {
  return {
    name: engine.name,
    async answer(req: AnswerRequest, opts?: AnswerOptions): Promise<VerifiedAnswer> {
      const answer = await engine.answer(req, opts);
      if (req.story === undefined) return answer;
      const story = await getStory(ctx, req.story, { guild: req.guild });
      if (story === null) return answer;
      return { ...answer, warnings: [storyCoverageNote(story), ...answer.warnings] };
    },
  };
}
