import { CheckCircleFilled, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TImportKind } from './import-files';
import { buildPasswordsCsv, saveTextFile, type TCreatedAccount } from './passwords-sheet';

/** What a commit made: the counts, and for accounts their one-time passwords with a CSV to save. */
export function ImportResult({
  kind,
  counts,
  accounts,
  onAnother,
}: {
  kind: TImportKind;
  counts: { created: number; updated: number; unchanged: number };
  accounts: readonly TCreatedAccount[];
  onAnother: () => void;
}) {
  const { t } = useTranslation('imports');
  const { t: tc } = useTranslation('common');
  const header = [
    t('row'),
    t('passwords.email'),
    t('passwords.name'),
    t('passwords.role'),
    t('passwords.password'),
  ];
  const columns: TableColumnsType<TCreatedAccount> = [
    { title: t('passwords.email'), dataIndex: 'email' },
    { title: t('passwords.name'), dataIndex: 'name', responsive: ['md'] },
    {
      title: t('passwords.role'),
      dataIndex: 'role',
      render: (role: string) => tc(`role.${role}`),
      responsive: ['sm'],
    },
    {
      title: t('passwords.password'),
      dataIndex: 'password',
      render: (password: string) => (
        <Typography.Text code copyable={{ text: password }} className="import-password">
          {password}
        </Typography.Text>
      ),
    },
  ];
  return (
    <section aria-labelledby="import-done-title">
      <Card>
        <Flex vertical align="center" gap={8} role="status">
          <CheckCircleFilled className="import-done-icon" aria-hidden="true" />
          <Typography.Title level={3} id="import-done-title" style={{ margin: 0 }}>
            {t('done.title')}
          </Typography.Title>
          <Typography.Text>
            {t('done.created', { count: counts.created, kind: t(`kindName.${kind}`) })}
          </Typography.Text>
          {counts.updated + counts.unchanged > 0 && (
            <Typography.Text>
              {t('done.updated', { count: counts.updated, kind: t(`kindName.${kind}`) })}{' '}
              {t('done.unchanged', { count: counts.unchanged })}
            </Typography.Text>
          )}
        </Flex>
      </Card>
      {accounts.length > 0 && (
        <Card title={t('passwords.title')} className="import-passwords">
          <Alert type="warning" showIcon title={t('passwords.warning')} style={{ marginBottom: 12 }} />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            onClick={() => saveTextFile(t('passwords.fileName'), buildPasswordsCsv(accounts, header))}
            style={{ marginBottom: 12 }}
          >
            {t('passwords.download')}
          </Button>
          <Table<TCreatedAccount>
            rowKey="email"
            size="small"
            columns={columns}
            dataSource={[...accounts]}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
          />
        </Card>
      )}
      <Button onClick={onAnother} className="import-another">
        {t('another')}
      </Button>
    </section>
  );
}
