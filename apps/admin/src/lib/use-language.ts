import { useTranslation } from 'react-i18next';
import { isLanguage, type TLanguage } from '../i18n/languages';

/** The current UI language as a typed value ('id' or 'en'). */
export function useLanguage(): TLanguage {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'id';
}
