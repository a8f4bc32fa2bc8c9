import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

// Every test starts the CLI through tsx, one process or several: past vitest's 5 s default on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = join(root, 'samples/nk-russia-treaty.txt');

/** Runs the CLI from source (through tsx), as a user would run `npm run cli -- …`. */
function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function tempDb(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'sourcedesk-cli-')), 'db.json');
}

describe('cli analyze', () => {
  it('a file › prints each sentence with its role and resolved sources', () => {
    const { status, stdout } = cli(['analyze', sample]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\s+1\s+headline\s+Biggest post-Cold War/m);
    expect(stdout).toContain('“the state-run Korean Central News Agency” → KCNA (state-media), cue “said”');
    expect(stdout).toMatch(/15\s+byline\s+— AP/);
  });

  it('--json › prints the analysis', () => {
    const { status, stdout } = cli(['analyze', sample, '--json']);
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.bylineSourceId).toBe('ap');
    expect(analysis.sentences[0].role).toBe('headline');
  });

  it('--jsonl › one line per article with offsets into its text; a bad line is reported and skipped', () => {
    const text = 'Rain fell in Seoul, the weather agency said.';
    const input = [JSON.stringify({ id: 'a', text }), 'not json', JSON.stringify({ id: 'b', text: '' }), ''].join('\n');
    const { status, stdout, stderr } = cli(['analyze', '--jsonl'], { input });
    expect(status).toBe(1);
    expect(stderr).toContain('line 2: expected {"id": string, "text": string}');
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    const [attribution] = lines[0].attributions;
    expect(text.slice(attribution.source.start, attribution.source.end)).toBe('the weather agency');
    expect(text.slice(attribution.content.start, attribution.content.end)).toBe('Rain fell in Seoul');
    expect(lines[1]).toEqual({ id: 'b', sentences: [], attributions: [], byline: null });
  });

  it('a saved web page › is reduced to its story before analysis', () => {
    const { status, stdout } = cli(['analyze', 'test/fixtures/news-page.html']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\s+1\s+headline\s/m);
    expect(stdout).not.toMatch(/<\w+/);
  });

  it('--rules-only › leaves out what only the learned tagger finds', () => {
    const text = 'Headline\n\nThe sign read “he said no” for years.';
    const input = `${JSON.stringify({ id: 'a', text })}\n`;
    const cues = (args: string[]) =>
      JSON.parse(cli(['analyze', '--jsonl', ...args], { input }).stdout).attributions.map(
        (attribution: { cue: { start: number; end: number } }) =>
          text.slice(attribution.cue.start, attribution.cue.end),
      );
    expect(cues([])).toEqual(['read']);
    expect(cues(['--rules-only'])).toEqual([]);
  });

  it('--tagger-weights › analyses with those weights instead of the shipped ones', async () => {
    const text = 'Headline\n\nThe sign read “he said no” for years.';
    const input = `${JSON.stringify({ id: 'a', text })}\n`;
    const shipped = join(root, 'src/analysis/tagger/weights.json');
    const weights = JSON.parse(await readFile(shipped, 'utf8'));
    // A cue model that never begins a cue: the tagger finds nothing, so only the rules speak.
    weights.cues.features.bias.weights = [-1e9, 0];
    const silent = join(await mkdtemp(join(tmpdir(), 'sourcedesk-weights-')), 'weights.json');
    await writeFile(silent, JSON.stringify(weights));
    const cueCount = (args: string[]) =>
      JSON.parse(cli(['analyze', '--jsonl', ...args], { input }).stdout).attributions.length;
    expect(cueCount(['--tagger-weights', shipped])).toBe(cueCount([]));
    expect(cueCount([])).toBe(1);
    expect(cueCount(['--tagger-weights', silent])).toBe(0);
  });

  it.each([
    ['a missing file', 'no-such-weights.json', 'no-such-weights.json: no such file'],
    ['a file that is not weights', 'package.json', 'package.json: not tagger weights'],
  ])('--tagger-weights with %s › exits 2 with the reason', (_name, file, message) => {
    const { status, stderr } = cli(['analyze', '--jsonl', '--tagger-weights', file], { input: '' });
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it('a file that is not .txt or .md › exits 2 with the reason', () => {
    const { status, stderr } = cli(['analyze', 'story.pdf']);
    expect(status).toBe(2);
    expect(stderr).toContain('story.pdf: expected a .txt, .md or .html file');
  });
});

describe('cli import and export', () => {
  it('import then export › the report lists the claims in each format', async () => {
    const db = await tempDb();
    const imported = cli(['import', sample, '--by', 'tester'], { env: { DB_FILE: db } });
    expect(imported.status).toBe(0);
    const [id, title] = imported.stdout.trim().split('\t');
    expect(title).toBe('Biggest post-Cold War defence treaty with Russia ratified');
    const saved = JSON.parse(await readFile(db, 'utf8'));
    expect(saved.articles.map((article: { id: string }) => article.id)).toEqual([id]);

    const markdown = cli(['export', id as string, '--format', 'md'], { env: { DB_FILE: db } });
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('# Sourcing report: Biggest post-Cold War defence treaty with Russia ratified');
    const json = JSON.parse(cli(['export', id as string, '--format', 'json'], { env: { DB_FILE: db } }).stdout);
    expect(json.claims).toHaveLength(14);
    const csv = cli(['export', id as string, '--format', 'csv'], { env: { DB_FILE: db } }).stdout;
    expect(csv.split('\n')[0]).toContain('claim');
  });

  it('export of an unknown id › exits 2 and says so', async () => {
    const { status, stderr } = cli(['export', 'nope'], { env: { DB_FILE: await tempDb() } });
    expect(status).toBe(2);
    expect(stderr).toContain('no article with id nope');
  });
});
