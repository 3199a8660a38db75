import { CopyOutlined, LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { describeError } from '../../../lib/app-error';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { CloneDialog, type TCloneSource } from './clone-dialog';
import { useFitTable } from '../../../components/use-fit-table';

type TList = TRouterOutputs['edition']['list'];
type TProvenance = TList['builtIn'][number]['provenance'];

/** One line of the editions table: a built-in pack or a custom edition of the region. */
interface TRow {
  code: string;
  name: string;
  kind: 'BUILT_IN' | 'CUSTOM';
  assessmentYear: number | null;
  baseCode: string | null;
  provenance: TProvenance | null;
  periods: { year: number; name: string }[];
  locked: boolean;
  version: number | null;
}

/** The table rows: built-in packs first (newest first), then the custom editions by code. */
function toEditionRows(list: TList | undefined): TRow[] {
  if (!list) return [];
  return [
    ...list.builtIn.map((e) => ({
      code: e.code,
      name: e.name,
      kind: 'BUILT_IN' as const,
      assessmentYear: e.assessmentYear,
      baseCode: null,
      provenance: e.provenance,
      periods: e.periods,
      locked: true,
      version: null,
    })),
    ...list.custom.map((e) => ({
      code: e.code,
      name: e.name,
      kind: 'CUSTOM' as const,
      assessmentYear: e.assessmentYear,
      baseCode: e.baseCode,
      provenance: e.provenance,
      periods: e.periods,
      locked: e.locked,
      version: e.version,
    })),
  ];
}

function ProvenanceTags({ provenance }: { provenance: TProvenance | null }) {
  const { t } = useTranslation('editions');
  if (!provenance) return null;
  const { counts, sources } = provenance;
  return (
    <Tooltip
      title={t('provenanceTitle', {
        confirmed: counts.CONFIRMED,
        secondary: counts.SECONDARY,
        unconfirmed: counts.UNCONFIRMED,
        sources: sources.join(', '),
      })}
    >
      <Flex gap={4} wrap>
        <Tag color="green">
          {t('confidence.CONFIRMED')}: {counts.CONFIRMED}
        </Tag>
        <Tag color="blue">
          {t('confidence.SECONDARY')}: {counts.SECONDARY}
        </Tag>
        <Tag color={counts.UNCONFIRMED > 0 ? 'orange' : 'default'}>
          {t('confidence.UNCONFIRMED')}: {counts.UNCONFIRMED}
        </Tag>
      </Flex>
    </Tooltip>
  );
}

/**
 * ADMIN: the rule editions: built-in packs and the region's custom editions with how sure their values are and
 * which periods use them; clone any edition, open a custom one in the editor, delete an unused one.
 */
export default function EditionsPage() {
  const { t } = useTranslation(['editions', 'common']);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [cloning, setCloning] = useState<TCloneSource | null>(null);
  const list = useQuery(trpc.edition.list.queryOptions());
  const remove = useMutation(
    trpc.edition.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.edition.pathFilter()),
    }),
  );

  const del = async (row: TRow) => {
    try {
      await remove.mutateAsync({ code: row.code, version: row.version ?? 0 });
      void message.success(t('deleted'));
    } catch (error) {
      void message.error(describeError(error, t).message);
    }
  };

  const fit = useFitTable();
  const columns: TableColumnsType<TRow> = [
    {
      ...fit.keyColumn,
      title: t('columns.name'),
      key: 'name',
      render: (_: unknown, row) => (
        <Flex vertical>
          <Typography.Link onClick={() => void navigate(`/admin/editions/${row.code}`)}>
            {row.name}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.kind'),
      key: 'kind',
      render: (_: unknown, row) => (
        <Flex gap={4} wrap>
          <Tag color={row.kind === 'BUILT_IN' ? 'default' : 'purple'}>
            {row.kind === 'BUILT_IN' ? t('builtIn') : t('custom')}
          </Tag>
          {row.kind === 'CUSTOM' && row.locked && (
            <Tooltip title={t('lockedHint')}>
              <Tag icon={<LockOutlined />}>{t('locked')}</Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { title: t('columns.year'), dataIndex: 'assessmentYear', responsive: ['sm'] },
    {
      title: t('columns.base'),
      dataIndex: 'baseCode',
      render: (c: string | null) => c ?? '–',
      responsive: ['md'],
    },
    {
      title: t('columns.provenance'),
      key: 'provenance',
      render: (_: unknown, row) => <ProvenanceTags provenance={row.provenance} />,
      responsive: ['lg'],
    },
    {
      title: t('columns.periods'),
      key: 'periods',
      render: (_: unknown, row) =>
        row.periods.length === 0 ? (
          <Typography.Text type="secondary">{t('noPeriods')}</Typography.Text>
        ) : (
          row.periods.map((p) => p.year).join(', ')
        ),
      responsive: ['md'],
    },
    {
      title: t('columns.actions'),
      key: 'actions',
      render: (_: unknown, row) => (
        <Flex gap={8} wrap>
          <Button size="small" onClick={() => void navigate(`/admin/editions/${row.code}`)}>
            {row.kind === 'CUSTOM' && !row.locked ? t('editRules') : t('view')}
          </Button>
          <Button
            size="small"
            icon={<CopyOutlined />}
            aria-label={t('cloneNamed', { name: row.name })}
            onClick={() => setCloning({ code: row.code, name: row.name, assessmentYear: row.assessmentYear })}
          >
            {t('clone')}
          </Button>
          {row.kind === 'CUSTOM' &&
            (row.periods.length > 0 ? (
              <Tooltip title={t('deleteBlocked')}>
                <Button size="small" danger disabled aria-label={t('deleteNamed', { name: row.name })}>
                  {t('delete')}
                </Button>
              </Tooltip>
            ) : (
              <Popconfirm
                title={t('deleteConfirm', { name: row.name })}
                okText={t('delete')}
                cancelText={t('common:cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => del(row)}
              >
                <Button size="small" danger aria-label={t('deleteNamed', { name: row.name })}>
                  {t('delete')}
                </Button>
              </Popconfirm>
            ))}
        </Flex>
      ),
    },
  ];

  return (
    <section>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ErrorAlert error={list.error} />
      <Table<TRow>
        rowKey="code"
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={toEditionRows(list.data)}
        pagination={false}
        scroll={fit.scroll}
      />
      <CloneDialog
        source={cloning}
        onClose={() => setCloning(null)}
        onCreated={(code) => {
          setCloning(null);
          void navigate(`/admin/editions/${code}`);
        }}
      />
    </section>
  );
}
