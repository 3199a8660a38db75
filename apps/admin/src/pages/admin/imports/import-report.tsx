import { Alert, Card, Col, Flex, Grid, List, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import type { TLanguage } from '../../../i18n/languages';
import {
  cellLevel,
  changeLines,
  columnLabel,
  filterRows,
  issueText,
  rowAction,
  type TImportReport,
  type TReportRow,
  type TRowAction,
  type TRowFilter,
} from './report-view';
import './imports.css';

const PAGE_SIZE = 25;

function RowStatus({ row }: { row: TReportRow }) {
  const { t } = useTranslation('imports');
  if (row.errors.length > 0) return <Tag color="red">{t('status.error')}</Tag>;
  if (row.warnings.length > 0) return <Tag color="gold">{t('status.warning')}</Tag>;
  return <Tag color="green">{t('status.ok')}</Tag>;
}

const ACTION_COLOR: Record<TRowAction, string> = { CREATE: 'blue', UPDATE: 'orange', UNCHANGED: 'default' };

/** What the commit will do with a row: a new record, an update, or nothing. */
function ActionTag({ row }: { row: TReportRow }) {
  const { t } = useTranslation('imports');
  const action = rowAction(row);
  if (!action) return null;
  return <Tag color={ACTION_COLOR[action]}>{t(`action.${action}`)}</Tag>;
}

/** The fields an UPDATE row changes, "Column: old → new". */
function ChangeList({ report, row, lng }: { report: TImportReport; row: TReportRow; lng: TLanguage }) {
  const { t } = useTranslation('imports');
  const lines = changeLines(report, row, lng);
  if (lines.length === 0) return null;
  return (
    <ul className="import-changes" aria-label={t('changes')}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** The issues of a row as lines "Column: message", errors first. */
function IssueList({ report, row, lng }: { report: TImportReport; row: TReportRow; lng: TLanguage }) {
  const { t } = useTranslation('imports');
  const lines = [
    ...row.errors.map((issue) => ({ issue, level: 'error' as const })),
    ...row.warnings.map((issue) => ({ issue, level: 'warning' as const })),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="import-issues">
      {lines.map(({ issue, level }, i) => {
        const label = columnLabel(report, issue.column, lng) ?? t('wholeRow');
        const value = issue.column ? row.values[issue.column] : undefined;
        return (
          <li key={i} className={`import-issue import-issue-${level}`}>
            <Typography.Text strong>{label}</Typography.Text>
            {value !== undefined && <Typography.Text code>{value}</Typography.Text>}
            <span>{issueText(issue, lng)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The preview of an import: counts, notes about the file, and every row with its problems marked. */
export function ImportReport({ report }: { report: TImportReport }) {
  const { t } = useTranslation('imports');
  const lng = useLanguage();
  const wide = Boolean(Grid.useBreakpoint().md);
  const hasProblems = report.totals.withErrors + report.totals.withWarnings > 0;
  const [filter, setFilter] = useState<TRowFilter>(report.totals.withErrors > 0 ? 'errors' : 'all');
  const rows = filterRows(report.rows, filter);
  const shown = report.columns.filter((c) => c.shown);

  const columns: TableColumnsType<TReportRow> = [
    { title: t('row'), dataIndex: 'row', width: 72, fixed: 'left' },
    { title: t('statusLabel'), key: 'status', width: 96, render: (_, row) => <RowStatus row={row} /> },
    { title: t('actionLabel'), key: 'action', width: 120, render: (_, row) => <ActionTag row={row} /> },
    ...shown.map((column) => ({
      title: lng === 'en' ? column.hint : column.label,
      key: column.key,
      ellipsis: true,
      onCell: (row: TReportRow) => {
        const level = cellLevel(row, column.key);
        return level ? { className: `import-cell-${level}` } : {};
      },
      render: (_: unknown, row: TReportRow) => row.values[column.key] ?? '',
    })),
    {
      title: t('issues'),
      key: 'issues',
      width: 360,
      render: (_, row) => (
        <>
          <ChangeList report={report} row={row} lng={lng} />
          <IssueList report={report} row={row} lng={lng} />
        </>
      ),
    },
  ];
  const { totals } = report;
  const stats: { key: string; value: number; color?: string }[] = [
    { key: 'rows', value: totals.rows },
    { key: 'created', value: totals.created, color: totals.created > 0 ? '#0958d9' : undefined },
    { key: 'updated', value: totals.updated, color: totals.updated > 0 ? '#d46b08' : undefined },
    { key: 'unchanged', value: totals.unchanged },
    { key: 'errors', value: totals.withErrors, color: totals.withErrors > 0 ? '#cf1322' : undefined },
    { key: 'warnings', value: totals.withWarnings },
  ];

  return (
    <section aria-label={t('step3')}>
      <Row gutter={[12, 12]} className="import-summary">
        {stats.map((stat) => (
          <Col xs={12} sm={8} lg={4} key={stat.key}>
            <Card size="small">
              <Statistic
                title={t(`summary.${stat.key}`)}
                value={stat.value}
                styles={{ content: { color: stat.color } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Flex vertical gap={8} className="import-notes">
        {report.canCommit ? (
          <Alert
            type="success"
            showIcon
            title={t('allOk', { count: report.totals.rows })}
            description={t('willDo', {
              created: totals.created,
              updated: totals.updated,
              unchanged: totals.unchanged,
            })}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('hasErrors', { count: report.totals.withErrors })}
          />
        )}
        {report.skippedExampleRow !== null && (
          <Alert type="info" showIcon title={t('skippedExample', { row: report.skippedExampleRow })} />
        )}
        {report.unknownHeaders.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('unknownHeaders', { columns: report.unknownHeaders.join(', ') })}
          />
        )}
      </Flex>
      {hasProblems && (
        <Segmented<TRowFilter>
          className="import-filter"
          aria-label={t('filter.label')}
          value={filter}
          onChange={setFilter}
          options={(['all', 'problems', 'errors'] as const).map((value) => ({
            value,
            label: t(`filter.${value}`),
          }))}
        />
      )}
      {wide ? (
        <Table<TReportRow>
          rowKey="row"
          size="small"
          columns={columns}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: PAGE_SIZE, showSizeChanger: false, hideOnSinglePage: true }}
          rowClassName={(row) => (row.errors.length > 0 ? 'import-row-error' : '')}
        />
      ) : (
        <List<TReportRow>
          dataSource={rows}
          rowKey="row"
          pagination={{ pageSize: PAGE_SIZE, simple: true, hideOnSinglePage: true }}
          renderItem={(row) => (
            <List.Item>
              <Card
                size="small"
                className={`import-row-card${row.errors.length > 0 ? ' import-row-error' : ''}`}
              >
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>{t('rowN', { row: row.row })}</Typography.Text>
                  <Flex gap={4}>
                    <ActionTag row={row} />
                    <RowStatus row={row} />
                  </Flex>
                </Flex>
                <dl className="import-row-values">
                  {shown
                    .filter((column) => row.values[column.key] !== undefined)
                    .map((column) => (
                      <div key={column.key} className={`import-cell-${cellLevel(row, column.key) ?? 'ok'}`}>
                        <dt>{lng === 'en' ? column.hint : column.label}</dt>
                        <dd>{row.values[column.key]}</dd>
                      </div>
                    ))}
                </dl>
                <ChangeList report={report} row={row} lng={lng} />
                <IssueList report={report} row={row} lng={lng} />
              </Card>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
