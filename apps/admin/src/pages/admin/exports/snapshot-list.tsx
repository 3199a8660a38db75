import { CheckCircleOutlined, DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../../i18n/languages';
import { formatBytes, formatDateTime, formatScore } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { snapshotZipUrl } from './export-urls';
import {
  canMarkSent,
  shortHash,
  SNAPSHOT_STATUS_COLOR,
  type TSnapshotStatus,
  type TVerifyStatus,
  VERIFY_STATUS_COLOR,
} from './snapshot-view';
import { useFitTable } from '../../../components/use-fit-table';

export interface TSnapshotRow {
  id: string;
  sequence: number;
  sha256: string;
  size: number;
  frozenAt: Date;
  frozenBy: { name: string };
  sentAt: Date | null;
  sentBy: { name: string } | null;
  status: TSnapshotStatus;
  itemCount: number;
  verified: { iidX100: number; predicateLabel: string };
}

export interface TSnapshotListProps {
  snapshots: readonly TSnapshotRow[];
  lng: TLanguage;
  isAdmin: boolean;
  /** Ids with a verify or send call in flight. */
  busy: ReadonlySet<string>;
  /** The last verification of each snapshot in this session. */
  checks: Readonly<Record<string, { status: TVerifyStatus; checkedAt: Date }>>;
  onVerify: (row: TSnapshotRow) => void;
  onMarkSent: (row: TSnapshotRow) => void;
}

/** The frozen packages of a period, newest first: number, time, who, size of the set, IID, hash, sent or not. */
export function SnapshotList(props: TSnapshotListProps) {
  const { t } = useTranslation('snapshots');
  const { lng } = props;
  const timeZone = useRegionTimeZone();
  const fit = useFitTable();
  const columns: TableColumnsType<TSnapshotRow> = [
    {
      fixed: fit.keyColumn.fixed,
      title: t('columns.frozen'),
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>#{row.sequence}</Typography.Text>
          <span>{formatDateTime(row.frozenAt, lng, timeZone)}</span>
          <Typography.Text type="secondary">{row.frozenBy.name}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('columns.innovations'), dataIndex: 'itemCount', align: 'right' },
    {
      title: t('columns.iid'),
      render: (_, row) => (
        <Flex vertical>
          <span>{formatScore(row.verified.iidX100, lng)}</span>
          <Typography.Text type="secondary">{row.verified.predicateLabel}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.sha256'),
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text
            code
            copyable={{ text: row.sha256 }}
            aria-label={t('hashOf', { hash: row.sha256 })}
          >
            {shortHash(row.sha256)}
          </Typography.Text>
          <Typography.Text type="secondary">{formatBytes(row.size, lng)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.status'),
      render: (_, row) => {
        const check = props.checks[row.id];
        return (
          <Flex vertical gap={4} align="start">
            <Tag color={SNAPSHOT_STATUS_COLOR[row.status]}>{t(`status.${row.status}`)}</Tag>
            {row.sentAt && (
              <Typography.Text type="secondary">
                {t('sentOn', { at: formatDateTime(row.sentAt, lng, timeZone), by: row.sentBy?.name ?? '' })}
              </Typography.Text>
            )}
            {check && (
              <Tag color={VERIFY_STATUS_COLOR[check.status]}>
                {t(`verify.tag.${check.status}`, { at: formatDateTime(check.checkedAt, lng, timeZone) })}
              </Tag>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('columns.actions'),
      render: (_, row) => (
        <Flex vertical gap={6} align="stretch">
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={snapshotZipUrl(row.id)}
            download
            aria-label={t('downloadOf', { sequence: row.sequence })}
          >
            {t('download')}
          </Button>
          <Button
            size="small"
            icon={<SafetyCertificateOutlined />}
            loading={props.busy.has(row.id)}
            onClick={() => props.onVerify(row)}
            aria-label={t('verifyOf', { sequence: row.sequence })}
          >
            {t('verify.button')}
          </Button>
          {canMarkSent(row.status, props.isAdmin) && (
            <Button
              size="small"
              type="primary"
              icon={<CheckCircleOutlined />}
              loading={props.busy.has(row.id)}
              onClick={() => props.onMarkSent(row)}
              aria-label={t('markSentOf', { sequence: row.sequence })}
            >
              {t('markSent.button')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<TSnapshotRow>
      rowKey="id"
      columns={columns}
      dataSource={[...props.snapshots]}
      pagination={false}
      scroll={fit.scroll}
      locale={{ emptyText: t('empty') }}
    />
  );
}
