import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The four IID predicates of the domain (`scoreRegion().predicate`). */
export type TPredicate = 'SANGAT_INOVATIF' | 'INOVATIF' | 'KURANG_INOVATIF' | 'TIDAK_DAPAT_DINILAI';

const COLOURS: Record<TPredicate, string> = {
  SANGAT_INOVATIF: 'green',
  INOVATIF: 'blue',
  KURANG_INOVATIF: 'orange',
  TIDAK_DAPAT_DINILAI: 'default',
};

/** The predicate as a coloured label; the text is always there, so colour is never the only signal. */
export function PredicateBadge({ predicate }: { predicate: TPredicate }) {
  const { t } = useTranslation('dashboard');
  return (
    <Tag color={COLOURS[predicate]} style={{ fontSize: 14, padding: '2px 10px' }}>
      {t(`predicate.${predicate}`)}
    </Tag>
  );
}
