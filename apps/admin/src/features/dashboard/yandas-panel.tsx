import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TYandasItem {
  slug: string;
  label: string;
  claimedCount: number;
  verifiedCount: number;
}

/**
 * The six urusan wajib pelayanan dasar. The count score (Jumlah Inovasi) is zero unless at least `required`
 * of them have a counted innovation, so a missing one is an urgent gap. Coverage is judged on verified
 * innovations; the claimed count shows what is on its way.
 */
export function YandasPanel({ items, required }: { items: readonly TYandasItem[]; required: number }) {
  const { t } = useTranslation('dashboard');
  const covered = items.filter((i) => i.verifiedCount > 0).length;
  const ok = covered >= required;
  const columns: TableColumnsType<TYandasItem> = [
    {
      title: t('yandas.urusan'),
      dataIndex: 'label',
      render: (label: string, item) => (
        <span>
          {item.verifiedCount > 0 ? (
            <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('yandas.covered')} />
          ) : (
            <CloseCircleOutlined style={{ color: '#cf1322' }} aria-label={t('yandas.missing')} />
          )}{' '}
          {label}
        </span>
      ),
    },
    { title: t('yandas.verified'), dataIndex: 'verifiedCount', align: 'right' },
    { title: t('yandas.claimed'), dataIndex: 'claimedCount', align: 'right' },
  ];
  return (
    <Card title={t('yandas.title')}>
      <Typography.Paragraph type={ok ? 'success' : 'danger'}>
        {t(ok ? 'yandas.ok' : 'yandas.short', { covered, total: items.length, min: required })}
      </Typography.Paragraph>
      <Table<TYandasItem>
        rowKey="slug"
        size="small"
        columns={columns}
        dataSource={[...items]}
        pagination={false}
      />
    </Card>
  );
}
