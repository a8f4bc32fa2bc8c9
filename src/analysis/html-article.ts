import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** A saved web page reduced to the story, laid out as the analyser reads a pasted article. */
export interface HtmlArticle {
  /** Headline, byline, captions, then body paragraphs, separated by blank lines. */
  text: string;
  /** The headline; empty when the page has none. */
  title: string;
  /** "By Jane Doe, Associated Press"; null when the page names nobody. */
  byline: string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text a reader never sees as part of the page. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'select',
  'option',
  'button',
  'input',
  'textarea',
]);

/** Elements that start a new paragraph of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Never the story: where a headline is not looked for. */
const NOT_STORY = 'nav, footer, aside, [hidden], [aria-hidden=true]';
/** Page chrome: never searched for captions or bylines, never part of the text. */
const CHROME =
  `${NOT_STORY}, form, body > header, [role=navigation], [role=contentinfo], [role=banner], ` +
  '[class*=related], [class*=promo], [class*=teaser], [class*=recommend], [class*=newsletter]';
/** Where the photo credit of a figure sits when it is not in the caption's own words. */
const CREDIT = '[class*=credit], [class*=copyright], [class*=photographer], cite';
const BYLINE = '[class*=byline], [rel~=author], [itemprop~=author], [class*=author-name]';
const MAX_BYLINE_LENGTH = 100;
/**
 * Readability's time grows with the cube of the page's nesting (measured: 150 ms at 200 levels, 5.5 s at 800), so a
 * page nested deeper goes straight to the fallback; so does one with more elements than any news page has.
 */
const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 30_000;

const HTML_START = /^\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const HTML_TAGS = /<(?:body|article|p)[\s>]/i;

/**
 * Whether pasted text is a web page's HTML rather than an article's text: it starts like an HTML document, or holds
 * `<body>`, `<article>` or `<p>` tags.
 *
 * @example looksLikeHtml('<!doctype html><title>x</title>') // true
 * @example looksLikeHtml('Talks fail <again>, KCNA said.') // false
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text) || HTML_TAGS.test(text);
}

/**
 * Reduces a saved news page to its story with Mozilla's Readability over linkedom's DOM, as plain text laid out the
 * way the analyser expects a pasted article: the headline alone in the first paragraph, the byline, photo captions
 * with their credits, then the body paragraphs; blank lines between. Scripts, styles and page chrome never reach the
 * text, entities are decoded and whitespace collapsed. When Readability finds nothing, the body's blocks stand in;
 * malformed HTML gives what text can be found, never an exception.
 *
 * @example htmlToArticleText('<h1>Talks fail</h1><p>Talks failed, KCNA said.</p>').text // 'Talks fail\n\nTalks failed, KCNA said.'
 */
export function htmlToArticleText(html: string): HtmlArticle {
  try {
    return extractArticle(html);
  } catch {
    // A parser or Readability bug on hostile input: no text is a safe answer, the importer says so.
    return { text: '', title: '', byline: null };
  }
}

function extractArticle(html: string): HtmlArticle {
  const document = parseDocument(html);
  // Found before Readability runs, as it removes page headers and figures it judges to be outside the story, and
  // the classes that mark a photo credit.
  const pageTitle = titleOf(document);
  const headline = findHeadline(document, pageTitle);
  const scope = storyScope(document, headline.element);
  const pageByline = findBylineText(scope ?? document.body);
  const figures = captionsIn(document.body, scope);

  const article = depthOf(document.body) <= MAX_READABILITY_DEPTH ? runReadability(document) : null;
  const title = headline.text || clean(article?.title ?? '') || pageTitle;
  const byline = formatByline(article?.byline || pageByline || '');
  // A paragraph already shown as headline, byline or caption is not repeated among the body's.
  const shown = (captions: string[]) =>
    new Set([title, byline, article?.byline, pageByline, ...captions].map((text) => comparable(text ?? '')));

  // The captions of the story's figures and of those Readability kept.
  const kept = new Set(article ? captionsIn(article.content, null).map((figure) => figure.key) : []);
  let captions = unique(figures.filter((figure) => figure.inStory || kept.has(figure.key)).map((f) => f.caption));
  let body = article ? bodyParagraphs(article.content, shown(captions)) : [];
  if (body.length === 0) {
    // Readability found nothing, or only chrome: the page's body stands in, parsed afresh as Readability changes it.
    captions = unique(figures.map((figure) => figure.caption));
    body = bodyParagraphs(parseDocument(html).body, shown(captions));
  }

  const paragraphs = [title, byline ?? '', ...captions, ...body].filter((paragraph) => paragraph !== '');
  return { text: paragraphs.join('\n\n'), title, byline };
}

/**
 * The paragraphs of the story's text, without figures (their captions are shown apart, their credits lose the class
 * that marks them in Readability's copy), chrome (Readability keeps a short page's navigation) and paragraphs
 * already `shown`.
 */
function bodyParagraphs(root: Element, shown: ReadonlySet<string>): string[] {
  const skip = (element: Element) =>
    element.localName === 'figure' || element.localName === 'figcaption' || element.matches(CHROME);
  return blockTexts(root, skip).filter((paragraph) => !shown.has(comparable(paragraph)));
}

/** A whole document even from a fragment: linkedom puts the elements of `<p>…</p>` beside `<body>`, not in it. */
function parseDocument(html: string): Document {
  let { document } = parseHTML(html);
  if (document.documentElement?.localName !== 'html') {
    ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  }
  const body = document.body;
  for (const stray of [...document.documentElement.children]) {
    if (stray !== body && stray.localName !== 'head') body.append(stray);
  }
  return document;
}

