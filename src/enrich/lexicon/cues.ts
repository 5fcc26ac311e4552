/**
 * Speech and reporting cues (issue 4: "a broad lexicon, not just said"). Each verb form maps
 * to its lemma; the lemma is what `Quote.verb` reports. Forms are matched as whole words.
 * Reason per group: these verbs introduce reported speech in AP/Reuters copy.
 */
const VERBS: Record<string, readonly string[]> = {
  // the neutral reporting verbs, by far the most common in wire copy
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'telling'],
  add: ['added', 'adds'],
  state: ['stated', 'states'],
  note: ['noted', 'notes'],
  explain: ['explained', 'explains'],
  write: ['wrote', 'writes'],
  // stance verbs: speech with an attitude, still a quote cue
  warn: ['warned', 'warns'],
  argue: ['argued', 'argues'],
  claim: ['claimed', 'claims'],
  insist: ['insisted', 'insists'],
  acknowledge: ['acknowledged', 'acknowledges'],
  admit: ['admitted', 'admits'],
  announce: ['announced', 'announces'],
  ask: ['asked', 'asks'],
  reply: ['replied', 'replies'],
  respond: ['responded', 'responds'],
  continue: ['continued', 'continues'],
  declare: ['declared', 'declares'],
  emphasize: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'],
  stress: ['stressed', 'stresses'],
  urge: ['urged', 'urges'],
  suggest: ['suggested', 'suggests'],
  recall: ['recalled', 'recalls'],
  observe: ['observed', 'observes'],
  remark: ['remarked'],
  comment: ['commented'],
  counter: ['countered'],
  concede: ['conceded', 'concedes'],
  confirm: ['confirmed', 'confirms'],
  predict: ['predicted', 'predicts'],
  estimate: ['estimated', 'estimates'],
  believe: ['believes'],
  allege: ['alleged', 'alleges'],
  deny: ['denied', 'denies'],
  maintain: ['maintained', 'maintains'],
  assert: ['asserted', 'asserts'],
  contend: ['contended', 'contends'],
  complain: ['complained', 'complains'],
  reiterate: ['reiterated', 'reiterates'],
  tweet: ['tweeted', 'tweets'],
  post: ['posted'],
  testify: ['testified', 'testifies'],
  promise: ['promised', 'promises'],
  vow: ['vowed', 'vows'],
  agree: ['agreed', 'agrees'],
  describe: ['described'],
  report: ['reported', 'reports', 'reporting'],
};

/** Form → lemma, built once from VERBS (a constant table, not mutable state). */
export const CUE_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries(VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);

/** Multi-word cues that take a that-clause or a quote, with the lemma reported for them. */
export const CUE_PHRASES: readonly { pattern: RegExp; lemma: string; reason: string }[] = [
  {
    pattern: /^(?:voiced|expressed|raised) (?:concern|concerns|fears?|doubts?|hope)\b/,
    lemma: 'voice concern',
    reason: 'stance phrase used for official reactions',
  },
  { pattern: /^pointed out\b/, lemma: 'point out', reason: 'phrasal reporting verb' },
  { pattern: /^went on\b/, lemma: 'go on', reason: 'continuation of an earlier quote' },
  { pattern: /^called (?:on|for)\b/, lemma: 'call on', reason: 'appeal, reported as speech' },
];

/** Lemmas whose subject, when a media outlet, makes a claim attribution rather than a quote. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(['report', 'say', 'write', 'tell']);

/** Introductory prepositional cue "According to X, …" / "…, according to X." */
export const ACCORDING_TO = /\baccording to\b/gi;
