import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TYandasItem {
  slug: string;
  label: string;
  covered: boolean;
}

/**
 * The six urusan wajib pelayanan dasar. The count score (Jumlah Inovasi) is zero unless at least
 * `yandasMin` of them have a counted innovation, so a missing one is an urgent gap.
 */
export function YandasPanel({ items, yandasMin }: { items: readonly TYandasItem[]; yandasMin: number }) {
  const { t } = useTranslation('dashboard');
  const covered = items.filter((i) => i.covered).length;
  const ok = covered >= yandasMin;
  return (
    <Card title={t('yandas.title')}>
      <Typography.Paragraph type={ok ? 'success' : 'danger'}>
        {t(ok ? 'yandas.ok' : 'yandas.short', { covered, total: items.length, min: yandasMin })}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={[...items]}
        renderItem={(item) => (
          <List.Item>
            <span>
              {item.covered ? (
                <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />
              ) : (
                <CloseCircleOutlined style={{ color: '#cf1322' }} aria-hidden />
              )}{' '}
              {item.label}
            </span>
            <Typography.Text type={item.covered ? 'success' : 'danger'}>
              {t(item.covered ? 'yandas.covered' : 'yandas.missing')}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
