import type { SentenceSpan } from './segment.js';
import type { Token } from './tokens.js';
import type { SentenceRole, Span } from './types.js';

export interface RoledSentence extends SentenceSpan {
  role: SentenceRole;
  /**
   * A credit inside the sentence: the credited name ("Reuters" in "— Reuters", "AP" in "SEOUL (AP) —") and the mark
   * that credits it (the dash, or "By"). `leading` credits open the sentence (a dateline), others close it.
   */
  credit: { start: number; end: number; dash: { start: number; end: number }; leading?: boolean } | null;
  /**
   * The dateline opening the story, dash and all ("SEOUL, Nov. 20 (Yonhap) -- ", "TALLAHASSEE — "): where it was
   * filed, never part of what anyone says.
   */
  dateline?: Span;
}

/** "— AP", "- Reuters", "– Yonhap": a dash and a short capitalised name closing a paragraph. */
const DASH = new Set(['—', '–', '-', '--']);
const MAX_CREDIT_TOKENS = 4;

/** "(END)", "-- END --", "###": a wire's mark for the end of the story. */
const STORY_END = /^(\(end\)|-+\s*end\s*-+|#{3})$/i;

/** Page chrome that is never part of the story. */
const CHROME = [
  /^follow us\b/i,
  /^next in\b/i,
  /^others also read\b/i,
  /^(read|see) (more|also)\b/i,
  /^related( stories| articles| news)?:?$/i,
  /^(sign up|subscribe)\b/i,
  // "Share", "Updated 9:41 PM GMT+9, September 19, 2024", "___": a web page's buttons, time stamps and rules.
  /^share$/i,
  /^(updated|published|posted|last updated)\b[^.!?]{0,60}\b\d{4}$/i,
  /^_{3,}$/,
  /^follow\b[^.!?]{0,60}\bcoverage\b/i,
  /^advertisement$/i,
  /^share (this|on)\b/i,
  /^click here\b/i,
  /^(also read|recommended|trending|most popular|more from)\b/i,
  /^copyright\b|^©/i,
  /^all rights reserved/i,
  // The writer's address under a story: "sjh@heraldcorp.com".
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
  STORY_END,
];
/** Once one of these appears, the rest of the page is a list of other stories. */
const CHROME_LIST_START = [
  /^next in\b/i,
  /^others also read\b/i,
  /^(read|see) more\b/i,
  /^related( stories| articles)?:?$/i,
  /^more from\b/i,
  STORY_END,
];

/**
 * "Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.", "Reporting by Jane Doe; Editing by
 * John Roe", "(Additional reporting by Jane Doe in Seoul; Editing by John Roe)": who helped write the story, not a claim.
 */
const CONTRIBUTORS =
  /^[^.!?]{0,200}\bcontributed (reporting|to (this|the) (report|story))[^.!?]{0,60}\.?$|^\(?(additional )?(reporting|writing) by\b[^.!?]{0,400}\.?\)?\.?$/iu;

/** A cheap look for the telling word first: the pattern is slow to fail on every sentence of a story. */
function isContributorLine(words: string): boolean {
  return /contributed|^\(?(additional )?(reporting|writing) by\b/i.test(words) && CONTRIBUTORS.test(words);
}

const PHOTO_WORDS = /\b(photo|photograph|pictured|picture|file image|images?)\b/i;

/**
 * Gives each sentence a role: headline, caption, byline, body or boilerplate (page chrome and everything after the
 * story's closing byline). A closing "— AP" is split off into a byline sentence of its own; a caption keeps its
 * photo credit.
 *
 * @example assignRoles(text, segmentText(text)).map((s) => s.role) // ['headline', 'caption', 'body', …, 'byline']
 */
export function assignRoles(text: string, sentences: SentenceSpan[], tokens: Token[]): RoledSentence[] {
  const roled: RoledSentence[] = [];
  const nextWords = (i: number) => {
    const next = sentences[i + 1];
    return next ? text.slice(next.start, next.end) : '';
  };
  const firstBodyParagraph = findFirstBodyParagraph(text, sentences);
  const captions = findCaptions(text, sentences, tokens, firstBodyParagraph);
  let storyOver = false;
  let sawBody = false;

  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as SentenceSpan;
    const words = text.slice(sentence.start, sentence.end);
    const next = sentences[i + 1];
    const endsParagraph = !next || next.paragraph !== sentence.paragraph;
    const credit = endsParagraph ? findTrailingCredit(sentence, tokens) : null;
    const isHeadline = i === 0 && isHeadlineLike(text, sentence, sentences);
    const caption = isHeadline ? undefined : captions.get(i);

    if (storyOver || CHROME.some((pattern) => pattern.test(words))) {
      if (CHROME_LIST_START.some((pattern) => pattern.test(words))) storyOver = true;
      roled.push({ ...sentence, role: 'boilerplate', credit: null });
      continue;
    }
    if (isHeadline) {
      roled.push({ ...sentence, role: 'headline', credit: null });
      continue;
    }
    if (caption) {
      // A caption of several sentences is one: its credit stands behind all of it.
      const last = sentences[caption.last] as SentenceSpan;
      roled.push({
        ...sentence,
        end: last.end,
        tokens: [sentence.tokens[0], last.tokens[1]],
        role: 'caption',
        credit: caption.credit,
      });
      i = caption.last;
      continue;
    }
    if (sawBody && isContributorLine(words)) {
      roled.push({ ...sentence, role: 'byline', credit: null });
      continue;
    }
    // "MOSCOW, December 2. /TASS/.": TASS's dateline, which the sentence splitter cuts in two before the story.
    const slashed = SLASH_CREDIT.test(words) || (SLASH_DATELINE_PLACE.test(words) && SLASH_CREDIT.test(nextWords(i)));
    if (!sawBody && slashed) {
      roled.push({ ...sentence, role: 'byline', credit: slashCredit(words, sentence.start) });
      continue;
    }
    if (/^[Bb]y\s+\p{Lu}/u.test(words) && words.split(/\s+/).length <= 12 && !/[.!?]$/.test(words)) {
      roled.push({ ...sentence, role: 'byline', credit: bylineCredit(words, sentence.start) });
      continue;
    }
    // The story opens with its dateline: in the first sentence of the body, or of its first long paragraph when a
    // standfirst comes before it ("Nation shuffling top diplomats … .¶¶MEXICO CITY - The rise of …").
    const opensStory =
      !sawBody || (sentence.paragraph === firstBodyParagraph && sentences[i - 1]?.paragraph !== sentence.paragraph);
    const wireDateline = opensStory ? findDateline(words, sentence.start) : null;
    const dateline = !opensStory
      ? undefined
      : (datelineSpan(words, sentence.start) ??
        (wireDateline ? { start: sentence.start, end: wireDateline.dash.end } : undefined));
    sawBody = true;
    if (wireDateline || dateline) {
      roled.push({ ...sentence, role: 'body', credit: wireDateline, ...(dateline && { dateline }) });
      continue;
    }
    if (credit) {
      // The story ends here: what comes before the dash is its last sentence, the dash and name its byline.
      const creditFirstToken = tokens.findIndex((token) => token.start === credit.dash.start);
      if (credit.dash.start > sentence.start) {
        const body = tokens[creditFirstToken - 1] as Token;
        roled.push({
          ...sentence,
          end: body.end,
          tokens: [sentence.tokens[0], creditFirstToken],
          role: 'body',
          credit: null,
        });
      }
      roled.push({
        ...sentence,
        start: credit.dash.start,
        tokens: [creditFirstToken, sentence.tokens[1]],
        role: 'byline',
        credit,
      });
      storyOver = true;
      continue;
    }
    roled.push({ ...sentence, role: 'body', credit: null });
  }
  return roled;
}

/** Where a caption paragraph ends (its last sentence's index) and the credit it closes with, by its first sentence. */
interface Caption {
  last: number;
  credit: NonNullable<RoledSentence['credit']>;
}

/**
 * Paragraphs that caption a photo: they close with a credit ("— Reuters", "(AP Photo/Ahn Young-joon)") and either
 * speak of a photo or come before the story's first paragraph.
 */
function findCaptions(
  text: string,
  sentences: SentenceSpan[],
  tokens: Token[],
  firstBodyParagraph: number | null,
): Map<number, Caption> {
  const captions = new Map<number, Caption>();
  for (let first = 0; first < sentences.length; ) {
    const paragraph = (sentences[first] as SentenceSpan).paragraph;
    let last = first;
    while (sentences[last + 1]?.paragraph === paragraph) last++;
    const closing = sentences[last] as SentenceSpan;
    const photo = findPhotoCredit(text, closing);
    const credit = photo ?? findTrailingCredit(closing, tokens);
    const words = text.slice((sentences[first] as SentenceSpan).start, closing.end);
    const beforeStory = firstBodyParagraph !== null && paragraph < firstBodyParagraph;
    if (credit && (photo || PHOTO_WORDS.test(words) || beforeStory)) captions.set(first, { last, credit });
    first = last + 1;
  }
  return captions;
}

/** "(AP Photo/Ahn Young-joon)", "(Photo: Reuters)": a photo credit in brackets closing a caption. */
const PHOTO_CREDIT =
  /\(\s*(?:(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?)\s+)?(Photos?)\b\s*(?:[/:]\s*)?([^\s)][^)]*)?\)\s*$/u;

