import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { StateBadge } from '../../../components/state-badge';
import { useLanguage } from '../../../lib/use-language';
import { formatBytes, formatScore } from '../../../lib/format';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { usePeriodParam } from '../../../lib/use-period-param';
import { PeriodPageHeader } from '../../../components/period-page-header';
import { periodExportUrl, profilePdfUrl } from './export-urls';
import { PackageSnapshots } from './package-snapshots';
import { SendDecisionCard } from '../../../features/send/send-decision-card';
import { useFitTable } from '../../../components/use-fit-table';

type TPreview = TRouterOutputs['export']['preview'];
type TRow = TPreview['innovations'][number];

/** ADMIN: the national submission package of a period (innovations frozen at "ready to send"), and its files. */
export default function ExportsPage() {
  const { t } = useTranslation('exports');
  const lng = useLanguage();
  const trpc = useTRPC();
  const periodParam = usePeriodParam();
  const { periods, period } = periodParam;
  const preview = useQuery({
    ...trpc.export.preview.queryOptions({ periodId: period?.id ?? '' }),
    enabled: period !== undefined,
  });
  const data = preview.data;

  const fit = useFitTable();
  const columns: TableColumnsType<TRow> = [
    { ...fit.keyColumn, title: t('columns.name'), dataIndex: 'name' },
    { title: t('columns.unit'), render: (_, row) => row.unit.name },
    { title: t('columns.state'), render: (_, row) => <StateBadge state={row.state} /> },
    {
      title: t('columns.claimed'),
      align: 'right',
      render: (_, row) => formatScore(row.claimedMaturityX100, lng),
    },
    {
      title: t('columns.verified'),
      align: 'right',
      render: (_, row) => formatScore(row.verifiedMaturityX100, lng),
    },
    { title: t('columns.evidence'), dataIndex: 'evidenceCount', align: 'right' },
    {
      title: t('columns.profile'),
      render: (_, row) =>
        period && (
          <Button
            icon={<FilePdfOutlined />}
            href={profilePdfUrl(row.innovationId, period.id)}
            download
            aria-label={t('downloadProfileOf', { name: row.name })}
          >
            PDF
          </Button>
        ),
    },
  ];

  return (
    <section>
      <PeriodPageHeader
        title={t('title')}
        intro={t('intro')}
        periodLabel={t('period')}
        periodParam={periodParam}
      />
      <ErrorAlert error={periods.error ?? preview.error} />
      {!data ? (
        preview.isPending && period && <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('iidVerified', { count: data.totals.innovations })}
                  value={formatScore(data.verified.iidX100, lng)}
                />
                <Typography.Text>{data.verified.predicateLabel}</Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('iidClaimed', { count: data.totals.innovations })}
                  value={formatScore(data.claimed.iidX100, lng)}
                />
                <Typography.Text>{data.claimed.predicateLabel}</Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('innovations')} value={data.totals.innovations} />
                <Typography.Text type="secondary">
                  {t('excluded', { count: data.totals.excluded })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('evidenceFiles')} value={data.totals.evidenceFiles} />
                <Typography.Text type="secondary">
                  {formatBytes(data.totals.evidenceBytes, lng)}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          <SendDecisionCard periodId={data.period.id} lng={lng} />
          {data.totals.innovations === 0 && (
            <Alert type="info" showIcon title={t('empty')} style={{ marginBottom: 16 }} />
          )}
          <Space wrap style={{ marginBottom: 16 }}>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              href={periodExportUrl(data.period.id, 'package.zip')}
              download
              disabled={data.totals.innovations === 0}
            >
              {t('downloadZip')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={periodExportUrl(data.period.id, 'innovations.xlsx')}
              download
            >
              {t('downloadXlsx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={periodExportUrl(data.period.id, 'innovations.csv')}
              download
            >
              {t('downloadCsv')}
            </Button>
          </Space>
          <Typography.Paragraph type="secondary">
            {t('zipNote', { count: data.files.length })}
          </Typography.Paragraph>
          <Table<TRow>
            scroll={fit.scroll}
            rowKey="submissionId"
            columns={columns}
            dataSource={data.innovations}
            pagination={false}
          />
          <PackageSnapshots preview={data} lng={lng} />
        </>
      )}
    </section>
  );
}
