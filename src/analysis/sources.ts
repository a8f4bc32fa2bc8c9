import type { FoundAttribution } from './attribution.js';
import { SUBJECT_PRONOUNS, VAGUE_DETERMINERS, VAGUE_SOURCE_HEADS } from './lexicon.js';
import { firstEndingAfter } from './quotes.js';
import type { SourceRecord, SourceType, TextSpan } from './types.js';

export const UNNAMED_SOURCE_ID = 'unnamed';

export interface ResolvedSources {
  /** For each attribution, in order: the source it resolves to, or null (a pronoun with no antecedent). */
  sourceIds: Array<string | null>;
  /** Whether the mention names nobody in particular ("some observers", "officials"). */
  vague: boolean[];
  /** The records referenced, registry ones and those made for unknown mentions. */
  sources: SourceRecord[];
}

/** The article's text and the names written in it (runs of proper nouns), for mentions that point back to them. */
export interface ArticleNames {
  text: string;
  names: readonly TextSpan[];
}

/** Short forms that point back to a source named earlier: "the ministry" → the last source with "ministry". */
const SHORT_FORM_HEADS = new Set([
  'ministry',
  'agency',
  'newspaper',
  'paper',
  'department',
  'government',
  'company',
  'group',
  'campaign',
  'committee',
  'office',
  'service',
  'network',
  'outlet',
  'daily',
  'report',
  'study',
  'court',
  'military',
  'army',
  'police',
  'foundation',
  'institute',
  'association',
  'council',
  'union',
  'party',
  'university',
  'center',
  'centre',
  'organization',
  'organisation',
]);

const TYPE_RULES: Array<[RegExp, SourceType]> = [
  [/\b(intelligence|spy agency|spy agencies|cia|nsa|fbi)\b/, 'intelligence'],
  [/\bstate(-run)? (media|tv|television|news|newspaper)\b|\bstate-run\b/, 'state-media'],
  // Before the officials: "Iran's official news agency" is an agency.
  [/\b(news agency|press agency)\b/, 'wire-service'],
  [/\b(officials?|spokes(man|woman|person)|aides?|diplomats?|envoys?|ambassadors?|negotiators?)\b/, 'officials'],
  [
    /\b(ministry|ministries|ministers?|governments?|departments?|president|parliaments?|congress|senate|embassy|embassies|cabinet|kremlin|white house|pentagon|administration|military|militaries|army|navy|air force|coast guard|chiefs of staff|command|armed forces|police|prime minister)\b/,
    'government',
  ],
  // Capitals and countries speaking stand for their governments: "Seoul backs the plan", "Russia denied it".
  [
    /^(seoul|pyongyang|moscow|washington|beijing|tokyo|kyiv|kiev|tehran|london|paris|berlin|brussels|north korea|south korea|russia|ukraine|china|japan|the united states|united states|us|u\.s\.|iran|israel|the kremlin|kremlin)$/,
    'government',
  ],
  [
    /\b(times|post|journal|news|newspaper|tv|television|radio|network|daily|magazine|cnn|bbc|fox|msnbc|nbc|abc|cbs|politico)\b/,
    'news-outlet',
  ],
  [
    /\b(report|statement|document|memo|letter|study|survey|poll|polls|data|assessments?|filing|records|analysis|decree|treaty)\b/,
    'document',
  ],
];

/** "UnitedHealth Group", "the Heritage Foundation": what a body calls itself, at the end of its capitalised name. */
const ORGANISATION_HEAD =
  /\b(group|company|corporation|corp\.?|inc\.?|foundation|institute|association|council|committee|campaign|party|university|center|centre|union|alliance|coalition|organization|organisation)$/;

interface AliasIndex {
  byAlias: Map<string, SourceRecord>;
  byId: Map<string, SourceRecord>;
  /** Acronyms of three or more capitals ("KCNA", "TASS", "JCS"), lower-cased: distinctive anywhere in a mention. */
  byAcronym: Map<string, SourceRecord>;
}
const aliasIndexes = new WeakMap<readonly SourceRecord[], AliasIndex>();

