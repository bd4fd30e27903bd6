/**
 * Attribution cue verbs, the way news writes them. A cue is a speech (or belief) verb whose
 * subject is the speaker; its clause or the adjacent quotation is what was said.
 */

/** Base forms → inflections. Only lower-case forms count: "States" or "Notes" in a name are not cues. */
const VERBS: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'telling', 'tell'],
  state: ['stated', 'states', 'stating', 'state'],
  add: ['added', 'adds', 'adding'],
  note: ['noted', 'notes', 'noting', 'note'],
  warn: ['warned', 'warns', 'warning', 'warn'],
  urge: ['urged', 'urges', 'urging', 'urge'],
  emphasize: [
    'emphasized',
    'emphasised',
    'emphasizes',
    'emphasises',
    'emphasizing',
    'emphasising',
    'emphasize',
  ],
  highlight: ['highlighted', 'highlights', 'highlighting'],
  announce: ['announced', 'announces', 'announcing'],
  insist: ['insisted', 'insists', 'insisting', 'insist'],
  deny: ['denied', 'denies', 'denying', 'deny'],
  claim: ['claimed', 'claims', 'claiming', 'claim'],
  argue: ['argued', 'argues', 'arguing', 'argue'],
  explain: ['explained', 'explains', 'explaining', 'explain'],
  acknowledge: ['acknowledged', 'acknowledges', 'acknowledging', 'acknowledge'],
  admit: ['admitted', 'admits', 'admitting', 'admit'],
  confirm: ['confirmed', 'confirms', 'confirming', 'confirm'],
  suggest: ['suggested', 'suggests', 'suggesting', 'suggest'],
  predict: ['predicted', 'predicts', 'predicting', 'predict'],
  stress: ['stressed', 'stresses', 'stressing', 'stress'],
  assert: ['asserted', 'asserts', 'asserting', 'assert'],
  declare: ['declared', 'declares', 'declaring'],
  indicate: ['indicated', 'indicates', 'indicating'],
  reveal: ['revealed', 'reveals', 'revealing', 'reveal'],
  reference: ['referenced', 'references', 'referencing'],
  write: ['wrote', 'writes', 'writing'],
  tweet: ['tweeted', 'tweets', 'tweeting'],
  believe: ['believes', 'believed', 'believe'],
  think: ['thinks', 'think'],
  inform: ['informed', 'informs', 'informing'],
  ask: ['asked', 'asks', 'asking'],
  reply: ['replied', 'replies', 'replying'],
  respond: ['responded', 'responds', 'responding'],
  recall: ['recalled', 'recalls', 'recalling'],
  complain: ['complained', 'complains', 'complaining', 'complain'],
  vow: ['vowed', 'vows', 'vowing'],
  promise: ['promised', 'promises', 'promising'],
  pledge: ['pledged', 'pledges', 'pledging'],
  maintain: ['maintained', 'maintains', 'maintaining', 'maintain'],
  contend: ['contended', 'contends', 'contending', 'contend'],
  testify: ['testified', 'testifies', 'testifying'],
  observe: ['observed', 'observes'],
  remark: ['remarked', 'remarks'],
  comment: ['commented', 'comments'],
  concede: ['conceded', 'concedes', 'conceding', 'concede'],
  caution: ['cautioned', 'cautions', 'cautioning', 'caution'],
  allege: ['alleged', 'alleges', 'alleging', 'allege'],
  assure: ['assured', 'assures', 'assuring'],
  reiterate: ['reiterated', 'reiterates', 'reiterating', 'reiterate'],
  repeat: ['repeated'],
  joke: ['joked', 'jokes', 'joking'],
  quip: ['quipped', 'quips'],
  boast: ['boasted', 'boasts', 'boasting'],
  gush: ['gushed'],
  email: ['emailed'],
  post: ['posted'],
  report: ['reported', 'report'],
  estimate: ['estimated', 'estimates'],
  agree: ['agreed', 'agrees', 'agree'],
  conclude: ['concluded', 'concludes'],
  describe: ['described'],
  continue: ['continued'],
  retort: ['retorted'],
  counter: ['countered', 'counters'],
  hint: ['hinted'],
  threaten: ['threatened'],
  forecast: ['forecast'],
  answer: ['answered'],
  call: ['called', 'calls', 'calling'],
  accuse: ['accused', 'accuses'],
  shout: ['shouted', 'shouts'],
  exclaim: ['exclaimed'],
  lament: ['lamented', 'laments'],
  yell: ['yelled'],
  // Judgements: what is criticised or praised (and why) is what the speaker said.
  criticize: [
    'criticized',
    'criticised',
    'criticizes',
    'criticises',
    'criticizing',
    'criticising',
    'criticize',
  ],
  praise: ['praised', 'praises', 'praising'],
  condemn: ['condemned', 'condemns', 'condemning', 'condemn'],
  denounce: ['denounced', 'denounces', 'denouncing', 'denounce'],
  decry: ['decried', 'decries', 'decrying'],
  hail: ['hailed', 'hails'],
  applaud: ['applauded', 'applauds'],
  commend: ['commended', 'commends'],
  fault: ['faulted', 'faults'],
  slam: ['slammed', 'slams'],
  lambaste: ['lambasted', 'lambastes'],
  bemoan: ['bemoaned', 'bemoans'],
  // What a document or a group of researchers found; a person "found" things in other senses.
  find: ['found', 'finds'],
  mention: ['mentioned', 'mentions'],
};

