import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TChecklist, TChecklistItem } from './readiness-items';
import './readiness-checklist.css';

function ItemLink({ item, profilePath }: { item: TChecklistItem; profilePath: string }) {
  const { t } = useTranslation('operator');
  if (item.indicatorCode) return <a href={`#indicator-${item.indicatorCode}`}>{t('readiness.goTo')}</a>;
  if (item.profileField) return <Link to={profilePath}>{t('readiness.goTo')}</Link>;
  return null;
}

/** What blocks submitting (and what is only advice), each line linking to the place to fix it. */
export function ReadinessChecklist({
  checklist,
  profilePath,
}: {
  checklist: TChecklist;
  profilePath: string;
}) {
  const { t } = useTranslation('operator');
  return (
    <Card title={t('readiness.title')} size="small" className="readiness">
      {checklist.canSubmit && (
        <p className="readiness-ok">
          <CheckCircleFilled aria-hidden="true" /> {t('readiness.ready')}
        </p>
      )}
      {checklist.blocking.length > 0 && (
        <section aria-label={t('readiness.blocking')}>
          <h4>{t('readiness.blocking')}</h4>
          <ul>
            {checklist.blocking.map((item) => (
              <li key={item.key} className="readiness-blocking">
                <CloseCircleFilled aria-hidden="true" />
                <Flex gap={8} wrap>
                  <span>{item.text}</span>
                  <ItemLink item={item} profilePath={profilePath} />
                </Flex>
              </li>
            ))}
          </ul>
        </section>
      )}
      {checklist.advice.length > 0 && (
        <section aria-label={t('readiness.advice')}>
          <h4>{t('readiness.advice')}</h4>
          <ul>
            {checklist.advice.map((item) => (
              <li key={item.key} className="readiness-advice">
                <ExclamationCircleFilled aria-hidden="true" />
                <Flex gap={8} wrap>
                  <span>{item.text}</span>
                  <ItemLink item={item} profilePath={profilePath} />
                </Flex>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
