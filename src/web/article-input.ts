import { z } from 'zod';
import { VERDICT_STATUSES } from '../review/verdict.js';

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) });

/** A new article from a form or a JSON body; lengths and emptiness are the domain's rules (importArticle). */
export const articleInput = z.object({
  title: text('text').optional(),
  text: text('text'),
});

export const MAX_NOTE_LENGTH = 2000;

/** A verdict from a form or a JSON body; a missing note keeps the current one. */
export const verdictInput = z.object({
  status: z.enum(VERDICT_STATUSES, { error: `must be one of ${VERDICT_STATUSES.join(', ')}` }),
  note: text('text').trim().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`).optional(),
});

/** The query of a raw file upload: `?filename=story.md&title=…`. */
export const uploadQuery = z.object({
  filename: text('a file name').regex(/\.(txt|md|markdown|html?)$/i, 'must end in .txt, .md or .html'),
  title: text('text').optional(),
});
