import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { isLanguage, LANGUAGES, type TLanguage } from '../i18n/languages';
import { useTRPC } from '../lib/trpc';
import { useSession } from '../lib/use-session';

/**
 * ID | EN switch. The choice is kept on this device; for a signed-in user it is also saved on the server,
 * so the server's own messages (e-mails, fallbacks) follow it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const setLocale = useMutation(
    trpc.auth.setLocale.mutationOptions({
      onSuccess: (me) => queryClient.setQueryData(trpc.auth.me.queryKey(), me),
    }),
  );
  const current: TLanguage = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'id';
  const onChange = (lng: TLanguage) => {
    void changeLanguage(lng);
    if (user && user.locale !== lng) setLocale.mutate({ locale: lng });
  };
  return (
    <Segmented<TLanguage>
      size="small"
      aria-label={t('language.label')}
      value={current}
      options={LANGUAGES.map((lng) => ({
        value: lng,
        label: <span title={t(`language.${lng}`)}>{lng.toUpperCase()}</span>,
      }))}
      onChange={onChange}
    />
  );
}
