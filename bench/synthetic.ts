import { AliasSampler, mulberry32, seedFor, zipfWeights } from './prng.js';
import { FIRST_NAMES, HEAD_WORDS, madeUpWords, MONTHS, OUTLETS, ROLES } from './vocabulary.js';

/**
 * A deterministic synthetic news archive: the same seed gives the same articles, one at a time
 * (nothing is held in memory). Word frequencies are Zipfian like real text (function words and
 * "said" in nearly every article, a long tail of rare words); people, topics and places each
 * appear in a small, Zipf-distributed share of articles; dates spread over 2015–2024; six outlets.
 * Articles are plain-text files: headline, blank line, "CITY, Month D, YYYY — " dateline
 * paragraph, 400–900 words in paragraphs, a copyright line naming the outlet.
 */
export const GENERATOR_VERSION = 1;
const VOCABULARY = 40_000;
const PEOPLE = 5_000;
const TOPICS = 300;
const WORDS_PER_TOPIC = 6;
const PLACES = 200;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3_652;

export interface SyntheticArticle {
  /** The file content, as `draftFromText(content, source, 'text')` reads it. */
  content: string;
  source: string;
  /** What the generator put in, for checking the ingest. */
  outlet: string;
  publishedAt: string;
}

interface Topic {
  words: string[];
  phrase: string;
}

export class SyntheticCorpus {
  readonly vocabulary: string[];
  readonly people: Array<{ first: string; last: string }>;
  readonly topics: Topic[];
  readonly places: string[];
  private readonly wordSampler: AliasSampler;
  private readonly personSampler: AliasSampler;
  private readonly topicSampler: AliasSampler;
  private readonly placeSampler: AliasSampler;
  private readonly outletSampler: AliasSampler;

  constructor(readonly seed = 20_240_601) {
    const tail = madeUpWords(VOCABULARY - HEAD_WORDS.length, seed);
    this.vocabulary = [...HEAD_WORDS, ...tail];
    const taken = new Set(this.vocabulary);
    const lastNames = madeUpWords(PEOPLE, seed + 1, taken).map(capitalize);
    const rand = mulberry32(seed + 2);
    this.people = lastNames.map((last) => ({
      first: FIRST_NAMES[Math.floor(rand() * FIRST_NAMES.length)]!,
      last,
    }));
    lastNames.forEach((n) => taken.add(n.toLowerCase()));
    const topicWords = madeUpWords(TOPICS * WORDS_PER_TOPIC, seed + 3, taken);
    topicWords.forEach((w) => taken.add(w));
    this.topics = Array.from({ length: TOPICS }, (_, t) => {
      const words = topicWords.slice(t * WORDS_PER_TOPIC, (t + 1) * WORDS_PER_TOPIC);
      return { words, phrase: `${words[0]} ${HEAD_WORDS[20 + (t % 60)]} ${words[1]}` };
    });
    this.places = madeUpWords(PLACES, seed + 4, taken).map((p) => p.toUpperCase());
    this.wordSampler = new AliasSampler(zipfWeights(VOCABULARY, 1.0));
    this.personSampler = new AliasSampler(zipfWeights(PEOPLE, 1.1));
    this.topicSampler = new AliasSampler(zipfWeights(TOPICS, 1.0));
    this.placeSampler = new AliasSampler(zipfWeights(PLACES, 1.0));
    this.outletSampler = new AliasSampler(OUTLETS.map((o) => o.weight));
  }

  /** Article number `i` (0-based); the same `i` always gives the same article. */
  article(i: number): SyntheticArticle {
    const rand = mulberry32(seedFor(this.seed, i));
    const topic = this.topics[this.topicSampler.sample(rand)]!;
    const cast = Array.from(
      { length: 1 + Math.floor(rand() * 3) },
      () => this.people[this.personSampler.sample(rand)]!,
    );
    const place = this.places[this.placeSampler.sample(rand)]!;
    const outlet = OUTLETS[this.outletSampler.sample(rand)]!.name;
    const date = new Date(FIRST_DAY + Math.floor(rand() * DAYS) * 86_400_000);
    const target = 400 + Math.floor(rand() * 501);
    const ctx = { rand, topic, cast, mentioned: new Set<number>() };

    const paragraphs: string[] = [];
    let words = 0;
    while (words < target) {
      const sentences: string[] = [];
      const n = 2 + Math.floor(rand() * 3);
      for (let s = 0; s < n; s++) {
        const sentence = this.sentence(ctx, 10 + Math.floor(rand() * 19));
        words += sentence.words;
        sentences.push(sentence.text);
      }
      paragraphs.push(sentences.join(' '));
    }
    const dateline = `${capitalize(place.toLowerCase()).toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} — `;
    paragraphs[0] = dateline + paragraphs[0];
    const headline = this.headline(ctx);
    const content = `${headline}\n\n${paragraphs.join('\n\n')}\n\n© ${date.getUTCFullYear()} ${outlet}\n`;
    return { content, source: `synthetic/${i}.txt`, outlet, publishedAt: date.toISOString().slice(0, 10) };
  }

  private sentence(ctx: Ctx, length: number): { text: string; words: number } {
    const { rand } = ctx;
    const out: string[] = [];
    for (let k = 0; k < length; k++) {
      const r = rand();
      if (r < 0.03) out.push(ctx.topic.words[Math.floor(rand() * WORDS_PER_TOPIC)]!);
      else if (r < 0.034) out.push(...ctx.topic.phrase.split(' '));
      else out.push(this.vocabulary[this.wordSampler.sample(rand)]!);
      if (k > 2 && k < length - 2 && rand() < 0.06) out[out.length - 1] += ',';
    }
    let text = `${capitalize(out.join(' '))}.`;
    const who = rand();
    if (who < 0.18) {
      const i = Math.floor(rand() * ctx.cast.length);
      const p = ctx.cast[i]!;
      const name = ctx.mentioned.has(i)
        ? p.last
        : `${p.first} ${p.last}, ${ROLES[Math.floor(rand() * ROLES.length)]}`;
      ctx.mentioned.add(i);
      text = `"${text.slice(0, -1)}," said ${name}.`;
    } else if (who < 0.3) {
      const i = Math.floor(rand() * ctx.cast.length);
      const p = ctx.cast[i]!;
      text = `${ctx.mentioned.has(i) ? p.last : `${p.first} ${p.last}`} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
      ctx.mentioned.add(i);
    }
    return { text, words: out.length + 3 };
  }

  private headline(ctx: Ctx): string {
    const { rand } = ctx;
    const parts = [ctx.topic.words[0]!];
    if (rand() < 0.5) parts.push(ctx.cast[0]!.last);
    const n = 4 + Math.floor(rand() * 5);
    for (let k = 0; k < n; k++)
      parts.splice(
        Math.floor(rand() * (parts.length + 1)),
        0,
        this.vocabulary[10 + (this.wordSampler.sample(rand) % 2000)]!,
      );
    return capitalize(parts.join(' '));
  }
}

interface Ctx {
  rand: () => number;
  topic: Topic;
  cast: Array<{ first: string; last: string }>;
  mentioned: Set<number>;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
