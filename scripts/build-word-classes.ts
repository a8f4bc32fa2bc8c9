/**
 * Builds src/analysis/tagger/wordClasses.json from WordNet: each verb, and each common noun, with the semantic class
 * of its most frequent sense ("say" → verb.communication, "spokesman" → noun.person). The tagger uses the classes to
 * generalise from cue verbs it has seen to ones it has not ("assail" is a communication verb like "criticize").
 * Run once, by hand, when the lexicon should change; the trainer and the tagger only read the JSON.
 *
 *   apt-get install wordnet-base   # WordNet 3.0 database files in /usr/share/wordnet
 *   npx tsx scripts/build-word-classes.ts [--dict /usr/share/wordnet]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NOUN_CLASSES, VERB_CLASSES, type WordClassesData } from '../src/analysis/tagger/wordClasses.js';
import { PROJECT_ROOT } from './polnear.js';

const { values: options } = parseArgs({
  options: {
    dict: { type: 'string', default: '/usr/share/wordnet' },
    out: { type: 'string', default: resolve(PROJECT_ROOT, 'src/analysis/tagger/wordClasses.json') },
  },
});

/**
 * WordNet's lexicographer files, by number (the lex_filenum of each synset): the adjective and adverb files, the noun
 * and verb classes in WordNet's own order (as the tagger lists them), then participial adjectives.
 */
const LEXICOGRAPHER_FILES: readonly string[] = [
  'adj.all',
  'adj.pert',
  'adv.all',
  ...NOUN_CLASSES.slice(1),
  ...VERB_CLASSES.slice(1),
  'adj.ppl',
];

const NOTICE =
  'Word classes derived from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. ' +
  'THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, ' +
  'EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR ' +
  'WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, ' +
  'DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. ' +
  'The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to ' +
  'distribution of the software and/or database. Title to copyright in this software, database and any associated ' +
  'documentation shall at all times remain with Princeton University.';

main();

function main(): void {
  if (!existsSync(join(options.dict, 'index.verb'))) {
    console.error(`WordNet not found in ${options.dict}: install it (apt-get install wordnet-base) or pass --dict.`);
    process.exit(1);
  }
  const verbs = firstSenseClasses('verb', () => true);
  // Nouns: only those tagged at least once in WordNet's sense-tagged corpus, which keeps the file small.
  const nouns = firstSenseClasses('noun', (taggedSenses) => taggedSenses > 0);
  const data: WordClassesData = {
    notice: NOTICE,
    classes: { ...groupByClass(verbs), ...groupByClass(nouns) },
    exceptions: {
      verb: exceptions('verb', verbs),
      noun: exceptions('noun', nouns),
    },
  };
  // Indented as the formatter (biome) writes JSON, so formatting the tree leaves the file alone.
  const json = `${JSON.stringify(data, null, 2)}\n`;
  writeFileSync(options.out, json);
  console.log(
    `${verbs.size} verbs, ${nouns.size} nouns: wrote ${options.out} (${(json.length / 1024).toFixed(0)} KiB)`,
  );
}

/** Lemma → lexicographer file of its first (most frequent) sense, for single-word lemmas passing `keep`. */
function firstSenseClasses(pos: 'verb' | 'noun', keep: (taggedSenses: number) => boolean): Map<string, string> {
  const fileOfSynset = new Map<string, string>();
  for (const line of readLines(`data.${pos}`)) {
    const [offset, fileNumber] = line.split(' ');
    if (offset && fileNumber) fileOfSynset.set(offset, LEXICOGRAPHER_FILES[Number(fileNumber)] ?? '');
  }
  const classes = new Map<string, string>();
  for (const line of readLines(`index.${pos}`)) {
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(' ');
    const lemma = fields[0] ?? '';
    const pointerCount = Number(fields[3]);
    const taggedSenses = Number(fields[5 + pointerCount]);
    const firstSynset = fields[6 + pointerCount] ?? '';
    if (!/^[a-z]+(-[a-z]+)*$/.test(lemma) || !keep(taggedSenses)) continue;
    const file = fileOfSynset.get(firstSynset);
    if (file) classes.set(lemma, file);
  }
  return classes;
}

/** Lexicographer file → its lemmas, space-separated. */
function groupByClass(classes: Map<string, string>): Record<string, string> {
  const groups: Record<string, string[]> = {};
  for (const [lemma, file] of classes) {
    groups[file] = [...(groups[file] ?? []), lemma];
  }
  return Object.fromEntries(Object.entries(groups).map(([file, lemmas]) => [file, lemmas.join(' ')]));
}

/** Irregular forms ("said say") whose lemma is kept, as "form:lemma" pairs separated by spaces. */
function exceptions(pos: 'verb' | 'noun', kept: Map<string, string>): string {
  const pairs: string[] = [];
  for (const line of readLines(`${pos}.exc`)) {
    const [form, lemma] = line.split(' ');
    if (form && lemma && kept.has(lemma) && /^[a-z]+$/.test(form)) pairs.push(`${form}:${lemma}`);
  }
  return pairs.join(' ');
}

/** Lines of a WordNet file, without the licence header (lines starting with two spaces). */
function readLines(name: string): string[] {
  return readFileSync(join(options.dict, name), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith('  '));
}
