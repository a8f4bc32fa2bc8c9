/**
 * Word lists the attribution rules rely on. Kept as data so the rules read as structure, not spelling.
 */

/** Irregular past forms and participles of cue verbs: base → [past, participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  say: ['said', 'said'],
  tell: ['told', 'told'],
  write: ['wrote', 'written'],
  think: ['thought', 'thought'],
  find: ['found', 'found'],
  know: ['knew', 'known'],
  see: ['saw', 'seen'],
  feel: ['felt', 'felt'],
  show: ['showed', 'shown'],
  speak: ['spoke', 'spoken'],
  hear: ['heard', 'heard'],
  foresee: ['foresaw', 'foreseen'],
};

/**
 * Verbs that introduce what someone says, reports or holds. `speech` verbs are cues wherever their subject is a
 * source; `stance` verbs only when a clause, a quote or "that" follows, so "he thinks" counts and "he thinks hard"
 * does not.
 */
export const SPEECH_VERBS = [
  'say',
  'tell',
  'add',
  'report',
  'announce',
  'warn',
  'claim',
  'deny',
  'insist',
  'state',
  'note',
  'explain',
  'argue',
  'write',
  'tweet',
  'declare',
  'confirm',
  'acknowledge',
  'admit',
  'allege',
  'contend',
  'assert',
  'stress',
  'emphasize',
  'emphasise',
  'reiterate',
  'respond',
  'reply',
  'complain',
  'concede',
  'disclose',
  'reveal',
  'testify',
  'vow',
  'pledge',
  'promise',
  'caution',
  'recall',
  'remark',
  'comment',
  'predict',
  'speculate',
  'estimate',
  'maintain',
  'counter',
  'quip',
  'joke',
  'boast',
  'lament',
  'proclaim',
  'conclude',
  'suggest',
  'ask',
  'urge',
  'threaten',
  'post',
  'mention',
  'echo',
  'voice',
  'assure',
  'remind',
  'bemoan',
  'assail',
  'imply',
  'interject',
  'muse',
  'clarify',
  'yell',
  'shout',
  'chant',
  'brag',
  'quote',
  'retweet',
  'email',
  'reaffirm',
  'lecture',
  'underscore',
  'scoff',
  'concur',
  'retort',
  'rebut',
  'surmise',
  'opine',
] as const;

export const STANCE_VERBS = [
  'believe',
  'think',
  'expect',
  'hope',
  'fear',
  'worry',
  'doubt',
  'feel',
  'know',
  'agree',
  'disagree',
  'show',
  'find',
  'assume',
  'suspect',
  'wonder',
  'question',
  'understand',
  'foresee',
  'anticipate',
  'hear',
  'learn',
  'indicate',
  'realize',
  'realise',
  'recognize',
  'recognise',
  'decide',
  'guess',
  'imagine',
  'consider',
  'observe',
] as const;

/**
 * Verbs whose object is the stance itself ("Graham called Trump “crazy”", "she backs the deal"). The scheme counts
 * them, but they are everyday verbs too, so only a named or pronoun subject makes them cues.
 */
export const STANCE_OBJECT_VERBS = [
  'call',
  'describe',
  'accuse',
  'criticize',
  'criticise',
  'endorse',
  'defend',
  'cite',
  'propose',
  'support',
  'praise',
  'oppose',
  'dismiss',
  'blast',
  'attack',
  'slam',
  'reject',
  'condemn',
  'welcome',
  'applaud',
  'challenge',
  'demand',
  'back',
  'mock',
  'blame',
  'recommend',
  'denounce',
  'deride',
  'characterize',
  'characterise',
  'label',
  'question',
  'refer',
  'discuss',
  'highlight',
  'tout',
  'hail',
  'decry',
  'lambaste',
  'ridicule',
  'embrace',
  'favor',
  'favour',
  'want',
  'seek',
  'plan',
  'offer',
  'refuse',
  'decline',
  'pledge',
  'vow',
  'promise',
  'urge',
  'portray',
  'thank',
  'nominate',
  'encourage',
  'document',
  'detail',
  'outline',
  'invoke',
  'liken',
  'list',
  'champion',
  'advocate',
  'rebuke',
  'vouch',
  'contradict',
  'dub',
  'protest',
  'downplay',
  'rebuff',
  'laud',
  'herald',
  'float',
  'prefer',
  'frame',
  'reference',
  'congratulate',
  'disavow',
  'justify',
  'envision',
  'lament',
] as const;

/** Verbs that are cues only with their particle, and the particles they take: "pointed out", "talked about". */
export const PHRASAL_CUES: Record<string, readonly string[]> = {
  point: ['out', 'to'],
  talk: ['about'],
  speak: ['about', 'of', 'out'],
  refer: ['to'],
  allude: ['to'],
  weigh: ['in'],
  lash: ['out'],
  rail: ['against'],
  push: ['back'],
  call: ['for', 'on'],
  warn: ['of', 'against', 'about'],
  complain: ['about'],
  comment: ['on'],
  hint: ['at'],
  vote: ['for', 'against'],
  express: ['concern', 'support', 'doubt', 'frustration', 'hope', 'confidence', 'interest', 'opposition', 'skepticism'],
};

