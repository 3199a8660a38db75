import { Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { PredicateBadge, type TPredicate } from './predicate-badge';
import { useLanguage } from '../../lib/use-language';

export interface TPlanView {
  best: { iidX100: number; predicate: TPredicate; innovationCount: number };
  all: { iidX100: number };
  gainX100: number;
  excludedIds: readonly string[];
  nextActions: readonly {
    target: string;
    gainX100: number;
    iidAfter: string;
    description: { id: string; en: string };
  }[];
}

/** The planner's best set to send (and what it gains over sending everything) and the next best actions. */
export function PlanPanel({ plan, nameOf }: { plan: TPlanView; nameOf: (id: string) => string }) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const score = (x100: number) => formatScore(x100, lng);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('plan.title')} style={{ height: '100%' }}>
          <Statistic
            title={t('plan.bestIid')}
            value={score(plan.best.iidX100)}
            styles={{ content: { fontSize: 32 } }}
          />
          <PredicateBadge predicate={plan.best.predicate} />
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t('plan.chosen', { count: plan.best.innovationCount })}
            {' · '}
            {t('plan.vsAll', { all: score(plan.all.iidX100), gain: score(plan.gainX100) })}
          </Typography.Paragraph>
          {plan.excludedIds.length > 0 && (
            <>
              <Typography.Text strong>{t('plan.leaveOut')}</Typography.Text>
              <ul style={{ paddingInlineStart: 20, marginTop: 4 }}>
                {plan.excludedIds.map((id) => (
                  <li key={id}>{nameOf(id)}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('plan.actionsTitle')} style={{ height: '100%' }}>
          {plan.nextActions.length === 0 ? (
            <Empty description={t('plan.noActions')} />
          ) : (
            <List
              size="small"
              dataSource={[...plan.nextActions]}
              renderItem={(action, i) => (
                <List.Item key={action.target}>
                  <span>
                    {i + 1}. {action.description[lng]}
                  </span>
                  <Tag color="green" style={{ marginInlineStart: 8 }}>
                    {t('plan.gain', { gain: score(action.gainX100) })}
                  </Tag>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
