import { formatX100Input } from '@inovda/domain';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatScore } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { useLanguage } from '../../../lib/use-language';
import { isArchivedState } from '../carry-over/carry-over-view';
import { describeOpenWork, isClosing } from './open-work';
import { toEditionOptions } from './edition-options';
import { PeriodForm } from './period-form';
import { toPeriodInput, type TPeriodForm } from './period-form-schema';
import { useFitTable } from '../../../components/use-fit-table';

type TPeriod = TRouterOutputs['period']['list'][number];
type TEditing = { mode: 'create' } | { mode: 'edit'; period: TPeriod };

const STATE_COLOURS: Record<string, string> = {
  PLANNING: 'default',
  OPEN: 'green',
  REVIEW: 'blue',
  CLOSED: 'orange',
  ARCHIVED: 'default',
};

function toFormValues(period: TPeriod, decimal: ',' | '.'): TPeriodForm {
  return {
    year: period.year,
    name: period.name,
    editionCode: period.editionCode,
    state: period.state,
    internalDeadline: period.internalDeadline,
    nationalDeadline: period.nationalDeadline,
    standardMinMaturity:
      period.standardMinMaturityX100 === null
        ? ''
        : formatX100Input(period.standardMinMaturityX100, decimal, { fixed: true }),
  };
}

/** ADMIN: assessment periods (one per year) with their rule edition, deadlines, state and standard. */
export default function PeriodsPage() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation('carry-over');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<TEditing | null>(null);
  const list = useQuery(trpc.period.list.queryOptions());
  // Built-in and the region's custom editions (newest built-in first, then custom by code).
  const editionList = useQuery(trpc.edition.list.queryOptions());
  const editions = toEditionOptions(editionList.data);
  const invalidate = () => queryClient.invalidateQueries(trpc.period.pathFilter());
  const create = useMutation(trpc.period.create.mutationOptions({ onSuccess: invalidate }));
  const update = useMutation(trpc.period.update.mutationOptions({ onSuccess: invalidate }));

  /** Before a period closes: the open work it leaves behind, in a confirm. True when the admin goes ahead. */
  const confirmClosing = async (id: string): Promise<boolean> => {
    const work = await queryClient.fetchQuery(trpc.period.openWork.queryOptions({ id }, { staleTime: 0 }));
    const lines = describeOpenWork(work, t);
    if (lines.length === 0) return true;
    return modal.confirm({
      title: t('periods.closeWarning.title'),
      content: (
        <>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>{t('periods.closeWarning.body')}</p>
        </>
      ),
      okText: t('periods.closeWarning.ok'),
      okButtonProps: { danger: true },
      cancelText: t('cancel', { ns: 'common' }),
    });
  };

  const save = async (values: TPeriodForm) => {
    const { state, year, ...fields } = toPeriodInput(values);
    if (editing?.mode === 'edit') {
      const { period } = editing;
      if (isClosing(period.state, state) && !(await confirmClosing(period.id))) return;
      await update.mutateAsync({
        id: period.id,
        version: period.version,
        ...fields,
        ...(fields.editionCode === period.editionCode ? { editionCode: undefined } : {}),
        ...(state === period.state ? {} : { state }),
      });
    } else {
      await create.mutateAsync({ year, ...fields });
    }
    void message.success(t('saved'));
    setEditing(null);
  };

  const date = (d: Date | null) => (d ? formatDate(d, lng, timeZone) : '–');
  const fit = useFitTable();
  const columns: TableColumnsType<TPeriod> = [
    {
      fixed: fit.keyColumn.fixed,
      width: 80,
      title: t('periods.year'),
      dataIndex: 'year',
      sorter: (a, b) => a.year - b.year,
      defaultSortOrder: 'descend',
    },
    { ...fit.keyColumn, title: t('periods.name'), dataIndex: 'name' },
    {
      title: t('periods.state'),
      dataIndex: 'state',
      render: (s: string) => <Tag color={STATE_COLOURS[s]}>{t(`periods.states.${s}`)}</Tag>,
    },
    { title: t('periods.edition'), dataIndex: 'editionCode', responsive: ['md'] },
    { title: t('periods.internalDeadline'), dataIndex: 'internalDeadline', render: date, responsive: ['sm'] },
    { title: t('periods.nationalDeadline'), dataIndex: 'nationalDeadline', render: date, responsive: ['lg'] },
    {
      title: t('periods.standard'),
      dataIndex: 'standardMinMaturityX100',
      render: (x: number | null) => (x === null ? '–' : formatScore(x, lng)),
      responsive: ['lg'],
    },
    {
      title: t('periods.submissions'),
      key: 'submissions',
      align: 'right',
      render: (_: unknown, p) => p._count.submissions,
      responsive: ['md'],
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_: unknown, period) => (
        <Flex gap={8} wrap align="center">
          {/* An archived period is read-only for good (the server refuses every change). */}
          {period.state === 'ARCHIVED' ? (
            <Typography.Text type="secondary">{tc('periods.archived')}</Typography.Text>
          ) : (
            <Button
              size="small"
              onClick={() => setEditing({ mode: 'edit', period })}
              aria-label={t('periods.editNamed', { name: period.name })}
            >
              {t('edit')}
            </Button>
          )}
          {isArchivedState(period.state) && (
            <Link to={`/admin/carry-over?from=${encodeURIComponent(period.id)}`}>{tc('periods.carry')}</Link>
          )}
        </Flex>
      ),
    },
  ];

  const nextYear = (list.data?.[0]?.year ?? new Date().getFullYear()) + 1;
  return (
    <section>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2}>{t('periods.title')}</Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          // The form starts on the first edition, so it opens once the editions are known.
          loading={editionList.isPending}
          onClick={() => setEditing({ mode: 'create' })}
        >
          {t('periods.create')}
        </Button>
      </Flex>
      <ErrorAlert error={list.error ?? editionList.error} />
      <Table<TPeriod>
        rowKey="id"
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 10 }}
        scroll={fit.scroll}
      />
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('periods.editTitle') : t('periods.createTitle')}
        size="min(520px, 100vw)"
        destroyOnHidden
      >
        {editing && (
          <PeriodForm
            key={editing.mode === 'edit' ? editing.period.id : 'new'}
            mode={editing.mode}
            initial={
              editing.mode === 'edit'
                ? toFormValues(editing.period, lng === 'id' ? ',' : '.')
                : {
                    year: nextYear,
                    name: `IID ${nextYear}`,
                    editionCode: editions[0]?.code ?? '',
                    state: 'PLANNING',
                    internalDeadline: null,
                    nationalDeadline: null,
                    standardMinMaturity: '',
                  }
            }
            editions={editions}
            submitLabel={t('save')}
            onSubmit={save}
          />
        )}
      </Drawer>
    </section>
  );
}