/** Forms whose clause is a reported statement only when followed by "that" ("X believes that …"). */
const NEED_THAT = new Set([
  'states',
  'claims',
  'notes',
  'stresses',
  'references',
  'comments',
  'remarks',
  'promises',
  'pledges',
  'vows',
  'counters',
  'jokes',
  'answers',
  'adds',
  'tweets',
  'reports',
  'warns',
  'urges',
  'boasts',
  'quips',
  'declared',
  'declares',
  'asked',
  'asks',
  'asking',
  'called',
  'calls',
  'calling',
  'accused',
  'accuses',
  'lamented',
  'laments',
  'wrote',
  'writes',
  'believes',
  'believed',
  'thinks',
  'agreed',
  'agrees',
  'reported',
  'continued',
  'described',
  'hinted',
  'threatened',
  'forecast',
  'answered',
  'posted',
  'promised',
  'promises',
  'estimates',
  'bemoaned',
  'bemoans',
  'bemoaning',
  'mentioned',
  'mentions',
  // Plural presents that are also nouns ("the claim", "a note") or take things ("maintain the roads").
  'state',
  'note',
  'claim',
  'stress',
  'report',
  'agree',
  'believe',
  'think',
  'maintain',
]);

/** Forms that also read as plural nouns ("the claims", "several states"): a verb only after a subject. */
const NOUN_LIKE = new Set([
  'states',
  'claims',
  'notes',
  'stresses',
  'comments',
  'remarks',
  'promises',
  'pledges',
  'vows',
  'counters',
  'answers',
  'adds',
  'tweets',
  'reports',
  'warns',
  'urges',
  'boasts',
  'estimates',
  'state',
  'note',
  'claim',
  'stress',
  'report',
]);

const FORMS = new Map<string, string>();
for (const [base, forms] of Object.entries(VERBS)) for (const f of forms) FORMS.set(f, base);

/** A cue occurrence in the text. */
export interface CueMatch {
  start: number;
  end: number;
  /** Lemma ("say", "tell"…). */
  base: string;
  form: string;
  /** A participle ("saying", "adding"): its speaker is the subject of the main clause. */
  participle: boolean;
  /** The clause counts as reported speech only when introduced by "that". */
  needsThat: boolean;
  /** Where the speaker's words end when an auxiliary stands between them and the cue ("are predicting"). */
  subjectEnd?: number;
}

const WORD = /[a-z]+/g;

/** Cue verbs in `text.slice(start, end)`, in order. */
export function findCues(text: string, start: number, end: number): CueMatch[] {
  const out: CueMatch[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const before = slice[m.index - 1];
    const after = slice[m.index + m[0].length];
    if (before !== undefined && /[\p{L}\p{N}'’-]/u.test(before)) continue;
    if (after !== undefined && /[\p{L}\p{N}-]/u.test(after)) continue;
    const base = FORMS.get(m[0]);
    if (base === undefined) continue;
    // "in a note", "the claims", "his report": a noun.
    if (
      /\b(?:a|an|the|his|her|their|its|our|my|this|that|these|those)\s+$/i.test(
        slice.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      continue;
    // "who claims she was …", "he notes the plan is …": after a subject pronoun the form is a verb.
    const verbForSure = /\b(?:who|he|she|it|they)\s+(?:(?:also|still|now|[a-z]+ly)\s+)?$/i.test(
      slice.slice(Math.max(0, m.index - 30), m.index),
    );
    // "Analysts are predicting that …": a progressive is a finite verb; its subject ends before "are".
    const progressive = m[0].endsWith('ing')
      ? /\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?$/.exec(slice.slice(Math.max(0, m.index - 24), m.index))
      : null;
    out.push({
      start: start + m.index,
      end: start + m.index + m[0].length,
      base,
      form: m[0],
      participle: m[0].endsWith('ing') && progressive === null,
      ...(progressive !== null ? { subjectEnd: start + m.index - progressive[0].length } : {}),
      needsThat: NEED_THAT.has(m[0]) && !(verbForSure && NOUN_LIKE.has(m[0])),
    });
  }
  return out;
}

const JUDGEMENTS = new Set([
  'criticize',
  'praise',
  'condemn',
  'denounce',
  'decry',
  'hail',
  'applaud',
  'commend',
  'fault',
  'slam',
  'lambaste',
]);

/**
 * Judgement cues ("praised", "criticized") report a statement only with its reason: "criticized the
 * board for voting …", "praised the study as long overdue"; "praised the council" says nothing more.
 */
export const isJudgement = (base: string): boolean => JUDGEMENTS.has(base);

/** Cues that report a statement only when their subject is a document or a group ("the audit found"). */
export const onlyForSources = (base: string): boolean => base === 'find';

/** The plain form ("say", "suggest"), not "says", "said" or "saying". */
export const isBare = (c: CueMatch): boolean => c.form === c.base;

/** True for forms that take the hearer as object ("told reporters", "informed the press"). */
export function takesHearer(base: string): boolean {
  return (
    base === 'tell' ||
    base === 'inform' ||
    base === 'assure' ||
    base === 'urge' ||
    base === 'warn' ||
    base === 'ask' ||
    base === 'email'
  );
}
