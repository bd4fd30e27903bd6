import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { questionRequestFrom } from '../../src/answers/ask/question-request.js';
import { block, citeAny, documentsOf } from '../helpers/fake-anthropic.js';
import { openHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => h.close());
beforeEach(() => {
  h.fake.requests.length = 0;
});

const RESTORED = 'water was restored to about 2,000 of the 3,500 affected homes by Tuesday evening';
const COST = 'replacing every pipe older than eighty years would cost about 240 million euros';

describe('follow-up questions with Claude', () => {
  it('sends the pinned articles in full and reads the cached document prefix on the second question', async () => {
    h.fake.reply((req) => {
      const blocks = req.body.messages[0]!.content as Array<{ type: string; text?: string }>;
      const question = blocks.at(-1)!.text!;
      const cited = question.includes('homes') ? RESTORED : COST;
      return { content: [block(`According to the utility, ${cited}.`, citeAny(req, cited))] };
    });
    const articles = [h.idOf('courier-1'), h.idOf('gazette-1')];
    const first = await h.engine.answer(
      questionRequestFrom({ question: 'How many homes had water again by Tuesday?', articles }),
    );
    const second = await h.engine.answer(
      questionRequestFrom({ question: 'What would replacing the old pipes cost?', articles }),
    );
    const [req1, req2] = h.fake.messageRequests();
    // Both articles travel whole, in the order given, so the two requests share one prefix.
    expect(documentsOf(req1!).map((d) => d.source?.data)).toEqual(
      documentsOf(req2!).map((d) => d.source?.data),
    );
    expect(documentsOf(req1!)[0]!.source?.data).toContain('Councillor Beatriz Lind urged the utility');
    expect(first.kind).toBe('answer');
    expect(first.items[0]!.citations[0]!.text).toBe(RESTORED);
    expect(first.usage!.cacheCreationInputTokens).toBeGreaterThan(0);
    expect(second.usage!.cacheReadInputTokens).toBe(first.usage!.cacheCreationInputTokens);
    expect(second.usage!.cacheReadInputTokens).toBeGreaterThan(0);
    expect(second.items.map((i) => i.citations[0]!.text)).toEqual([COST]);
  });

  it('asks with the question prompt, which forbids answering from outside the documents', async () => {
    await h.engine.answer(
      questionRequestFrom({ question: 'Who runs the utility?', articles: [h.idOf('gazette-1')] }),
    );
    const [req] = h.fake.messageRequests();
    const task = (req!.body.messages[0]!.content as Array<{ type: string; text?: string }>).at(-1)!.text!;
    expect(task).toMatch(/^Task: answer a question\./);
    expect(task).toContain('<question>\nWho runs the utility?\n</question>');
  });

  it('shows the closest cited sentences, never the uncited text, when Claude finds no answer', async () => {
    h.fake.reply(() => ({ content: [block('The documents do not say what the mayor thinks.')] }));
    const answer = await h.engine.answer(
      questionRequestFrom({
        question: 'What does the mayor think of Moreau?',
        articles: [h.idOf('courier-1')],
      }),
    );
    expect(answer.notFound).toBe(true);
    expect(answer.items.map((i) => i.text)).toEqual([
      'Utility director Ines Moreau told reporters that replacing every pipe older than eighty years would cost about 240 million euros.',
      '“We prioritise by risk, and this main was scheduled for next spring,” Moreau said.',
    ]);
    expect(answer.items.every((i) => !i.text.includes('mayor'))).toBe(true);
    expect(answer.warnings).toEqual(['Removed 1 item without a citation.']);
  });
});