/** "PHOTO: AFP", "ST PHOTO: JASON QUAH", "Photo: EPA-EFE": a labelled photo credit closing a caption, unbracketed. */
const LABELLED_PHOTO_CREDIT = /(?:^|\s)(?:(\p{Lu}{2,})\s+)?(PHOTOS?|Photos?)\s*:\s*(\p{Lu}[\p{L}.&/ -]{0,40}?)\s*$/u;

/** "… in Seoul, October 31, 2024. REUTERS/Kim Hong-Ji": an agency in capitals, a slash and the photographer. */
const AGENCY_SLASH_CREDIT = /(?:^|[.!?]["”’]?\s+)(\p{Lu}{2,}(?:\s\p{Lu}{2,})?)(?:\s+PHOTO)?(\/)\s*\p{Lu}[\p{L} .'-]*$/u;

/** "(Gavriil Grigorov, Sputnik, Kremlin Pool Photo via AP)": a pool photo, credited to the agency that carries it. */
const VIA_PHOTO_CREDIT = /\([^()]*\bPhotos?\s+via\s+(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?)\s*\)\s*$/u;

function findPhotoCredit(text: string, sentence: SentenceSpan): RoledSentence['credit'] {
  const words = text.slice(sentence.start, sentence.end);
  const via = VIA_PHOTO_CREDIT.exec(words);
  if (via?.[1]) {
    // The bracket credits it, as in "(Yonhap)": what the caption says ends before it.
    const bracket = sentence.start + via.index;
    const start = bracket + via[0].lastIndexOf(via[1]);
    return { start, end: start + via[1].length, dash: { start: bracket, end: bracket + 1 } };
  }
  const slashed = AGENCY_SLASH_CREDIT.exec(words);
  if (slashed?.[1] && slashed[2]) {
    const start = sentence.start + slashed.index + slashed[0].indexOf(slashed[1]);
    const slash = sentence.start + slashed.index + slashed[0].indexOf('/', slashed[0].indexOf(slashed[1]));
    return { start, end: start + slashed[1].length, dash: { start: slash, end: slash + 1 } };
  }
  const match = PHOTO_CREDIT.exec(words) ?? LABELLED_PHOTO_CREDIT.exec(words);
  if (!match?.[2]) return null;
  const at = sentence.start + match.index;
  const mark = at + match[0].indexOf(match[2], match[1] ? match[1].length : 0);
  // The agency before "Photo" is credited ("AP"), else whoever is named after it ("Reuters", a photographer).
  const credited = match[1] ?? match[3]?.trim();
  if (!credited) return null;
  const start = match[1] ? at + match[0].indexOf(match[1]) : at + match[0].indexOf(credited, mark - at);
  return { start, end: start + credited.length, dash: { start: mark, end: mark + match[2].length } };
}

/**
 * "SEOUL, South Korea (AP) —", "WASHINGTON (Reuters) -", "SEOUL, Nov. 20 (Yonhap) --", "SEOUL/MOSCOW, March 3 (Reuters)
 * -", "(AP) —": a dateline crediting a wire service.
 */
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\p{L}.'/ -]*(?:,\s*[\p{L}\p{N}.' -]+)?\s*)?\(([\p{Lu}][\p{L}.&/ -]{0,30})\)\s*([—–-]{1,2})/u;