/**
 * Resolves each attribution's source mention to one record, so every mention of the same source links to it:
 * registry names and aliases first ("the state-run Korean Central News Agency" → KCNA), then pronouns and short
 * forms to the nearest fitting source named before ("he", "the ministry"), then a record made for the mention.
 *
 * @example resolveSources([{ source: { text: 'KCNA', … }, … }], DEFAULT_SOURCES).sourceIds // ['kcna']
 */
export function resolveSources(
  found: FoundAttribution[],
  registry: readonly SourceRecord[],
  { text, names }: ArticleNames = { text: '', names: [] },
): ResolvedSources {
  const index = aliasIndex(registry);
  const used = new Map<string, SourceRecord>();
  const sourceIds: Array<string | null> = [];
  const vague: boolean[] = [];
  const history: NamedSource[] = []; // named sources in reading order, for pronouns and short forms
  const namesIndex = lazily(() => namesByWord(names)); // built when a one-word name first needs it

  for (const attribution of found) {
    const mention = attribution.source?.text ?? null;
    if (mention === null) {
      sourceIds.push(null);
      vague.push(false);
      continue;
    }
    const key = normaliseMention(mention);
    // "Officials added …" after "Ukrainian officials said …" are those officials, not anybody.
    const earlierOfficials = key === 'officials' ? nearestOfficials(history) : null;
    const earlierPerson = DEFINITE_ROLE.test(mention.trim()) ? nearestPerson(history) : null;
    const isVague = isVagueMention(mention) && !earlierOfficials && !earlierPerson;
    let record: SourceRecord | null =
      lookUp(index, key) ?? lookUpOwner(index, key) ?? earlierOfficials ?? earlierPerson;
    if (!record && isVague) record = index.byId.get(UNNAMED_SOURCE_ID) ?? unnamedRecord();
    if (!record && SUBJECT_PRONOUNS.has(key)) {
      record =
        (key === 'who' ? nameRightBefore(index, names, attribution.source as TextSpan, used) : null) ??
        antecedent(history, key) ??
        personNamedBefore(names, attribution.source as TextSpan, key, used);
    } else if (!record && isShortForm(key)) {
      record =
        antecedent(history, key) ??
        usedUnqualified(used, key) ??
        bodyNamedBefore(text, index, names, attribution.source as TextSpan, key) ??
        mentionRecord(mention, key);
    } else if (!record) {
      record =
        sameSurname(used, key) ??
        usedUnqualified(used, key) ??
        personNamedInFull(namesIndex, attribution.source as TextSpan, key) ??
        bodySpokenFor(mention) ??
        mentionRecord(mention, key);
    }

    if (record) record = withFullerName(record, mention, key);
    // A byline's writer or a photo's credit is nobody a pronoun in the story stands for.
    const credits = attribution.kind === 'byline' || attribution.kind === 'credit';
    if (record && !SUBJECT_PRONOUNS.has(key) && !credits)
      history.push({ record, person: namesPerson(mention, record) });
    if (record) used.set(record.id, record);
    sourceIds.push(record?.id ?? null);
    vague.push(isVague);
  }
  return { sourceIds, vague, sources: [...used.values()] };
}

/**
 * "The North’s  state media," → "north's state media": case, curly apostrophes, spacing, closing punctuation, "the"
 * and a courtesy title ("Mr") do not matter.
 */
export function normaliseMention(mention: string): string {
  return mention
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:—–-]+$/, '')
    .trim()
    .replace(/^(the|a|an) /, '')
    .replace(HONORIFIC, '')
    .replace(KOREA_SHORT, (_short, side: string) => (side === 'n' ? 'north korea' : 'south korea'))
    .replace(/'s?$/, '');
}

/** "N. Korea", "S. Korea": how headlines write the two Koreas. */
const KOREA_SHORT = /^([ns])\.? ?korea(?=$|'| )/;

/** "Mr Kim", "Mrs. Clinton", "Dr. Carson": the courtesy title before a family name says nothing of who it is. */
const HONORIFIC = /^(mr|mrs|ms|dr)\.? (?=\S)/;

/** Articles and numbers that can open a vague source: "a source", "two people familiar with the talks". */
const PLAIN_OPENERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'both']);

/** Words capitalised only because they open the sentence: "Military analysts", "Western diplomats". */
const COMMON_MODIFIERS = new Set([
  ...['military', 'western', 'foreign', 'senior', 'independent', 'political', 'security', 'intelligence'],
  ...['government', 'industry', 'local', 'regional', 'international', 'defense', 'defence', 'diplomatic'],
  ...['economic', 'financial', 'legal', 'former', 'veteran', 'top', 'unnamed', 'anonymous'],
]);