/** Verbs that introduce a quote but are everyday verbs otherwise: a cue only before a colon or a quote. */
export const QUOTING_VERBS = [
  'continue',
  'begin',
  'go',
  'write',
  'tweet',
  'post',
  'conclude',
  'explain',
  'recount',
] as const;

export type CueStrength = 'speech' | 'stance' | 'object' | 'quoting';

/** Forms of verbs that are cues only with a particle ("talked about"), as opposed to "warned (of)". */
export const PHRASAL_ONLY_FORMS: ReadonlySet<string> = new Set(
  Object.keys(PHRASAL_CUES)
    .filter((base) => ![...SPEECH_VERBS, ...STANCE_VERBS, ...STANCE_OBJECT_VERBS].includes(base as never))
    .flatMap((base) => inflect(base)),
);

/**
 * Verbs that report only a clause, a quote or a speaker's words that follow ("maintained that …", "he added."), and
 * otherwise mean something else: "Clinton maintains a commanding lead", "He may add to his team" (read as cues
 * with an object they were right 3 times in 37, cross-validated).
 */
export const CLAUSE_ONLY_FORMS: ReadonlySet<string> = new Set([
  ...['maintain', 'maintains', 'maintained', 'maintaining'],
  ...['add', 'adds'],
]);
/** What may follow such a verb when it reports: "that", a quote, a colon, the end of a clause, a subject. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...['that', ':', ',', '.', ';', '—'],
  ...['he', 'she', 'they', 'it', 'i', 'we', 'you', 'there'],
]);

/** The particles a cue verb form takes: "pointed" → ["out", "to"]. */
export const CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(PHRASAL_CUES).flatMap(([base, particles]) => inflect(base).map((form) => [form, particles] as const)),
);

/** Every inflected form of a cue verb, lower-cased, mapped to its strength (speech wins over stance). */
export const CUE_FORMS: ReadonlyMap<string, CueStrength> = (() => {
  const forms = new Map<string, CueStrength>();
  const add = (verbs: readonly string[], strength: CueStrength) => {
    for (const verb of verbs) for (const form of inflect(verb)) if (!forms.has(form)) forms.set(form, strength);
  };
  add(SPEECH_VERBS, 'speech');
  add(STANCE_VERBS, 'stance');
  add(STANCE_OBJECT_VERBS, 'object');
  add(QUOTING_VERBS, 'quoting');
  add(Object.keys(PHRASAL_CUES), 'object');
  return forms;
})();

/** Whether a cue's first word is a form of a verb of saying: "said", "warned in", "told reporters". */
export function isSpeechCue(cue: { text: string } | null): boolean {
  return cue !== null && CUE_FORMS.get(cue.text.toLowerCase().split(' ')[0] ?? '') === 'speech';
}

/**
 * Every form of a verb: say → say, says, said, saying. Irregular verbs come from the table; for regular ones the
 * usual spelling rules apply, and a final consonant is also tried doubled (admit → admitted): an extra form that
 * never occurs in text costs nothing.
 */
