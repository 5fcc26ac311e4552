/**
 * Speech and reporting cues (issue 4: "a broad lexicon, not just said"). Each verb form maps
 * to its lemma; the lemma is what `Quote.verb` reports. Forms are matched as whole words.
 * Reason per group: these verbs introduce reported speech in AP/Reuters copy.
 */
const VERBS: Record<string, readonly string[]> = {
  // the neutral reporting verbs, by far the most common in wire copy
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'telling'],
  add: ['added', 'adds', 'adding'],
  state: ['stated', 'stating'],
  note: ['noted', 'noting'],
  explain: ['explained', 'explains'],
  write: ['wrote', 'writes'],
  // stance verbs: speech with an attitude, still a quote cue
  warn: ['warned', 'warns', 'warning'],
  argue: ['argued', 'argues', 'arguing'],
  claim: ['claimed', 'claims', 'claiming'],
  insist: ['insisted', 'insists', 'insisting'],
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
  allege: ['alleged', 'alleges', 'alleging'],
  hint: ['hinted', 'hints'],
  joke: ['joked', 'jokes'],
  recount: ['recounted', 'recounts'],
  shout: ['shouted', 'shouts'],
  yell: ['yelled', 'yells'],
  order: ['ordered'],
  deny: ['denied', 'denies'],
  maintain: ['maintained', 'maintains'],
  assert: ['asserted', 'asserts'],
  contend: ['contended', 'contends'],
  complain: ['complained', 'complains'],
  reiterate: ['reiterated', 'reiterates'],
  tweet: ['tweeted'],
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

/**
 * Multi-word cues that take a that-clause or a quote, with the lemma reported for them.
 * `firstWords`: the words a match can begin with (each pattern's first word is followed by a
 * space, so it is a whole word); words that are none of them skip the patterns.
 */
export const CUE_PHRASES: readonly {
  pattern: RegExp;
  firstWords: readonly string[];
  lemma: string;
  reason: string;
}[] = [
  {
    pattern: /^(?:voiced|expressed|raised) (?:concern|concerns|fears?|doubts?|hope)\b/,
    firstWords: ['voiced', 'expressed', 'raised'],
    lemma: 'voice concern',
    reason: 'stance phrase used for official reactions',
  },
  {
    pattern: /^pointed out\b/,
    firstWords: ['pointed'],
    lemma: 'point out',
    reason: 'phrasal reporting verb',
  },
  { pattern: /^went on\b/, firstWords: ['went'], lemma: 'go on', reason: 'continuation of an earlier quote' },
  {
    pattern: /^called (?:on|for)\b/,
    firstWords: ['called'],
    lemma: 'call on',
    reason: 'appeal, reported as speech',
  },
];

/** Every word a multi-word cue can begin with. */
export const CUE_PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(CUE_PHRASES.flatMap((p) => p.firstWords));

/**
 * Lemmas that take reported content without "that" ("Savett said the move …"). Any other
 * cue needs "that" before its content: "announced the selection of", "urged Vietnam to",
 * "observed Europa for 17 nights" are not reported speech.
 */
export const THAT_OPTIONAL: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'warn',
  'argue',
  'insist',
  'claim',
  'write',
  'note',
  'explain',
  'stress',
  'recall',
  'acknowledge',
  'admit',
  'concede',
  'complain',
  'allege',
  'hint',
  'joke',
  'believe',
  'state',
  'reiterate',
  'contend',
  'assert',
  'emphasize',
]);

/** Introductory prepositional cue "According to X, …" / "…, according to X." */
export const ACCORDING_TO = /\baccording to\b/gi;

/** Participles that attach reported content to the sentence's subject (", saying the plan …"). */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'saying',
  'adding',
  'arguing',
  'claiming',
  'warning',
  'noting',
  'insisting',
  'stating',
  'alleging',
  'reporting',
]);
