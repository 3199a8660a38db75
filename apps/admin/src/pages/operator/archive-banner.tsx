import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** The period an innovation screen shows (`?period=` from the list), or the latest one when absent. */
export function useViewedPeriodId(): string | undefined {
  const [params] = useSearchParams();
  return params.get('period') ?? undefined;
}

/** `path` with the viewed period kept, so moving between profile and indicators stays in the same year. */
export function withPeriod(path: string, periodId: string | undefined): string {
  return periodId ? `${path}?period=${encodeURIComponent(periodId)}` : path;
}

/** Says that a closed or archived period is shown read-only, and why. */
export function ArchiveBanner({ year }: { year: number | undefined }) {
  const { t } = useTranslation('carry-over');
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      title={t('archive.banner', { year: year ?? '' })}
      description={t('archive.hint')}
    />
  );
}
