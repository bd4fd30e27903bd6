import type { AnswerEngine } from './answers/answer.js';
import type { AppContext } from './context.js';
import { createEngine, type EngineChoice } from './answers/engines.js';
import { storyLookup } from './stories/service.js';
import { withStoryCoverage } from './stories/coverage.js';

/**
 * The answer engine as every surface uses it: Claude or extractive by config (or `choice`), with
 * the answer cache in Keyv, story lookup for `story` requests, and the "Covered by N outlets" note.
 */
export async function createAppEngine(ctx: AppContext, choice?: EngineChoice): Promise<AnswerEngine> {
  const engine = createEngine({
    config: ctx.config,
    store: ctx.store,
    log: ctx.log,
    keyv: await ctx.keyv('answers'),
    engine: choice,
    stories: storyLookup(ctx),
  });
  return withStoryCoverage(engine, ctx);
}
