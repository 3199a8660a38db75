import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TChecklist, TChecklistItem } from './readiness-items';
import './readiness-checklist.css';

function ItemLink({ item, profilePath }: { item: TChecklistItem; profilePath: string }) {
  const { t } = useTranslation('operator');
  if (item.indicatorCode) return <a href={`#indicator-${item.indicatorCode}`}>{t('readiness.goTo')}</a>;
  if (item.profileField) {
    // The profile form names its inputs `field-<path with dashes>` (rhf-fields.tsx): the link lands on the field.
    const fieldId = `field-${item.profileField.replace(/\./g, '-')}`;
    return <Link to={`${profilePath}#${fieldId}`}>{t('readiness.goTo')}</Link>;
  }
  return null;
}

/** One titled list of checklist lines (nothing when empty). */
function ChecklistSection(props: {
  title: string;
  items: readonly TChecklistItem[];
  className: string;
  icon: ReactNode;
  profilePath: string;
}) {
  if (props.items.length === 0) return null;
  return (
    <section aria-label={props.title}>
      <h4>{props.title}</h4>
      <ul>
        {props.items.map((item) => (
          <li key={item.key} className={props.className}>
            {props.icon}
            <Flex gap={8} wrap>
              <span>{item.text}</span>
              <ItemLink item={item} profilePath={props.profilePath} />
            </Flex>
          </li>
        ))}
      </ul>
    </section>
  );
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
      <ChecklistSection
        title={t('readiness.blocking')}
        items={checklist.blocking}
        className="readiness-blocking"
        icon={<CloseCircleFilled aria-hidden="true" />}
        profilePath={profilePath}
      />
      <ChecklistSection
        title={t('readiness.advice')}
        items={checklist.advice}
        className="readiness-advice"
        icon={<ExclamationCircleFilled aria-hidden="true" />}
        profilePath={profilePath}
      />
    </Card>
  );
}