function runReadability(document: Document): { title: string; byline: string; content: Element } | null {
  try {
    const parsed = new Readability<Node>(document, {
      serializer: (node) => node,
      // More elements than that and Readability throws: the body stands in.
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    if (!parsed?.content || parsed.content.nodeType !== ELEMENT_NODE) return null;
    return { title: parsed.title ?? '', byline: clean(parsed.byline ?? ''), content: parsed.content as Element };
  } catch {
    // Readability throws on some malformed pages (mozilla/readability#836): the body stands in.
    return null;
  }
}

/** The page's own title: og:title, else `<title>`. */
function titleOf(document: Document): string {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  // Any <title>, not only the head's: a pasted fragment may have its title anywhere.
  return clean(og || document.querySelector('title')?.textContent || '');
}

interface Headline {
  text: string;
  element: Element | null;
}

/**
 * The story's `<h1>`: the one most of the page title is made of ("Headline | Site"), else the one inside an
 * `<article>`, else the first. A site logo in an `<h1>` matches neither.
 */
function findHeadline(document: Document, pageTitle: string): Headline {
  const title = comparable(pageTitle);
  const candidates = [...document.querySelectorAll('h1')]
    .filter((element) => !insideAny(element, NOT_STORY))
    .map((element) => ({ element, text: clean(element.textContent ?? '') }))
    .filter((candidate) => candidate.text !== '');
  const matchesTitle = candidates.find((candidate) => {
    const text = comparable(candidate.text);
    return title !== '' && (text.includes(title) || (title.includes(text) && text.length * 2 >= title.length));
  });
  const inArticle = candidates.find((candidate) => candidate.element.closest('article'));
  return matchesTitle ?? inArticle ?? candidates[0] ?? { text: '', element: null };
}

/** The part of the page that holds the story, with its figures and byline; null when the page has no such part. */
function storyScope(document: Document, headline: Element | null): Element | null {
  const around = headline?.closest('article, main, [role=main]');
  if (around) return around;
  const main = document.querySelector('main, [role=main]');
  if (main) return main;
  const articles = document.querySelectorAll('article');
  return articles.length === 1 ? (articles[0] ?? null) : null;
}

function findBylineText(root: Element): string | null {
  for (const element of root.querySelectorAll(BYLINE)) {
    if (insideAny(element, CHROME)) continue;
    const text = clean(element.textContent ?? '');
    if (text !== '' && text.length < MAX_BYLINE_LENGTH && !text.includes('://')) return text;
  }
  return null;
}

/** "Jane Doe" → "By Jane Doe", the form the analyser knows as a byline. */
function formatByline(byline: string): string | null {
  const text = clean(byline).replace(/[.,;:]$/, '');
  if (text === '' || text.includes('://')) return null;
  return /^by\b/i.test(text) ? text.replace(/^by\b\s*/i, 'By ') : `By ${text}`;
}

interface FigureCaption {
  /** "Kim at the test. — Reuters" */
  caption: string;
  /** The caption's words as they stand in the page, to find it again after Readability has rewritten the figure. */
  key: string;
  /** Whether the figure is inside the part of the page that holds the story. */
  inStory: boolean;
}

/** Each figure's caption with its credit, leaving out figures in the page's chrome. */
function captionsIn(root: Element, story: Element | null): FigureCaption[] {
  const captions: FigureCaption[] = [];
  for (const caption of root.querySelectorAll('figcaption')) {
    if (insideAny(caption, CHROME)) continue;
    const figure = caption.closest('figure') ?? caption;
    const found = figure.querySelector(CREDIT);
    const creditElement = found && !found.contains(caption) ? found : null;
    const words = blockTexts(caption, (element) => element === creditElement).join(' ');
    const credit = clean(creditElement?.textContent ?? '')
      .replace(/^[—–-]+\s*/, '')
      .replace(/^\((.*)\)$/, '$1')
      .replace(/^(photo|image|picture|credit)s?\s*:\s*/i, '')
      .replace(/^©\s*/, '');
    if (words === '') continue;
    captions.push({
      caption: credit === '' || words.endsWith(credit) ? words : `${words} — ${credit}`,
      key: comparable(caption.textContent ?? ''),
      inStory: story?.contains(caption) ?? false,
    });
  }
  return captions;
}

/** How deeply the elements under `root` nest, counted without recursion. */
function depthOf(root: Element): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    deepest = Math.max(deepest, depth);
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Whether the element or one of its ancestors below `<body>` matches: a class on `<body>` itself (as in
 * "has-related-links") says nothing about one part of the page.
 */
function insideAny(element: Element, selector: string): boolean {
  for (let at: Element | null = element; at && at.localName !== 'body'; at = at.parentElement) {
    if (at.matches(selector)) return true;
  }
  return false;
}

/**
 * The text of `root` as paragraphs, one per block element, skipping what a reader never sees and what `skip` says.
 * Walks with its own stack, so a page nested ten thousand deep cannot overflow the call stack.
 */
function blockTexts(root: Node, skip: (element: Element) => boolean): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = clean(current);
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const END_OF_BLOCK = null;
  const stack: Array<Node | typeof END_OF_BLOCK> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (NEVER_TEXT.has(element.localName) || skip(element)) continue;
    if (BLOCKS.has(element.localName)) {
      flush();
      stack.push(END_OF_BLOCK);
    }
    const children = [...element.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return paragraphs;
}

/** One line of plain text: runs of whitespace (no-break spaces too) as one space, invisible characters removed. */
function clean(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text compared for repeats: case and punctuation at the ends do not matter. */
function comparable(text: string): string {
  return clean(text)
    .toLowerCase()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

function unique(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    const key = comparable(paragraph);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
