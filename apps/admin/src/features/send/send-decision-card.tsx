import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { StateBadge } from '../../components/state-badge';
import { useFitTable } from '../../components/use-fit-table';
import type { TLanguage } from '../../i18n/languages';
import { formatScore } from '../../lib/format';
import { useTRPC, type TRouterOutputs } from '../../lib/trpc';
import { BestSetDialog } from './best-set-dialog';
import { useSendMoves, type TSendMove, type TSendResult } from './use-send-moves';

type TCandidate = TRouterOutputs['submission']['sendCandidates']['items'][number];

/** Which selected rows a move applies to: verified ones are marked ready, ready ones cancelled. */
export function rowsFor(move: TSendMove, rows: readonly TCandidate[]) {
  return rows.filter((row) =>
    move === 'MARK_READY' ? row.state === 'VERIFIED' : row.state === 'READY_TO_SEND',
  );
}

/**
 * ADMIN, package screen: the send decision of the period. Every verified, ready and sent innovation with its
 * place in the package to send; mark ready or cancel one by one or for the selected rows (a result per
 * innovation), and apply the best set after checking its preview.
 */
export function SendDecisionCard({ periodId, lng }: { periodId: string; lng: TLanguage }) {
  const { t } = useTranslation(['send', 'common']);
  const trpc = useTRPC();
  const { modal, message } = App.useApp();
  const candidates = useQuery(trpc.submission.sendCandidates.queryOptions({ periodId }));
  const { run, pending } = useSendMoves();
  const [selected, setSelected] = useState<Key[]>([]);
  const [bestOpen, setBestOpen] = useState(false);
  const fit = useFitTable();
  const rows = candidates.data?.items ?? [];
  const frozen = candidates.data?.frozen ?? null;
  const chosen = rows.filter((row) => selected.includes(row.submissionId));

  const report = (result: TSendResult) => {
    const failed = result.results.filter((r) => !r.ok);
    if (failed.length === 0) {
      void message.success(t('result.allDone', { count: result.moved }));
      return;
    }
    modal.warning({
      title: t('result.title'),
      content: (
        <>
          <Typography.Paragraph>
            {t('result.partial', { done: result.moved, total: result.results.length })}
          </Typography.Paragraph>
          <ul>
            {failed.map((r) => (
              <li key={r.submissionId}>
                <strong>{r.name}</strong>: {'message' in r ? r.message : ''}
              </li>
            ))}
          </ul>
        </>
      ),
    });
  };

  const move = async (kind: TSendMove, targets: readonly TCandidate[]) => {
    const result = await run(
      periodId,
      kind,
      targets.map((row) => ({ submissionId: row.submissionId, version: row.version })),
    );
    if (result) {
      report(result);
      setSelected([]);
    }
  };
  const confirmBulk = (kind: TSendMove) => {
    const targets = rowsFor(kind, chosen);
    const key = kind === 'MARK_READY' ? 'confirmMark' : 'confirmUnmark';
    modal.confirm({
      title: t(`${key}.title`, { count: targets.length }),
      content: t(`${key}.body`),
      okText: t(kind === 'MARK_READY' ? 'markReady' : 'unmark'),
      cancelText: t('common:cancel'),
      onOk: () => move(kind, targets),
    });
  };

  const columns: TableColumnsType<TCandidate> = [
    {
      ...fit.keyColumn,
      title: t('columns.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <>
          {name}
          <div style={{ fontSize: 12, color: '#666' }}>{row.unitName}</div>
        </>
      ),
    },
    { title: t('columns.state'), render: (_, row) => <StateBadge state={row.state} /> },
    {
      title: t('columns.maturity'),
      align: 'right',
      render: (_, row) => formatScore(row.verifiedMaturityX100, lng),
    },
    {
      title: t('columns.inPackage'),
      render: (_, row) =>
        row.inPackage ? <Tag color="green">{t('inPackage.yes')}</Tag> : <Tag>{t('inPackage.no')}</Tag>,
    },
    {
      title: t('columns.actions'),
      render: (_, row) =>
        row.state === 'VERIFIED' ? (
          <Button
            size="small"
            disabled={pending}
            onClick={() => void move('MARK_READY', [row])}
            aria-label={t('markReadyOf', { name: row.name })}
          >
            {t('markReady')}
          </Button>
        ) : row.state === 'READY_TO_SEND' ? (
          <Button
            size="small"
            disabled={pending}
            onClick={() => void move('UNMARK_READY', [row])}
            aria-label={t('unmarkOf', { name: row.name })}
          >
            {t('unmark')}
          </Button>
        ) : null,
    },
  ];

  const markable = rowsFor('MARK_READY', chosen).length;
  const unmarkable = rowsFor('UNMARK_READY', chosen).length;
  return (
    <Card title={t('card.title')} style={{ marginBottom: 16 }} data-testid="send-decision">
      <Typography.Paragraph type="secondary">{t('card.intro')}</Typography.Paragraph>
      <ErrorAlert error={candidates.error} />
      {frozen && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('card.frozen', { sequence: frozen.sequence })}
        />
      )}
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setBestOpen(true)} disabled={rows.length === 0}>
          {t('best.button')}
        </Button>
        <Button disabled={markable === 0 || pending} onClick={() => confirmBulk('MARK_READY')}>
          {t('markReadySelected')} ({markable})
        </Button>
        <Button disabled={unmarkable === 0 || pending} onClick={() => confirmBulk('UNMARK_READY')}>
          {t('unmarkSelected')} ({unmarkable})
        </Button>
        {selected.length > 0 && (
          <Typography.Text type="secondary">{t('card.selected', { count: selected.length })}</Typography.Text>
        )}
      </Flex>
      {rows.length === 0 && !candidates.isPending ? (
        <Empty description={t('card.empty')} />
      ) : (
        <Table<TCandidate>
          rowKey="submissionId"
          size="small"
          loading={candidates.isPending}
          columns={columns}
          dataSource={rows}
          scroll={fit.scroll}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: true } : false}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys),
            getCheckboxProps: (row) => ({
              disabled: row.state === 'SENT',
              'aria-label': row.name,
            }),
          }}
        />
      )}
      <BestSetDialog open={bestOpen} periodId={periodId} lng={lng} onClose={() => setBestOpen(false)} />
    </Card>
  );
}
