import { translate } from '@inovda/i18n/catalogue';
import type { Lang } from '../errors.ts';

/** The greeting and the link label of one language's block of an e-mail (the catalogue's `email:mail.*`). */
export function mailWords(lang: Lang, name: string): { greeting: string; open: string } {
  return {
    greeting: translate(lang, 'email', 'mail.greeting', { name }),
    open: translate(lang, 'email', 'mail.open'),
  };
}