export function inflect(base: string): string[] {
  const consonantY = /[^aeiou]y$/.test(base);
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : base.endsWith('e') && !base.endsWith('ee')
      ? `${base.slice(0, -1)}ing`
      : `${base}ing`;
  const past = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const forms = [base, third, ing, ...(IRREGULAR[base] ?? [past])];
  if (/[^aeiou][aeiou][bdgkmnprt]$/.test(base)) forms.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`);
  return [...new Set(forms)];
}

/** Participles that make an agentless passive judgement: "it is considered", "is believed to". */
export const AGENTLESS_PARTICIPLES = new Set([
  'considered',
  'believed',
  'thought',
  'seen',
  'regarded',
  'expected',
  'said',
  'reported',
  'understood',
  'known',
  'alleged',
  'rumoured',
  'rumored',
  'estimated',
  'viewed',
  'deemed',
  'claimed',
  'suspected',
  'feared',
  'presumed',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Words that open a relative clause: "a spokesman who has …", "the group, which …", "moves that he said …". */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Heads of sources that name nobody in particular. */
export const VAGUE_SOURCE_HEADS = new Set([
  'observers',
  'critics',
  'analysts',
  'experts',
  'sources',
  'source',
  'people',
  'insiders',
  'commentators',
  'some',
  'many',
  'others',
  'diplomats',
  'officials',
  'reports',
  'rumours',
  'rumors',
  'skeptics',
  'sceptics',
  'supporters',
  'opponents',
  'residents',
  'witnesses',
  'activists',
  'scholars',
  'researchers',
  'watchers',
  // One of them: "a person familiar with the talks", "a senior official", "one diplomat".
  'person',
  'official',
  'observer',
  'critic',
  'analyst',
  'expert',
  'insider',
  'diplomat',
  'witness',
  'resident',
]);

/** Words before a vague head that leave it vague: "some observers", "officials familiar with". */
export const VAGUE_DETERMINERS = new Set(['some', 'many', 'several', 'few', 'certain', 'most', 'other', 'various']);

/** Adverbs that hedge a claim with no source: "reportedly", "allegedly". */
export const HEDGE_ADVERBS = new Set([
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'apparently',
  'rumoredly',
]);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** Words after a cue that are not yet its content: time and manner ("said last month that", "said on Monday"). */
export const TIME_WORDS = new Set([
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'last',
  'week',
  'month',
  'year',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'also',
  'then',
  'on',
  'this',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'separately',
  'publicly',
  'privately',
  'repeatedly',
  'once',
  'in',
  'a',
  'an',
  'the',
  'statement',
  'interview',
  'ago',
  'days',
  'weeks',
  'months',
  'years',
  'two',
  'three',
  'several',
  'at',
  'news',
  'conference',
  'briefing',
  'press',
  'with',
  'during',
  'late',
  'early',
]);

/**
 * Heads of noun phrases that name people or bodies that speak: "the minister accused …", "the group backs …".
 * Stance verbs with an object are cues only after such a subject (or a name, or a personal pronoun).
 */
export const SPEAKER_HEADS = new Set([
  'minister',
  'president',
  'premier',
  'chancellor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'leader',
  'leaders',
  'ministry',
  'agency',
  'government',
  'party',
  'senator',
  'lawmaker',
  'lawmakers',
  'candidate',
  'campaign',
  'group',
  'groups',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'envoy',
  'ambassador',
  'diplomat',
  'diplomats',
  'governor',
  'mayor',
  'secretary',
  'chief',
  'director',
  'commander',
  'general',
  'military',
  'army',
  'administration',
  'committee',
  'council',
  'court',
  'judge',
  'prosecutor',
  'prosecutors',
  'lawyer',
  'attorney',
  'newspaper',
  'paper',
  'daily',
  'network',
  'broadcaster',
  'outlet',
  'critics',
  'supporters',
  'opponents',
  'activists',
  'union',
  'company',
  'firm',
  'regime',
  'state',
  'country',
  'nation',
  'office',
  'department',
  'service',
  'police',
  'congressman',
  'congresswoman',
  'representative',
  'speaker',
  'chairman',
  'chairwoman',
  'adviser',
  'advisor',
  'aide',
  'aides',
  'team',
  'organization',
  'organisation',
  'association',
  'coalition',
  'alliance',
  'voters',
]);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Nouns that end a time phrase ("on Thursday say"), never a subject. */
export const TIME_NOUNS = new Set([
  ...WEEKDAYS,
  ...['today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'time'],
  ...['morning', 'afternoon', 'evening', 'night'],
]);

/** Words that lead a time phrase: "on Tuesday", "last month", "earlier this week". */
export const TIME_MODIFIERS = new Set([
  ...['the', 'a', 'an', 'last', 'this', 'next', 'early', 'earlier', 'late', 'later', 'that', 'on', 'each', 'every'],
]);

const MONTHS = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june'],
  ...['july', 'august', 'september', 'october', 'november', 'december'],
]);

/** "April", not the "may" of "they may". */
function isMonth(word: string): boolean {
  return /^\p{Lu}/u.test(word) && MONTHS.has(word.toLowerCase());
}

/**
 * "Tuesday", "last month", "a Sunday", "Thursday evening", "April", "20 years": when something was said, never who said
 * it ("April Ryan" is a name: its last word is no time).
 */
export function isTimePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const head = words.at(-1) ?? '';
  const modifies = (word: string) => {
    const lower = word.toLowerCase();
    return TIME_MODIFIERS.has(lower) || WEEKDAYS.has(lower) || isMonth(word) || /^\d+$/.test(word);
  };
  return (isTimeNoun(head) || isMonth(head)) && words.slice(0, -1).every(modifies);
}

/**
 * Where a time phrase ending at word `last` (of the words `wordAt` reads) starts ("on Tuesday", "last month"), or last + 1 if none ends there.
 * A bare time word ("The year said …") is a subject, not a time; a day's name stands alone. Words before `from` are
 * not looked at.
 *
 * @example timePhraseStart((i) => ['Officials', 'on', 'Monday'][i], 2, 0) // 1
 */
export function timePhraseStart(wordAt: (index: number) => string | undefined, last: number, from: number): number {
  const head = wordAt(last);
  if (last < from || head === undefined || !isTimeNoun(head)) return last + 1;
  let start = last;
  while (start - 1 >= from && TIME_MODIFIERS.has(wordAt(start - 1)?.toLowerCase() ?? '')) start--;
  return start < last || WEEKDAYS.has(head.toLowerCase()) ? start : last + 1;
}

/**
 * "Tuesday", "week", "months"; not a name that looks like one ("the Times", "USA TODAY"), but a weekday's name is one.
 */
export function isTimeNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^\p{Lu}/u.test(word)) return WEEKDAYS.has(lower);
  return TIME_NOUNS.has(lower) || TIME_NOUNS.has(lower.replace(/s$/, ''));
}