function findDateline(words: string, offset: number): RoledSentence['credit'] {
  const match = DATELINE.exec(words);
  if (!match?.[1] || !match[2]) return null;
  const name = offset + match[0].indexOf(`(${match[1]})`) + 1;
  const dash = offset + match[0].lastIndexOf(match[2]);
  return {
    start: name,
    end: name + match[1].length,
    dash: { start: dash, end: dash + match[2].length },
    leading: true,
  };
}

/**
 * "TALLAHASSEE — ", "CHARLESTON, S.C. — ", "SEOUL, Nov. 20 -- ", and the wire's datelines above: a place in capitals,
 * perhaps a state, country or date, then a dash. Annotators leave it out of every content (8 of 8 in the corpus).
 */
const ANY_DATELINE =
  /^(?:\p{Lu}{2}[\p{Lu}.'’/ -]*(?:,\s*[\p{Lu}\p{N}][\p{L}\p{N}.'’ ]{0,30})?\s*(?:\([^()]{1,30}\)\s*)?|\([^()]{1,30}\)\s*)[—–-]{1,2}\s+/u;

function datelineSpan(words: string, offset: number): Span | undefined {
  const match = ANY_DATELINE.exec(words);
  return match ? { start: offset, end: offset + match[0].trimEnd().length } : undefined;
}

