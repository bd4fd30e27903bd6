import { badInputMarkdown, runBadInputTable } from './bad-input/table.js';
import type { BenchSection } from './section.js';

export const badInputBenchSection: BenchSection = {
  name: 'bad-input',
  async run() {
    return badInputMarkdown(await runBadInputTable());
  },
};
