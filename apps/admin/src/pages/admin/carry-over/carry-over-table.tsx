import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../../components/state-badge';
import { useLanguage } from '../../../lib/use-language';
import { formatDate, formatScore } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import type { TRouterOutputs } from '../../../lib/trpc';
import { describeReason, isCarryable } from './carry-over-view';
import { useFitTable } from '../../../components/use-fit-table';

export type TCandidates = TRouterOutputs['carryOver']['candidates'];
export type TCandidate = TCandidates['items'][number];

const VERDICT_COLORS: Record<string, string> = {
  ELIGIBLE: 'success',
  DEVELOPMENT_REQUIRED: 'warning',
  INELIGIBLE: 'error',
};
const CONFIDENCE_COLORS: Record<string, string> = {
  CONFIRMED: 'green',
  SECONDARY: 'blue',
  UNCONFIRMED: 'orange',
};

function Decision({ item, targetYear }: { item: TCandidate; targetYear: number }) {
  const { t } = useTranslation('carry-over');
  const lng = useLanguage();
  const { decision } = item;
  return (
    <Flex vertical gap={4} className="carry-decision">
      <Flex gap={4} wrap>
        {/* Already carried: that is the whole story; the verdict and the rule's confidence add nothing. */}
        {item.targetSubmissionId ? (
          <Tag color="processing">{t('alreadyThere', { year: targetYear })}</Tag>
        ) : (
          <Tag color={VERDICT_COLORS[decision.verdict]}>{t(`verdict.${decision.verdict}`)}</Tag>
        )}
        {decision.developmentDateRequired && <Tag color="warning">{t('dateRequired')}</Tag>}
        {decision.developmentNoteRequired && <Tag color="warning">{t('noteRequired')}</Tag>}
      </Flex>
      {!item.targetSubmissionId && (
        <>
          <Typography.Text>{describeReason(decision, lng)}</Typography.Text>
          <Tooltip title={t(`confidenceHint.${decision.confidence}`)}>
            <Tag color={CONFIDENCE_COLORS[decision.confidence]} className="carry-confidence">
              {t(`confidence.${decision.confidence}`)}
            </Tag>
          </Tooltip>
        </>
      )}
    </Flex>
  );
}

/** The source period's innovations with the rule's verdict and reason; only carryable rows can be chosen. */
export function CarryOverTable(props: {
  data: TCandidates | undefined;
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
}) {
  const { t } = useTranslation('carry-over');
  const { t: tc } = useTranslation();
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const sourceYear = props.data?.source.year ?? 0;
  const targetYear = props.data?.target.year ?? 0;
  const date = (iso: string | null) => (iso ? formatDate(iso, lng, timeZone) : tc('none'));
  const fit = useFitTable();
  const columns: TableColumnsType<TCandidate> = [
    {
      ...fit.keyColumn,
      title: t('columns.name'),
      key: 'name',
      render: (_, item) => (
        <Flex vertical>
          <Typography.Text strong>{item.name}</Typography.Text>
          <Typography.Text type="secondary">{item.unit.name}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.dates'),
      key: 'dates',
      responsive: ['md'],
      render: (_, item) => `${date(item.waktuPenerapan)} / ${date(item.waktuPengembangan)}`,
    },
    {
      title: t('columns.state', { year: sourceYear }),
      key: 'state',
      responsive: ['sm'],
      render: (_, item) => <StateBadge state={item.sourceSubmission.state} />,
    },
    {
      title: t('columns.maturity'),
      key: 'maturity',
      align: 'right',
      responsive: ['xl'],
      render: (_, item) =>
        `${formatScore(item.sourceSubmission.claimedMaturityX100, lng)} / ${formatScore(item.sourceSubmission.verifiedMaturityX100, lng)}`,
    },
    {
      title: t('columns.verdict'),
      key: 'verdict',
      render: (_, item) => <Decision item={item} targetYear={targetYear} />,
    },
  ];
  return (
    <Table<TCandidate>
      rowKey="innovationId"
      size="middle"
      loading={props.loading}
      columns={columns}
      dataSource={props.data?.items ?? []}
      locale={{ emptyText: t('empty') }}
      scroll={fit.scroll}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      rowSelection={{
        selectedRowKeys: props.selected,
        onChange: (keys) => props.onSelect(keys.map(String)),
        getCheckboxProps: (item) => ({
          disabled: !isCarryable(item),
          'aria-label': t('selectRow', { name: item.name }),
        }),
      }}
    />
  );
}