const INDEFINITE = new Set(['a', 'an', 'one']);
/** People a story leaves unnamed when it says "a …" of them. */
const UNNAMED_ONES = new Set(['official', 'diplomat', 'insider', 'person', 'aide', 'officer']);

/** "Observers in Seoul", "diplomats in New York": where they are names nobody ("analysts at Nomura" names a firm). */
const PLACE_AFTER = /\s+in\s+\p{Lu}[\p{L}.-]*(\s+\p{Lu}[\p{L}.-]*)*$/u;

/** Nobody in particular: a vague head ("observers", "officials") with no name qualifying it. */
export function isVagueMention(mention: string): boolean {
  // "A ministry official, who …": the comma after a word is not part of it.
  const words = mention
    .replace(PLACE_AFTER, '')
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .map((word) => word.replace(/[,;:]+$/, ''));
  const lower = words.map((word) => word.toLowerCase());
  // "Japanese government sources", "a source close to the Kremlin": a source is unnamed by what the word means.
  if (lower.some((word) => word === 'source' || word === 'sources')) return true;
  // "A former U.S. official", "a Western diplomat": one person, described but not named (an appositive may name them).
  if (INDEFINITE.has(lower[0] as string) && lower.some((word) => UNNAMED_ONES.has(word)) && !mention.includes(','))
    return true;
  if (!lower.some((word) => VAGUE_SOURCE_HEADS.has(word))) return false;
  // A capital after the first word names someone: "Ukrainian officials", "analysts at Goldman Sachs". The first word
  // may be capitalised only because it opens the sentence: "A source familiar with the matter", "Some observers".
  const first = lower[0] as string;
  const opensVaguely =
    VAGUE_DETERMINERS.has(first) ||
    VAGUE_SOURCE_HEADS.has(first) ||
    PLAIN_OPENERS.has(first) ||
    COMMON_MODIFIERS.has(first);
  return words.every((word, i) => !/^\p{Lu}/u.test(word) || (i === 0 && opensVaguely));
}

function aliasIndex(registry: readonly SourceRecord[]): AliasIndex {
  let index = aliasIndexes.get(registry);
  if (!index) {
    index = { byAlias: new Map(), byId: new Map(), byAcronym: new Map() };
    for (const record of registry) {
      index.byId.set(record.id, record);
      for (const name of [record.name, ...record.aliases]) {
        index.byAlias.set(normaliseMention(name), record);
        if (/^\p{Lu}{3,}$/u.test(name)) index.byAcronym.set(name.toLowerCase(), record);
      }
    }
    aliasIndexes.set(registry, index);
  }
  return index;
}

/**
 * The registry's record for a mention: see lookUpKey. A capital standing for its country is read both ways:
 * "Pyongyang's official news agency" is "North Korea's official news agency", and so is "the North's" in Korea copy.
 */
function lookUp(index: AliasIndex, key: string): SourceRecord | null {
  const found = lookUpKey(index, key);
  if (found) return found;
  const capital = CAPITAL_OWNER.exec(key)?.[1];
  return capital ? lookUpKey(index, `${COUNTRY_OF_CAPITAL[capital]}'s ${key.slice(key.indexOf(' ') + 1)}`) : null;
}

/**
 * Capitals whose name stands for the country's in news copy ("Seoul's military"), and those countries; "the North's"
 * and "the South's" are the two Koreas' (normaliseMention has dropped the "the").
 */
const COUNTRY_OF_CAPITAL: Record<string, string> = {
  pyongyang: 'north korea',
  seoul: 'south korea',
  north: 'north korea',
  south: 'south korea',
  moscow: 'russia',
  beijing: 'china',
  tokyo: 'japan',
  kyiv: 'ukraine',
  kiev: 'ukraine',
};
const COUNTRIES = new Set(Object.values(COUNTRY_OF_CAPITAL));
const CAPITAL_OWNER = new RegExp(`^(${Object.keys(COUNTRY_OF_CAPITAL).join('|')})'s? `);

