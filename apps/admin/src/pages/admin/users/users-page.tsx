import { ROLES, type Role } from '@inovda/domain';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Drawer,
  Flex,
  Input,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { useLanguage } from '../../../lib/use-language';
import { toParentOptions } from '../units/unit-tree-options';
import { UserForm } from './user-form';
import type { TUserCreateForm } from './user-form-schema';
import { useCursorPages } from '../use-cursor-pages';
import { useFitTable } from '../../../components/use-fit-table';

type TUser = TRouterOutputs['user']['list']['items'][number];
type TEditing = { mode: 'create' } | { mode: 'edit'; user: TUser };

const EMPTY: TUserCreateForm = {
  email: '',
  name: '',
  role: 'OPERATOR',
  unitId: null,
  active: true,
  password: '',
};
const PAGE_SIZE = 20;

/** ADMIN: the region's accounts, filtered by role, status and name; create, edit role/unit/active, set a password. */
export default function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<TEditing | null>(null);
  const [role, setRole] = useState<Role | undefined>();
  const [active, setActive] = useState<boolean | undefined>();
  const [search, setSearch] = useState('');
  const pages = useCursorPages([role, active, search].join('|'));
  const list = useQuery({
    ...trpc.user.list.queryOptions({
      role,
      active,
      search: search || undefined,
      cursor: pages.cursor,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const units = useQuery(trpc.unit.list.queryOptions({ includeInactive: false }));
  const invalidate = () => queryClient.invalidateQueries(trpc.user.pathFilter());
  const create = useMutation(trpc.user.create.mutationOptions({ onSuccess: invalidate }));
  const update = useMutation(trpc.user.update.mutationOptions({ onSuccess: invalidate }));

  const save = async (values: TUserCreateForm) => {
    if (editing?.mode === 'edit') {
      const { email: _email, password, ...rest } = values;
      await update.mutateAsync({
        id: editing.user.id,
        version: editing.user.version,
        ...rest,
        ...(password ? { password } : {}),
      });
    } else {
      const { active: _active, ...rest } = values;
      await create.mutateAsync(rest);
    }
    void message.success(t('saved'));
    setEditing(null);
  };

  const fit = useFitTable();
  const columns: TableColumnsType<TUser> = [
    {
      ...fit.keyColumn,
      title: t('users.name'),
      dataIndex: 'name',
      render: (name: string, u) => (
        <>
          {name}
          <div style={{ fontSize: 12, color: '#666', wordBreak: 'break-all' }}>{u.email}</div>
        </>
      ),
    },
    { title: t('users.role'), dataIndex: 'role', render: (r: string) => t(`common:role.${r}`) },
    {
      title: t('users.unit'),
      key: 'unit',
      render: (_: unknown, u) => u.unit?.name ?? '–',
      responsive: ['md'],
    },
    {
      title: t('users.active'),
      dataIndex: 'active',
      render: (a: boolean) =>
        a ? <Tag color="green">{t('users.activeYes')}</Tag> : <Tag>{t('users.activeNo')}</Tag>,
      responsive: ['sm'],
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (d: Date | null) => (d ? formatDateTime(d, lng, timeZone) : '–'),
      responsive: ['lg'],
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_: unknown, user) => (
        <Button
          size="small"
          onClick={() => setEditing({ mode: 'edit', user })}
          aria-label={t('users.editNamed', { name: user.name })}
        >
          {t('edit')}
        </Button>
      ),
    },
  ];

  return (
    <section>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2}>{t('users.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
          {t('users.create')}
        </Button>
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('users.search')}
          aria-label={t('users.search')}
          onSearch={(v) => setSearch(v.trim())}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Select<Role>
          allowClear
          placeholder={t('users.role')}
          aria-label={t('users.role')}
          value={role}
          onChange={setRole}
          options={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
          style={{ width: 180 }}
        />
        <Select<'yes' | 'no'>
          allowClear
          placeholder={t('users.active')}
          aria-label={t('users.active')}
          value={active === undefined ? undefined : active ? 'yes' : 'no'}
          // Cleared (allowClear) gives undefined.
          onChange={(v?: string) => setActive(v === undefined ? undefined : v === 'yes')}
          options={[
            { value: 'yes', label: t('users.activeYes') },
            { value: 'no', label: t('users.activeNo') },
          ]}
          style={{ width: 160 }}
        />
      </Flex>
      <ErrorAlert error={list.error ?? units.error} />
      <Table<TUser>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={fit.scroll}
      />
      <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
        <Button disabled={!pages.hasPrevious} onClick={pages.previous}>
          {t('previousPage')}
        </Button>
        <Button
          disabled={!list.data?.nextCursor}
          onClick={() => pages.next(list.data?.nextCursor ?? undefined)}
        >
          {t('nextPage')}
        </Button>
      </Flex>
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('users.editTitle') : t('users.createTitle')}
        size="min(520px, 100vw)"
        destroyOnHidden
      >
        {editing && (
          <UserForm
            key={editing.mode === 'edit' ? editing.user.id : 'new'}
            mode={editing.mode}
            initial={
              editing.mode === 'edit'
                ? {
                    email: editing.user.email,
                    name: editing.user.name,
                    role: editing.user.role,
                    unitId: editing.user.unit?.id ?? null,
                    active: editing.user.active,
                    password: '',
                  }
                : EMPTY
            }
            units={toParentOptions(units.data?.units ?? [])}
            submitLabel={t('save')}
            onSubmit={save}
          />
        )}
      </Drawer>
    </section>
  );
}
