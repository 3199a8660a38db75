import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Popconfirm, Progress, Radio, Segmented, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { formatBytes } from '../../../lib/format';
import { useTRPC } from '../../../lib/trpc';
import {
  IMPORT_KINDS,
  ImportUploadError,
  templateUrl,
  type TImportKind,
  type TStoredImportFile,
  uploadImportFile,
} from './import-files';
import { ImportErrorAlert } from './import-error';
import { ImportReport } from './import-report';
import { ImportResult } from './import-result';
import type { TCreatedAccount } from './passwords-sheet';
import { expectedOf, IMPORT_MODES, type TImportMode, type TImportReport } from './report-view';
import './imports.css';

type TStage =
  | { step: 'choose'; error?: string }
  | { step: 'uploading'; fileName: string; sent: number; total: number }
  | { step: 'preview'; file: TStoredImportFile; recheck?: TImportReport }
  | {
      step: 'done';
      kind: TImportKind;
      created: number;
      updated: number;
      unchanged: number;
      accounts: TCreatedAccount[];
    };

const ACCEPT = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * ADMIN: bulk import of units, users or innovations. Download the template, choose a filled file, see every
 * row checked and marked new / updated / unchanged (nothing saved yet), then import all rows at once, or none
 * when one is wrong. "Create and update" (default) updates rows whose code, e-mail or innovation already
 * exists; "only new rows" refuses them as duplicates.
 */