/**
 * Exact alias, else the longest alias the mention ends with ("the state-run Korean Central News Agency"), else a
 * registry acronym among its words ("Pyongyang's KCNA news agency").
 */
function lookUpKey(index: AliasIndex, key: string): SourceRecord | null {
  const exact = index.byAlias.get(key);
  if (exact) return exact;
  const words = key.split(' ');
  // "Lee Jae-myung and Yoon Suk Yeol", "KCNA and TASS": a list is none of its members, though an alias may hold an
  // "and" itself ("… Ministry of Foreign Affairs and Trade").
  const joiner = words.findIndex((word) => LIST_JOINERS.has(word));
  const isList = joiner >= 0;
  // "KCNA, the North's official news agency": the name before its appositive.
  const head =
    key.includes(',') && !isList ? index.byAlias.get(normaliseMention(key.slice(0, key.indexOf(',')))) : undefined;
  if (head) return head;
  for (let skip = 1; skip < words.length - 1 && (!isList || skip <= joiner); skip++) {
    const ending = words.slice(skip).join(' ');
    // "a professor in South Korea", "an adoptee from South Korea": a country at the end is where someone is, not who.
    const match = COUNTRIES.has(ending) ? undefined : index.byAlias.get(ending);
    if (match && words.length - skip >= 2) return match;
  }
  if (isList) return null;
  // "Japan's Kyodo news agency": the outlet's own name, without whose it is and what kind of outlet it is.
  const core = key.replace(OWNER, '').replace(OUTLET_KIND, '');
  const named = core !== key && core.length > 0 ? index.byAlias.get(core) : undefined;
  if (named) return named;
  // "Pyongyang's KCNA news agency": a registry acronym standing as a word of the mention.
  for (const word of words) {
    const match = index.byAcronym.get(word.replace(/[,;:()]+/g, '').replace(/'s?$/, ''));
    if (match) return match;
  }
  return null;
}

/** Whose an outlet is, before its name: "japan's", "south korea's". */
const OWNER = /^(?:\S+ )?\S+'s? /;
/** What kind of outlet a name is, after it: "news agency", "newspaper". */
const OUTLET_KIND = / (news agency|agency|news service|newspaper|daily|broadcaster|television|tv|radio)$/;

/** Words that join the members of a list. */
const LIST_JOINERS = new Set(['and', 'or', '&']);

/** What speaks for its owner: "KCNA's statement", "the ministry's spokesman" resolve to KCNA, the ministry. */
const OWNED_VOICE =
  /^(.+)'s? (statement|report|letter|spokes(?:man|woman|person)|press secretary|website|newspaper|tweet|post|note|memo|announcement|commentary|editorial|dispatch|broadcast|bulletin)$/;

/** "a spokesman for the Kremlin", "a Kremlin spokeswoman": who speaks for a body is filed under it. */
const SPOKESPERSON_FOR =
  /^(?:(?:a|an|the|one) )?(?:\S+ )?(?:spokes(?:man|woman|person)|press secretary) (?:for|of) (.+)$/;
const BODY_SPOKESPERSON = /^(?:(?:a|an|the|one) )?(.+) (?:spokes(?:man|woman|person)|press secretary)$/;

/** The record of the body a spokesperson speaks for, where the registry does not know it: "North Korea's Foreign Ministry". */
function bodySpokenFor(mention: string): SourceRecord | null {
  const body = new RegExp(SPOKESPERSON_FOR.source, 'i').exec(mention.trim())?.[1];
  return body && /^\p{Lu}/u.test(body) ? mentionRecord(body, normaliseMention(body)) : null;
}

function lookUpOwner(index: AliasIndex, key: string): SourceRecord | null {
  // "the Pentagon's press secretary, Maj. Gen. Pat Ryder": the role before its holder's name.
  const role = key.includes(',') ? key.slice(0, key.indexOf(',')) : key;
  const owner = (OWNED_VOICE.exec(role) ?? SPOKESPERSON_FOR.exec(role) ?? BODY_SPOKESPERSON.exec(role))?.[1];
  return owner ? lookUp(index, normaliseMention(owner)) : null;
}

/** "the ministry", "the state-run agency": a common head with at most two plain modifiers and no name. */
function isShortForm(key: string): boolean {
  const words = key.split(' ');
  return words.length <= 3 && SHORT_FORM_HEADS.has(words.at(-1) as string);
}

/**
 * Whether a short form can stand for a source with these names: each of its words is in them ("the ministry" for
 * "Russia's Foreign Ministry", but not "the Defense Ministry"; "the Democratic Party" is not "the Republican Party").
 */
function fitsShortForm(key: string, names: string): boolean {
  return key
    .split(' ')
    .filter((word) => !POINTING_WORDS.has(word))
    .every((word) => names.includes(word.replace(/'s?$/, '')));
}

/** Words of a short form that point rather than name: "his campaign", "the ministry", "that agency". */
const POINTING_WORDS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
]);

/** How many named sources back a pronoun may reach: further than a few paragraphs, "he" is no longer clear. */
const ANTECEDENT_WINDOW = 12;

/** A source as it was named: its record, and whether the mention named a person. */
interface NamedSource {
  record: SourceRecord;
  /** "Kremlin spokesman Dmitry Peskov" names a person, though he speaks for the Kremlin's record: "he" can be him. */
  person: boolean;
}

/** Whether `mention` names a person: its record is one, or it ends with a name that would be one. */
function namesPerson(mention: string, record: SourceRecord): boolean {
  if (record.type === 'person') return true;
  const trimmed = mention.trim();
  const name = /(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*$/u.exec(trimmed)?.[0];
  // "the Republican Party": a name that takes "the" is no person's (see mentionRecord).
  if (name && /^the\s+$/i.test(trimmed.slice(0, -name.length))) return false;
  // A record made for the mention is filed under the holder's name: "Fumio Kishida" of "Prime Minister Fumio Kishida".
  const filedUnder = record.id.startsWith('mention:') ? record.name : undefined;
  return [name, filedUnder].some((n) => n?.includes(' ') === true && guessType(n, normaliseMention(n)) === 'person');
}

/** "the diplomat", "the official": one person already named, by the role the story gave them. */
const DEFINITE_ROLE =
  /^the (diplomat|official|minister|spokesman|spokeswoman|spokesperson|envoy|ambassador|senator|lawmaker|analyst|expert|professor|researcher)$/i;

/** The person named last, unless an unnamed source came after them ("a source … The official said" is that source). */
function nearestPerson(history: NamedSource[]): SourceRecord | null {
  for (let i = history.length - 1; i >= Math.max(0, history.length - ANTECEDENT_WINDOW); i--) {
    const { record, person } = history[i] as NamedSource;
    if (record.type === 'unnamed') return null;
    if (person) return record;
  }
  return null;
}

/** The nearest source named before that a pronoun or short form can stand for. */
function antecedent(history: NamedSource[], key: string): SourceRecord | null {
  const personal = key === 'he' || key === 'she' || key === 'i';
  for (let i = history.length - 1; i >= Math.max(0, history.length - ANTECEDENT_WINDOW); i--) {
    const { record: candidate, person } = history[i] as NamedSource;
    // "A ministry official, who …": a relative pronoun stands for the mention right before it, however vague.
    if (key === 'who' && i === history.length - 1) return candidate;
    if (candidate.type === 'unnamed') continue;
    if (personal && person) return candidate;
    if (key === 'it' && candidate.type !== 'person' && candidate.type !== 'officials') return candidate;
    if (key === 'they' || key === 'we' || key === 'who') return candidate;
    if (isShortForm(key) && fitsShortForm(key, `${candidate.name} ${candidate.aliases.join(' ')}`.toLowerCase()))
      return candidate;
  }
  return null;
}

/**
 * "the Joint Chiefs of Staff" after "Seoul's military" (the registry's "Joint Chiefs of Staff (South Korea)"): a
 * mention naming a record already cited in the article, without the qualifier the registry adds to tell it apart.
 */
function usedUnqualified(used: Map<string, SourceRecord>, key: string): SourceRecord | null {
  for (const record of used.values()) {
    const qualified = /^(.+?)\s*\([^)]*\)$/.exec(record.name);
    if (qualified?.[1] && normaliseMention(qualified[1]) === key) return record;
  }
  return null;
}

/** How far back, in characters, "he" or "she" may find a name that no attribution has used yet. */
const NAME_REACH = 600;

/**
 * "Vladimir Putin signed the treaty. He said …": with no earlier source to stand for, "he" or "she" is the nearest
 * person's name before it, within reach.
 */
function personNamedBefore(
  names: readonly TextSpan[],
  pronoun: TextSpan,
  key: string,
  used: Map<string, SourceRecord>,
): SourceRecord | null {
  if (key !== 'he' && key !== 'she') return null;
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i] as TextSpan;
    if (name.end > pronoun.start) continue;
    if (name.end < pronoun.start - NAME_REACH) return null;
    const record =
      sameSurname(used, normaliseMention(name.text)) ?? mentionRecord(name.text, normaliseMention(name.text));
    if (record.type === 'person') return record;
  }
  return null;
}

/**
 * "… was summoned to the South Korean Foreign Ministry last month, the ministry said": with no source before it to
 * stand for, a short form is the nearest name before it, within reach, that ends in its head word.
 */
function bodyNamedBefore(
  text: string,
  index: AliasIndex,
  names: readonly TextSpan[],
  mention: TextSpan,
  key: string,
): SourceRecord | null {
  const head = key.split(' ').at(-1) as string;
  for (let i = firstEndingAfter(names, mention.start) - 1; i >= 0; i--) {
    const name = names[i] as TextSpan;
    if (name.end < mention.start - NAME_REACH) return null;
    const nameKey = normaliseMention(name.text);
    if (nameKey.split(' ').at(-1) !== head || !fitsShortForm(key, nameKey)) continue;
    // "UnitedHealth Group … the trade group for the plans … the group wrote": the nearer, unnamed one it is.
    if (text.slice(name.end, mention.start).toLowerCase().includes(head)) return null;
    return lookUp(index, nameKey) ?? mentionRecord(name.text, nameKey);
  }
  return null;
}

/**
 * "Putin" after "Vladimir Putin", "Kim" after "Kim Jong Un": a one-word name that is the family name of a person
 * already named, last word or first (Korean and Chinese names put it first). The person named last wins.
 */
function sameSurname(used: Map<string, SourceRecord>, key: string): SourceRecord | null {
  if (key.includes(' ')) return used.get(`mention:${key.replace(/[^\p{L}\p{N}]+/gu, '-')}`) ?? null;
  // People, and officials filed under their own name ("Koo Byoung-sam", not "Ukrainian officials").
  const people = [...used.values()].filter(
    (record) =>
      record.type === 'person' || (record.type === 'officials' && /^\p{Lu}\S*(?:\s\p{Lu}\S*)*\s?$/u.test(record.name)),
  );
  for (let i = people.length - 1; i >= 0; i--) {
    const words = normaliseMention((people[i] as SourceRecord).name).split(' ');
    // "Kim and Putin" is two people: "Putin" later is not both of them.
    if (words.some((word) => LIST_JOINERS.has(word))) continue;
    if (words.length > 1 && (words.at(-1) === key || words[0] === key)) return people[i] as SourceRecord;
  }
  return null;
}

/**
 * "… met Foreign Minister Cho Tae-yul, who called it illegal": a relative "who" right after a name stands for that
 * name, whether or not it was anyone's source.
 */
function nameRightBefore(
  index: AliasIndex,
  names: readonly TextSpan[],
  pronoun: TextSpan,
  used: Map<string, SourceRecord>,
): SourceRecord | null {
  const name = names[firstEndingAfter(names, pronoun.start) - 1];
  // ", who": at most a comma and spaces between.
  if (!name || pronoun.start - name.end > 3) return null;
  const key = normaliseMention(name.text);
  const record = lookUp(index, key) ?? mentionRecord(name.text, key);
  return used.get(record.id) ?? sameSurname(used, key) ?? record;
}

/** `make()`, called once, the first time the returned function is. */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** The article's names of two words or more, by their first and by their last word, each list in text order. */
type NamesByWord = Map<string, TextSpan[]>;

function namesByWord(names: readonly TextSpan[]): NamesByWord {
  const byWord: NamesByWord = new Map();
  for (const name of names) {
    const words = normaliseMention(name.text).split(' ');
    for (const word of new Set([words[0] as string, words.at(-1) as string])) {
      const sharing = byWord.get(word) ?? [];
      sharing.push(name);
      byWord.set(word, sharing);
    }
  }
  return byWord;
}

/** How many earlier names sharing its word a one-word name is compared with: the nearest person is near. */
const FULL_NAME_TRIES = 8;

/**
 * "Lavrov" after "TASS quoted Foreign Minister Sergei Lavrov as saying …": a one-word name that ends (or, for Korean
 * and Chinese names, opens) the name of a person or official written before it, who spoke as no one's source yet.
 */
function personNamedInFull(byWord: () => NamesByWord, mention: TextSpan, key: string): SourceRecord | null {
  const candidates = key.includes(' ') ? undefined : byWord().get(key);
  if (!candidates) return null;
  const before = firstEndingAfter(candidates, mention.start);
  for (let i = before - 1; i >= Math.max(0, before - FULL_NAME_TRIES); i--) {
    const name = candidates[i] as TextSpan;
    const record = mentionRecord(name.text, normaliseMention(name.text));
    if (record.type === 'person' || record.type === 'officials') return record;
  }
  return null;
}

/**
 * The officials named last, as a group: "Officials" after "Defense Minister Kim Yong-hyun" are not the minister, though
 * his record is typed as an official's.
 */
function nearestOfficials(history: NamedSource[]): SourceRecord | null {
  for (let i = history.length - 1; i >= Math.max(0, history.length - ANTECEDENT_WINDOW); i--) {
    const { record, person } = history[i] as NamedSource;
    if (record.type === 'officials' && !person) return record;
  }
  return null;
}

/**
 * "N. Korea" in a headline, "North Korea" below it: a record made for a mention takes the fuller spelling of the same
 * name when one comes (registry records keep theirs).
 */
function withFullerName(record: SourceRecord, mention: string, key: string): SourceRecord {
  if (!record.id.startsWith('mention:') || normaliseMention(record.name) !== key) return record;
  const name = displayName(mention);
  return name.length > record.name.length ? { ...record, name } : record;
}

function displayName(mention: string): string {
  return mention
    .trim()
    .replace(/^(the|The) /, '')
    .replace(/\s+/g, ' ');
}

/**
 * A record for a mention the registry does not know. A name with an appositive ("Moon Jae-in, South Korea's former
 * president") is filed under the name, so its later mentions ("Moon Jae-in") join it.
 */
function mentionRecord(mention: string, fullKey: string): SourceRecord {
  const [head] = mention.split(',');
  // "Moon Jae-in, South Korea's former president" is filed under the name; "The United States, South Korea and Japan"
  // is a list, not its first member (what follows its comma is another name, not a lower-case role).
  const rest = mention.slice((head ?? '').length + 1).trim();
  const isList = /^\p{Lu}/u.test(rest) && fullKey.split(' ').some((word) => LIST_JOINERS.has(word));
  const named = head !== undefined && head !== mention && !isList && /^\p{Lu}/u.test(head.trim());
  // "North Korean leader Kim Jong Un", "analyst Cheong Seong-chang", "Prime Minister Fumio Kishida": a role, then the
  // name of whoever holds it; "Rep. Lee Seong-kweun of the People Power Party": that, then what they belong to.
  // "Former Russian President Dmitry Medvedev, now deputy chairman …": the name before the appositive, past its title.
  const holder = named ? head : BELONGING.exec(mention)?.[1];
  const titled = (holder && titledName(holder)) ?? (named ? null : titledName(mention));
  // "Victor Cha of the Center for Strategic and International Studies": a person's name, then where they work.
  const member = !named && !titled && holder && isPersonName(holder) ? holder : null;
  const filedUnder = titled ?? member ?? (named ? head : mention);
  const key = named || titled || member ? normaliseMention(filedUnder) : fullKey;
  const name = displayName(filedUnder);
  // "The Hill", "the DNC", "The American Legion": a name that takes "the" is no person's.
  const guessed = guessType(name, key);
  const type =
    guessed === 'person' && !titled && !member && /^the\s/i.test(filedUnder.trim()) ? 'organisation' : guessed;
  return {
    id: `mention:${key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`,
    name,
    // The role tells the type a name alone cannot: "Ministry spokesperson Koo Byoung-sam" and "Prime Minister Fumio
    // Kishida" are officials.
    type:
      titled && type === 'person'
        ? SPEAKS_FOR_OFFICE.has(guessType(mention, fullKey))
          ? 'officials'
          : 'person'
        : type,
    aliases: [],
  };
}

/** The name a role is followed by ("Carlos Lopez-Cantera" of "former Lt. Gov. Carlos Lopez-Cantera"), or null. */
function titledName(mention: string): string | null {
  const name = (CAPITALISED_TITLE_NAME.exec(mention.trim()) ?? TITLED_NAME.exec(mention.trim()))?.[1];
  return name ? name.replace(LEADING_TITLES, '') : null;
}

/** Abbreviated titles a capitalised name may still start with: "Gov. Carlos …" after "Lt.". */
const LEADING_TITLES = /^(?:(?:Gov|Sen|Rep|Lt|Col|Gen|Maj|Capt|Adm|Dr|Prof)\.\s+)+/;

/**
 * The words before "of", "from" or "at" when they end on a capitalised word: "Rep. Lee Seong-kweun" of "… of the
 * People Power Party".
 */
const BELONGING = /^([^,]+?\p{Lu}[\p{L}’'.-]*)\s+(?:of|from|at)\s+/u;

/** Two to four capitalised words that read as a person's name ("Victor Cha"), not a body ("The Ministry"). */
function isPersonName(words: string): boolean {
  return PLAIN_NAME.test(words) && guessType(words, normaliseMention(words)) === 'person';
}

const PLAIN_NAME = /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'.-]*$/u;

/** The types of a role that makes whoever holds it an official. */
const SPEAKS_FOR_OFFICE: ReadonlySet<SourceType> = new Set(['officials', 'government']);

/**
 * A mention ending in a lower-case role word (not a joiner, preposition or article) and a name of two to four
 * capitalised words.
 */
const TITLED_NAME =
  /(?:^|\s)(?!(?:and|or|of|for|to|with|by|from|in|on|at|the|a|an)\s)\p{Ll}[\p{L}-]*\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'.-]*)$/u;
/** Capitalised titles of office written before a name: "Prime Minister Fumio Kishida", "Sen. Ted Cruz". */
const TITLES = [
  ...['President', 'Minister', 'Premier', 'Chancellor', 'Secretary', 'Ambassador', 'Envoy', 'Senator', 'Governor'],
  ...['Spokesman', 'Spokeswoman', 'Spokesperson', 'Mayor', 'Speaker', 'General', 'Admiral', 'Chairman', 'Chairwoman'],
  ...['Director', 'Commissioner', 'Professor', 'Fellow', 'Analyst', 'Researcher', 'Judge', 'Justice'],
  ...['Sen.', 'Rep.', 'Gov.', 'Gen.', 'Adm.', 'Prof.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Dr.', 'Secretary-General'],
  ...['Secretary of State', 'Secretary of Defense', 'Secretary of the Treasury', 'Attorney General'],
];
/** A mention ending in a capitalised title of office and a name of two to four capitalised words. */
const CAPITALISED_TITLE_NAME = new RegExp(
  `(?:^|\\s)(?:${TITLES.map((title) => title.replace('.', '\\.')).join('|')})\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}\\p{Lu}[\\p{L}’'.-]*)$`,
  'u',
);

function unnamedRecord(): SourceRecord {
  return { id: UNNAMED_SOURCE_ID, name: 'Unnamed sources', type: 'unnamed', aliases: [] };
}

/** A type from the words of an unknown mention; a capitalised name with no telling word is a person. */
export function guessType(name: string, key: string): SourceType {
  // "Moscow and Pyongyang", "Seoul, Tokyo and Washington": a list is of the type all its members share.
  const members = /\sand\s/.test(name) ? name.split(/,\s*(?:and\s+)?|\s+and\s+/).filter((member) => member.trim()) : [];
  if (members.length > 1) {
    const types = new Set(members.map((member) => guessType(member.trim(), normaliseMention(member))));
    return types.size === 1 ? ([...types][0] as SourceType) : 'organisation';
  }
  for (const [pattern, type] of TYPE_RULES) if (pattern.test(key)) return type;
  if (/^\p{Lu}/u.test(name.replace(/^the\s+/i, '')) && ORGANISATION_HEAD.test(key)) return 'organisation';
  if (/^\p{Lu}/u.test(name) && name.split(' ').length <= 4) return 'person';
  return /^\p{Lu}/u.test(name) ? 'organisation' : 'unnamed';
}
