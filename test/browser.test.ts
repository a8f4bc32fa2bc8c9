import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/storage/store.js';
import { fixtureArticle } from './fixtures.js';
import { makeApp, REVIEWER } from './helpers.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('review page in a browser', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: Server;
  let store: Store;
  let base: string;

  beforeAll(async () => {
    const made = await makeApp();
    store = made.store;
    await store.addArticle(fixtureArticle('a1'));
    server = await new Promise<Server>((resolve) => {
      const listening = made.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('review page › log in, mark with the keyboard and a click › updated in place, stored', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    // Log in through the form; it brings us back to the article.
    await page.goto(`${base}/login?next=/articles/a1`);
    await page.fill('#name', REVIEWER.name);
    await page.fill('#password', REVIEWER.password);
    await Promise.all([page.waitForURL(`${base}/articles/a1`), page.click('button[type="submit"].primary')]);

    await page.waitForSelector('html[data-review-ready="true"]');

    // From here on, any navigation would be a reload the page should not need.
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'still here';
    });

    // Keyboard: j twice selects the second claim, v marks it verified.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('v');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#s1')?.dataset.status === 'verified');
    expect(await page.textContent('#s1 [data-status-label]')).toBe('Verified');
    expect(await page.getAttribute('#s1 .choice-verified', 'aria-pressed')).toBe('true');
    expect(await page.textContent('#s1 [data-changed]')).toMatch(/^by alice, \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);

    // A click on another claim's button, and a note saved with Enter.
    await page.click('#s3 .choice-disputed');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#s3')?.dataset.status === 'disputed');
    await page.fill('#note-s1', 'Matches the KCNA wire');
    await page.press('#note-s1', 'Enter');
    await expect
      .poll(async () => (await store.listVerdicts('a1')).find((v) => v.claimId === 's1')?.note)
      .toBe('Matches the KCNA wire');

    expect(await page.textContent('#reviewed-count')).toBe('2');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
    expect(navigations).toEqual([]);
    expect(page.url()).toBe(`${base}/articles/a1`);
    expect(problems).toEqual([]);

    const stored = await store.listVerdicts('a1');
    expect(stored.map((v) => [v.claimId, v.status, v.updatedBy])).toEqual([
      ['s1', 'verified', 'alice'],
      ['s3', 'disputed', 'alice'],
    ]);
    expect((await store.listAudit('a1')).map((row) => `${row.claimId}:${row.from}->${row.to}`)).toEqual([
      's1:unreviewed->verified',
      's3:unreviewed->disputed',
      's1:verified->verified',
    ]);
    await page.close();
  });

  it('import page › upload a .md file, then a .pdf › imports the first, explains the refusal of the second', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/login?next=/articles/new`);
    await page.fill('#name', REVIEWER.name);
    await page.fill('#password', REVIEWER.password);
    await Promise.all([page.waitForURL(`${base}/articles/new`), page.click('button[type="submit"].primary')]);

    await page.setInputFiles('#file', { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    await page.click('#upload-form button[type="submit"]');
    await page.waitForSelector('#upload-error:not([hidden])');
    expect(await page.textContent('#upload-error')).toContain('filename must end in .txt, .md or .html');

    const text = 'Treaty ratified\n\nThe treaty takes effect soon, KCNA said.';
    await page.setInputFiles('#file', { name: 'story.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
    await page.click('#upload-form button[type="submit"]');
    await page.waitForURL(/\/articles\/[0-9a-f]{12}$/);
    const id = page.url().split('/').pop() ?? '';
    expect((await store.getArticle(id))?.text).toBe(text);
    await page.close();
  });
});