export default function ImportPage() {
  const { t } = useTranslation('imports');
  const { t: tc } = useTranslation('common');
  const lng = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<TImportKind>('UNITS');
  const [stage, setStage] = useState<TStage>({ step: 'choose' });
  const [mode, setMode] = useState<TImportMode>('UPSERT');
  const limits = useQuery(trpc.import.limits.queryOptions());
  const fileId = stage.step === 'preview' ? stage.file.fileId : '';
  const preview = useQuery({
    ...trpc.import.preview.queryOptions({ fileId, mode }),
    enabled: stage.step === 'preview' && !stage.recheck,
    staleTime: Infinity,
    gcTime: 0,
  });
  const discard = useMutation(trpc.import.discard.mutationOptions());
  const commit = useMutation(
    trpc.import.commit.mutationOptions({
      onSuccess: async (result) => {
        if (!result.committed) {
          setStage((s) => (s.step === 'preview' ? { ...s, recheck: result.report } : s));
          return;
        }
        setStage({
          step: 'done',
          kind: result.kind,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          accounts: result.users,
        });
        const paths = { UNITS: trpc.unit, USERS: trpc.user, INNOVATIONS: trpc.innovation } as const;
        await queryClient.invalidateQueries(paths[result.kind].pathFilter());
      },
    }),
  );

  // Unsaved one-time passwords: ask before the tab closes.
  const passwordsShown = stage.step === 'done' && stage.accounts.length > 0;
  useEffect(() => {
    if (!passwordsShown) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [passwordsShown]);

  const reset = () => {
    if (stage.step === 'preview') discard.mutate({ fileId: stage.file.fileId });
    commit.reset();
    setStage({ step: 'choose' });
  };

  const start = async (file: File) => {
    const maxBytes = limits.data?.maxBytes;
    if (maxBytes !== undefined && file.size > maxBytes) {
      setStage({
        step: 'choose',
        error: t('tooLarge', { size: formatBytes(file.size, lng), maxMb: maxBytes / 1024 / 1024 }),
      });
      return;
    }
    setStage({ step: 'uploading', fileName: file.name, sent: 0, total: file.size });
    try {
      const stored = await uploadImportFile(file, {
        kind,
        lng,
        onProgress: (sent, total) => setStage((s) => (s.step === 'uploading' ? { ...s, sent, total } : s)),
        fallback: { network: tc('errors.network'), unknown: tc('errors.unknown') },
      });
      setStage({ step: 'preview', file: stored });
    } catch (error) {
      setStage({
        step: 'choose',
        error: error instanceof ImportUploadError ? error.message : tc('errors.unknown'),
      });
    }
  };

  const report = stage.step === 'preview' ? (stage.recheck ?? preview.data) : undefined;
  const busy = stage.step === 'uploading' || (stage.step === 'preview' && !report && preview.isFetching);
  const percent =
    stage.step === 'uploading' && stage.total > 0 ? Math.floor((stage.sent / stage.total) * 100) : 0;
  const maxRows = limits.data?.maxRows[kind];

  if (stage.step === 'done') {
    return (
      <section>
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        <ImportResult
          kind={stage.kind}
          counts={{ created: stage.created, updated: stage.updated, unchanged: stage.unchanged }}
          accounts={stage.accounts}
          onAnother={reset}
        />
      </section>
    );
  }

  return (
    <section className="import-page">
      <Typography.Title level={2} style={{ marginBottom: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>

      <Card className="import-step">
        <Typography.Title level={4}>{t('step1')}</Typography.Title>
        <Segmented<TImportKind>
          block
          aria-label={t('kind.label')}
          value={kind}
          disabled={stage.step !== 'choose'}
          onChange={setKind}
          options={IMPORT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        />
        <Typography.Paragraph className="import-kind-help">{t(`kindHelp.${kind}`)}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} href={templateUrl(kind)} download>
          {t('downloadTemplate')}
        </Button>
        <Typography.Paragraph type="secondary" className="import-hint">
          {t('templateHelp')}
        </Typography.Paragraph>
      </Card>

      <Card className="import-step">
        <Typography.Title level={4}>{t('step2')}</Typography.Title>
        <Radio.Group
          className="import-mode"
          aria-label={t('mode.label')}
          value={mode}
          disabled={stage.step === 'uploading' || commit.isPending}
          onChange={(event) => {
            setMode(event.target.value as TImportMode);
            // A new mode means a new check: drop the commit's re-check report.
            commit.reset();
            setStage((s) => (s.step === 'preview' ? { step: 'preview', file: s.file } : s));
          }}
        >
          <Flex vertical gap={4}>
            {IMPORT_MODES.map((value) => (
              <Radio key={value} value={value}>
                {t(`mode.${value}`)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
        {stage.step === 'choose' && (
          <>
            {stage.error && (
              <Alert type="error" showIcon role="alert" title={stage.error} className="import-upload-error" />
            )}
            <Upload
              accept={ACCEPT}
              showUploadList={false}
              maxCount={1}
              beforeUpload={(file) => (void start(file), false)}
            >
              <Button type="primary" icon={<UploadOutlined />} size="large">
                {t('chooseFile')}
              </Button>
            </Upload>
            {limits.data && maxRows !== undefined && (
              <Typography.Paragraph type="secondary" className="import-hint">
                {t('fileHelp', { maxMb: limits.data.maxBytes / 1024 / 1024, maxRows })}
              </Typography.Paragraph>
            )}
          </>
        )}
        {stage.step === 'uploading' && (
          <div aria-live="polite">
            <Typography.Text>{t('uploading', { name: stage.fileName, percent })}</Typography.Text>
            <Progress percent={percent} status="active" aria-label={t('uploadProgress')} />
          </div>
        )}
        {stage.step === 'preview' && (
          <Flex vertical gap={4}>
            <Typography.Text>
              {stage.file.fileName} · {stage.file.format} · {formatBytes(stage.file.size, lng)}
            </Typography.Text>
            {busy && (
              <div aria-live="polite">
                <Typography.Text>{t('checking')}</Typography.Text>
                <Progress percent={100} status="active" showInfo={false} aria-label={t('checking')} />
              </div>
            )}
          </Flex>
        )}
      </Card>

      {stage.step === 'preview' && (
        <Card className="import-step">
          <Typography.Title level={4}>{t('step3')}</Typography.Title>
          <ImportErrorAlert error={preview.error ?? commit.error} />
          {stage.recheck && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('changed')}
              className="import-upload-error"
            />
          )}
          {report && <ImportReport key={stage.recheck ? 'recheck' : 'first'} report={report} />}
          <Flex gap={8} wrap className="import-actions">
            {report?.canCommit && !stage.recheck && (
              <Popconfirm
                title={t('commitConfirm', { count: report.totals.rows })}
                okText={t('commitOk')}
                cancelText={tc('cancel')}
                onConfirm={() =>
                  commit.mutate({ fileId: stage.file.fileId, mode, expected: expectedOf(report) })
                }
              >
                <Button type="primary" size="large" loading={commit.isPending}>
                  {t('commit', { count: report.totals.rows })}
                </Button>
              </Popconfirm>
            )}
            <Button size="large" onClick={reset} disabled={commit.isPending}>
              {report?.canCommit && !stage.recheck ? tc('cancel') : t('another')}
            </Button>
          </Flex>
        </Card>
      )}
    </section>
  );
}
