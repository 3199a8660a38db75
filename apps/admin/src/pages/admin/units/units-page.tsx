import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { UnitForm } from './unit-form';
import type { TUnitForm } from './unit-form-schema';
import { toParentOptions, toTableTree } from './unit-tree-options';
import { useFitTable } from '../../../components/use-fit-table';

type TUnitNode = TRouterOutputs['unit']['list']['units'][number];
type TEditing = { mode: 'create' } | { mode: 'edit'; unit: TUnitNode };

const EMPTY: TUnitForm = { name: '', short: '', kind: 'OPD', parentId: null, urusan: [], active: true };

/** ADMIN: the unit tree (OPD with their UPTD, puskesmas, schools, kecamatan), with create and edit. */
export default function UnitsPage() {
  const { t } = useTranslation('admin');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<TEditing | null>(null);
  const list = useQuery(trpc.unit.list.queryOptions({ includeInactive: true }));
  const invalidate = () => queryClient.invalidateQueries(trpc.unit.pathFilter());
  const create = useMutation(trpc.unit.create.mutationOptions({ onSuccess: invalidate }));
  const update = useMutation(trpc.unit.update.mutationOptions({ onSuccess: invalidate }));
  const units = list.data?.units ?? [];

  const save = async (values: TUnitForm) => {
    if (editing?.mode === 'edit') {
      await update.mutateAsync({ id: editing.unit.id, version: editing.unit.version, ...values });
    } else {
      await create.mutateAsync({
        name: values.name,
        short: values.short,
        kind: values.kind,
        parentId: values.parentId,
        urusan: values.urusan,
      });
    }
    void message.success(t('saved'));
    setEditing(null);
  };

  const fit = useFitTable();
  const columns: TableColumnsType<TUnitNode> = [
    {
      ...fit.keyColumn,
      title: t('units.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'id'),
    },
    { title: t('units.short'), dataIndex: 'short', responsive: ['md'] },
    {
      title: t('units.kind'),
      dataIndex: 'kind',
      render: (kind: string) => t(`units.kinds.${kind}`),
      filters: (['OPD', 'RSUD', 'KECAMATAN', 'PUSKESMAS', 'UPTD', 'SEKOLAH'] as const).map((k) => ({
        text: t(`units.kinds.${k}`),
        value: k,
      })),
      onFilter: (value, row) => row.kind === value,
      responsive: ['sm'],
    },
    {
      title: t('units.innovations'),
      dataIndex: 'innovationCount',
      align: 'right',
      sorter: (a, b) => a.innovationCount - b.innovationCount,
    },
    {
      title: t('units.active'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? <Tag color="green">{t('units.activeYes')}</Tag> : <Tag>{t('units.activeNo')}</Tag>,
      responsive: ['sm'],
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_: unknown, unit) => (
        <Button
          size="small"
          onClick={() => setEditing({ mode: 'edit', unit })}
          aria-label={t('units.editNamed', { name: unit.name })}
        >
          {t('edit')}
        </Button>
      ),
    },
  ];

  return (
    <section>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2}>{t('units.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
          {t('units.create')}
        </Button>
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<TUnitNode>
        rowKey="id"
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={toTableTree(units) as TUnitNode[]}
        pagination={{ pageSize: 20, showSizeChanger: true }}
        scroll={fit.scroll}
      />
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('units.editTitle') : t('units.createTitle')}
        size="min(520px, 100vw)"
        destroyOnHidden
      >
        {editing && (
          <UnitForm
            key={editing.mode === 'edit' ? editing.unit.id : 'new'}
            initial={
              editing.mode === 'edit'
                ? {
                    name: editing.unit.name,
                    short: editing.unit.short,
                    kind: editing.unit.kind,
                    parentId: editing.unit.parentId,
                    urusan: editing.unit.urusan,
                    active: editing.unit.active,
                  }
                : EMPTY
            }
            parents={toParentOptions(units, editing.mode === 'edit' ? editing.unit.id : undefined)}
            submitLabel={t('save')}
            onSubmit={save}
          />
        )}
      </Drawer>
    </section>
  );
}
