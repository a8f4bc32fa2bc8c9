import type { SourceCitations } from '../../analysis/source-citations.js';
import { SOURCE_TYPES, type SourceRecord, type SourceType } from '../../analysis/types.js';
import { SOURCE_TYPE_LABELS, sourceAnchor } from './format.js';

export interface SourceRow {
  id: string;
  anchor: string;
  name: string;
  type: SourceType;
  typeLabel: string;
  aliases: string[];
  claims: number;
  articles: number;
  /** "3 claims in 2 articles", "no claims" */
  claimsText: string;
  aliasAction: string;
  /** What was typed in this source's alias form, and why it was refused. */
  aliasValue: string;
  aliasError: string;
}

export interface UnregisteredRow {
  anchor: string;
  name: string;
  type: SourceType;
  typeLabel: string;
  claims: number;
  claimsText: string;
  /** The new-source form, filled in with this mention, for the reviewer to check the type and add aliases. */
  addUrl: string;
}

/** What a refused form sends back to the page: the values typed and a reason per field. */
export interface SourcesFormState {
  newSource?: { values: { name: string; type: string; aliases: string }; fields: Record<string, string> };
  alias?: { sourceId: string; value: string; error: string };
}

export interface SourcesPage {
  rows: SourceRow[];
  unregistered: UnregisteredRow[];
  canEdit: boolean;
  loginUrl: string;
  typeChoices: Array<{ value: SourceType; label: string; selected: boolean }>;
  newSource: { values: { name: string; type: string; aliases: string }; fields: Record<string, string> };
}

function claimsText(claims: number, articles: number): string {
  if (claims === 0) return 'no claims';
  const inArticles = articles === 1 ? '1 article' : `${articles} articles`;
  return `${claims} ${claims === 1 ? 'claim' : 'claims'} in ${inArticles}`;
}

/** Most-cited first, then by name: the registry as "KCNA: 3 claims". */
function byCitations(a: { claims: number; name: string }, b: { claims: number; name: string }): number {
  return b.claims - a.claims || a.name.localeCompare(b.name);
}

/** A registry source for API clients, with how many claims cite it. */
export function presentSourceJson(source: SourceRecord, citations: ReadonlyMap<string, SourceCitations>) {
  const cited = citations.get(source.id);
  return {
    id: source.id,
    name: source.name,
    type: source.type,
    aliases: source.aliases,
    claims: cited?.claims ?? 0,
    articles: cited?.articles ?? 0,
    url: `/api/sources/${encodeURIComponent(source.id)}`,
  };
}

/** The sources the articles cite that the registry does not know, for API clients. */
export function presentUnregisteredJson(
  registry: readonly SourceRecord[],
  citations: ReadonlyMap<string, SourceCitations>,
) {
  const known = new Set(registry.map((source) => source.id));
  return [...citations.values()]
    .filter(({ source }) => !known.has(source.id))
    .map(({ source, claims, articles }) => ({ id: source.id, name: source.name, type: source.type, claims, articles }))
    .sort(byCitations);
}

/** The /sources page: the registry with claim counts and alias forms, the mentions it lacks, the new-source form. */
export function presentSourcesPage(
  registry: readonly SourceRecord[],
  citations: ReadonlyMap<string, SourceCitations>,
  canEdit: boolean,
  state: SourcesFormState = {},
): SourcesPage {
  const rows = registry
    .map((source): SourceRow => {
      const { claims, articles } = presentSourceJson(source, citations);
      const refused = state.alias?.sourceId === source.id ? state.alias : null;
      return {
        id: source.id,
        anchor: sourceAnchor(source.id),
        name: source.name,
        type: source.type,
        typeLabel: SOURCE_TYPE_LABELS[source.type],
        aliases: source.aliases,
        claims,
        articles,
        claimsText: claimsText(claims, articles),
        aliasAction: `/sources/${encodeURIComponent(source.id)}/aliases`,
        aliasValue: refused?.value ?? '',
        aliasError: refused?.error ?? '',
      };
    })
    .sort(byCitations);
  const unregistered = presentUnregisteredJson(registry, citations).map(
    (mention): UnregisteredRow => ({
      anchor: sourceAnchor(mention.id),
      name: mention.name,
      type: mention.type,
      typeLabel: SOURCE_TYPE_LABELS[mention.type],
      claims: mention.claims,
      claimsText: claimsText(mention.claims, mention.articles),
      addUrl: `/sources?${new URLSearchParams({ name: mention.name, type: mention.type })}#new-source`,
    }),
  );
  const newSource = state.newSource ?? { values: { name: '', type: '', aliases: '' }, fields: {} };
  return {
    rows,
    unregistered,
    canEdit,
    loginUrl: `/login?next=${encodeURIComponent('/sources')}`,
    typeChoices: SOURCE_TYPES.map((value) => ({
      value,
      label: SOURCE_TYPE_LABELS[value],
      selected: value === newSource.values.type,
    })),
    newSource,
  };
}
