import { z } from 'zod';
import { aliasList, newSourceInput } from '../review/sources.js';

/** A new source from the page's form, where the aliases are a text box of one name per line. */
export const sourceForm = newSourceInput.extend({
  aliases: z
    .string({ error: 'must be text' })
    .default('')
    .transform((text) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .pipe(aliasList),
});
