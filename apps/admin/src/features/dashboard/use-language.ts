import { useTranslation } from 'react-i18next';
import { isLanguage, type TLanguage } from '../../i18n/languages';

/** The UI language for number and date formatting (Indonesian unless English is chosen). */
export function useLanguage(): TLanguage {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'id';
}