/** "/TASS/.": the wire TASS credits itself with, after its dateline. */
const SLASH_CREDIT = /^\/(\p{Lu}[\p{L}-]{1,20})\/\.?$/u;
/** "MOSCOW, December 2.": the place and date before it. */
const SLASH_DATELINE_PLACE = /^\p{Lu}[\p{Lu} .'’/-]+,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.$/u;

/** The credit of "/TASS/." (the name between the slashes, the first slash its mark); null for the place before it. */
function slashCredit(words: string, offset: number): RoledSentence['credit'] {
  const name = SLASH_CREDIT.exec(words)?.[1];
  return name ? { start: offset + 1, end: offset + 1 + name.length, dash: { start: offset, end: offset + 1 } } : null;
}

/** "By Jane Doe, Associated Press": the organisation is the source when there is one, else the writer. */
function bylineCredit(words: string, offset: number): RoledSentence['credit'] {
  const names = words.slice(3).trim();
  const from = words.indexOf(names);
  const comma = names.lastIndexOf(',');
  const credited = comma >= 0 ? names.slice(comma + 1).trim() : names;
  const start = offset + from + (comma >= 0 ? names.indexOf(credited, comma) : 0);
  return { start, end: start + credited.length, dash: { start: offset, end: offset + 2 } };
}

/** The headline is a first paragraph of one short line, followed by more text. */
function isHeadlineLike(text: string, sentence: SentenceSpan, sentences: SentenceSpan[]): boolean {
  const alone = sentences.filter((other) => other.paragraph === sentence.paragraph).length === 1;
  const more = sentences.some((other) => other.paragraph > sentence.paragraph);
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).length;
  const terminated = /[.!?]["”’]?$/.test(text.slice(sentence.start, sentence.end));
  return alone && more && (words <= 20 || (!terminated && words <= 30));
}

/** The first paragraph that reads like story text: two or more sentences, or one long one that ends properly. */
function findFirstBodyParagraph(text: string, sentences: SentenceSpan[]): number | null {
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    if (words.split(/\s+/).length >= 20 && /[.!?]["”’]?$/.test(words)) return sentence.paragraph;
  }
  return null;
}

/** Finds "— Name" closing a sentence: a dash, then up to four capitalised tokens, then nothing. */
function findTrailingCredit(sentence: SentenceSpan, tokens: Token[]): RoledSentence['credit'] {
  const [first, last] = sentence.tokens;
  for (let i = last - 1; i >= Math.max(first, last - MAX_CREDIT_TOKENS - 1); i--) {
    const token = tokens[i] as Token;
    if (!DASH.has(token.text)) continue;
    // "the A.F.L.-C.I.O.": a dash joined to the word before it is a hyphen inside a name.
    if (i > first && tokens[i - 1]?.end === token.start) return null;
    const name = tokens.slice(i + 1, last);
    if (name.length === 0 || !name.every((t) => /^[\p{Lu}&/]/u.test(t.text) || t.text === '/')) return null;
    const firstName = name[0] as Token;
    const lastName = name.at(-1) as Token;
    return { start: firstName.start, end: lastName.end, dash: { start: token.start, end: token.end } };
  }
  return findBracketCredit(sentence, tokens);
}

/** "… officials said. (Yonhap)": a short capitalised name in brackets after the last sentence's full stop. */
function findBracketCredit(sentence: SentenceSpan, tokens: Token[]): RoledSentence['credit'] {
  const [first, last] = sentence.tokens;
  if (tokens[last - 1]?.text !== ')') return null;
  let open = last - 2;
  while (open > first && open >= last - MAX_CREDIT_TOKENS - 2 && tokens[open]?.text !== '(') open--;
  const bracket = tokens[open];
  if (!bracket || open < first) return null;
  const name = tokens.slice(open + 1, last - 1);
  const before = tokens[open - 1];
  // "… shows a missile launch. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)": a notice in
  // brackets may stand between the caption's full stop and its credit.
  const closesSentence = open === first || (before !== undefined && /^[.!?”"’)]$/.test(before.text));
  if (bracket.text !== '(' || name.length === 0 || !closesSentence) return null;
  if (!name.every((t) => /^[\p{Lu}&]/u.test(t.text))) return null;
  const firstName = name[0] as Token;
  const lastName = name.at(-1) as Token;
  // The caption's words end before the notice, as before the credit.
  const notice = before?.text === ')' ? openingBracketOf(tokens, open - 1) : null;
  const mark = notice ?? bracket;
  return { start: firstName.start, end: lastName.end, dash: { start: mark.start, end: mark.end } };
}

/** The "(" that the ")" at `close` closes, within a short notice's reach, or null. */
function openingBracketOf(tokens: Token[], close: number): Token | null {
  for (let i = close - 1; i >= Math.max(0, close - NOTICE_MAX_TOKENS); i--) {
    const token = tokens[i] as Token;
    if (token.text === ')') return null;
    if (token.text === '(') return token;
  }
  return null;
}

/** "(For Use Only in the Republic of Korea. No Redistribution)": how long a notice before a credit may be. */
const NOTICE_MAX_TOKENS = 20;
