import { z } from 'zod';
import { analyzeArticle } from '../analysis/analyze.js';
import { countCitations, type SourceCitations } from '../analysis/source-citations.js';
import { normaliseMention } from '../analysis/sources.js';
import { type Analysis, SOURCE_TYPES, type SourceRecord } from '../analysis/types.js';
import { AppError } from '../errors.js';
import type { Store } from '../storage/store.js';
import { withRegistryLock } from './registry-lock.js';

export const MAX_SOURCE_NAME_LENGTH = 200;
export const MAX_ALIAS_LENGTH = 200;
export const MAX_ALIASES = 100;

const phrase = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** Other names of a source: each trimmed, not blank, at most 200 characters. */
export const aliasList = z
  .array(phrase(MAX_ALIAS_LENGTH), { error: 'must be a list of names' })
  .max(MAX_ALIASES, `must be at most ${MAX_ALIASES} names`);

/** A new registry source as a reviewer gives it. */
export const newSourceInput = z.object({
  name: phrase(MAX_SOURCE_NAME_LENGTH),
  type: z.enum(SOURCE_TYPES, { error: `must be one of ${SOURCE_TYPES.join(', ')}` }),
  aliases: aliasList.default([]),
});
export type NewSource = z.input<typeof newSourceInput>;

/** An alias for a registry source. */
export const aliasInput = z.object({ alias: phrase(MAX_ALIAS_LENGTH) });

/**
 * Adds a source to the registry, its id made from its name ("Foo Agency" → `foo-agency`, `foo-agency-2` when taken),
 * then re-analyses every article so mentions of it resolve to it. Throws `invalid_input` naming each bad field, and
 * `conflict` when the name or an alias already names another source.
 *
 * @example await addSource(store, { name: 'Foo Agency', type: 'state-media', aliases: ['FA'] }) // { id: 'foo-agency', … }
 */
export async function addSource(store: Store, input: NewSource): Promise<SourceRecord> {
  const { name, type, aliases } = validate(newSourceInput, input);
  return withRegistryLock(store, async () => {
    const sources = await store.listSources();
    const owner = ownerOf(sources, name);
    if (owner) {
      throw new AppError('conflict', `“${name}” already names ${nameOf(owner)}.`, {
        name: `already names ${nameOf(owner)}`,
      });
    }
    for (const alias of aliases) {
      const taken = ownerOf(sources, alias);
      if (taken) {
        throw new AppError('conflict', `“${alias}” already names ${nameOf(taken)}.`, {
          aliases: `“${alias}” already names ${nameOf(taken)}`,
        });
      }
    }
    const source: SourceRecord = { id: uniqueId(name, sources), name, type, aliases: distinctAliases(name, aliases) };
    await store.saveSource(source);
    await reanalyzeEvery(store);
    return source;
  });
}

/**
 * Adds an alias to a registry source, then re-analyses every article so the alias takes effect. An alias the source
 * already has changes nothing. Throws `invalid_input` (blank, over 200 characters), `not_found` (no such source) and
 * `conflict` when the alias already names another source, naming it.
 *
 * @example await addAlias(store, 'kcna', 'Pyongyang’s news agency') // { id: 'kcna', aliases: [… 'Pyongyang’s news agency'] }
 */
export async function addAlias(store: Store, sourceId: string, alias: string): Promise<SourceRecord> {
  const phraseToAdd = validate(aliasInput, { alias }).alias;
  return withRegistryLock(store, async () => {
    const sources = await store.listSources();
    const source = sources.find((candidate) => candidate.id === sourceId);
    if (!source) throw new AppError('not_found', `No source ${sourceId}.`);
    const owner = ownerOf(sources, phraseToAdd);
    if (owner?.id === source.id) return source;
    if (owner) {
      throw new AppError('conflict', `“${phraseToAdd}” already names ${nameOf(owner)}.`, {
        alias: `already names ${nameOf(owner)}`,
      });
    }
    const updated: SourceRecord = { ...source, aliases: [...source.aliases, phraseToAdd] };
    await store.saveSource(updated);
    await reanalyzeEvery(store);
    return updated;
  });
}

/**
 * Analyses an article again with the current registry and stores the result; its verdicts stay. Verdicts are keyed
 * by claim id (`s<sentence index>`); a registry change moves no sentence (only sources resolve differently), but a
 * change to the analyser that splits the text differently would leave a verdict on whatever sentence now has its
 * index. Throws `not_found` for an unknown article.
 */
export function reanalyzeArticle(store: Store, articleId: string): Promise<Analysis> {
  return withRegistryLock(store, async () => {
    const article = await store.getArticle(articleId);
    if (!article) throw new AppError('not_found', `No article ${articleId}.`);
    const analysis = analyzeArticle(article.text, await store.listSources());
    await store.saveAnalysis(article.id, analysis);
    return analysis;
  });
}

/** Analyses every article again with the current registry (see reanalyzeArticle); returns how many there were. */
export function reanalyzeAll(store: Store): Promise<number> {
  return withRegistryLock(store, () => reanalyzeEvery(store));
}

/** How many claims of all the desk's articles cite each source, by source id (see countCitations). */
export async function citationsOfAllArticles(store: Store): Promise<Map<string, SourceCitations>> {
  return countCitations((await store.listArticles()).map((article) => article.analysis));
}

/** Re-analyses every article; the caller holds the registry lock. */
async function reanalyzeEvery(store: Store): Promise<number> {
  const registry = await store.listSources();
  const articles = await store.listArticles();
  // Saved together, so a store that batches writes (lowdb) writes the file once, not once per article.
  await Promise.all(articles.map((article) => store.saveAnalysis(article.id, analyzeArticle(article.text, registry))));
  return articles.length;
}

/** The source a name or alias already stands for, compared as the analyser compares mentions ("the KCNA" = "KCNA"). */
function ownerOf(sources: readonly SourceRecord[], name: string): SourceRecord | null {
  const key = normaliseMention(name);
  return sources.find((source) => [source.name, ...source.aliases].some((n) => normaliseMention(n) === key)) ?? null;
}

function nameOf(source: SourceRecord): string {
  return `the source ${source.name} (${source.id})`;
}

/** Aliases once each, and never the name again. */
function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([normaliseMention(name)]);
  return aliases.filter((alias) => {
    const key = normaliseMention(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Foo Agency (Seoul)" → `foo-agency-seoul`; `-2`, `-3` … when taken; `source` for a name with no letters. */
function uniqueId(name: string, sources: readonly SourceRecord[]): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'source';
  const taken = new Set(sources.map((source) => source.id));
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}

/** Checks input against a schema; `invalid_input` with one reason per field otherwise. */
function validate<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[issue.path.join('.') || 'body'] ??= issue.message;
  throw new AppError('invalid_input', 'The source cannot be saved.', fields);
}
