import { readFile } from 'node:fs/promises';
import { pino } from 'pino';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { importArticle } from './review/import-article.js';
import { ensureDefaultSources } from './review/seed.js';
import { ensureFirstReviewer } from './review/users.js';
import { openLowdbStore } from './storage/lowdb-store.js';

const SAMPLE = new URL('../samples/nk-russia-treaty.txt', import.meta.url);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });

  const store = await openLowdbStore(config.DB_FILE).catch((error: unknown) => {
    // A broken database is the operator's to fix: say which file and why, and stop.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });

  // A fresh database starts with the known sources, a reviewer and an article to try the desk on.
  await ensureDefaultSources(store);
  const first = await ensureFirstReviewer(store, config.ADMIN_PASSWORD);
  if (first?.generatedPassword) {
    logger.warn(
      `created reviewer "${first.name}" with password ${first.generatedPassword} (shown once; set ADMIN_PASSWORD to choose it)`,
    );
  } else if (first) {
    logger.info(`created reviewer "${first.name}" with ADMIN_PASSWORD`);
  }
  if ((await store.listArticles()).length === 0) {
    await importArticle(store, { text: await readFile(SAMPLE, 'utf8') }, 'sourcedesk');
  }

  const app = createApp({ store, config, logger });
  const server = app.listen(config.PORT, config.HOST, (error) => {
    if (error) {
      // Express 5 hands listen errors (port in use, no permission) to this callback.
      console.error(`cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`);
      process.exit(1);
    }
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    logger.info(`sourcedesk listening on http://${config.HOST}:${port}/`);
  });
}

await main().catch((error: unknown) => {
  // Bad configuration and the like: one line for the operator, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
