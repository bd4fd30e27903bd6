import { extractDatedEvents } from '../../src/answers/timeline/index.js';
const PUB = process.env.PUB ?? '2023-09-05';
const lines = process.argv.slice(2);
for (const l of lines) {
  const ev = extractDatedEvents({ text: l, publishedAt: PUB === 'null' ? null : PUB });
  console.log(JSON.stringify(l), '=>', ev.map((e) => `${e.date} [${e.dateText}]`).join(' | ') || '-');
}
