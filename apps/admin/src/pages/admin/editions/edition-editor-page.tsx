import { ArrowLeftOutlined, CopyOutlined, LockOutlined } from '@ant-design/icons';
import {
  diffEditionPacks,
  summarizeProvenance,
  validateEditionPack,
  type TConfidence,
  type TEditionPack,
} from '@inovda/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Affix,
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { describeField, FormField } from '../../../components/form-field';
import { useLanguage } from '../../../lib/use-language';
import { describeError } from '../../../lib/app-error';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { useEditionPack } from '../../../lib/use-edition-pack';
import { CloneDialog, type TCloneSource } from './clone-dialog';
import { EditionChanges, labelPath } from './edition-changes';
import { issuesByPath, listRuleChanges, setAt, stampProvenance, type TPath } from './edition-draft';
import { EditorContext, IntField, TextField, type TEditorContext } from './editor-fields';
import { ConstantsSection, RowsSection } from './editor-sections';

type TDetail = TRouterOutputs['edition']['detail'];

const IDENTITY = new Set(['code', 'name', 'basedOn']);
const CONFIDENCES: readonly TConfidence[] = ['CONFIRMED', 'SECONDARY', 'UNCONFIRMED'];

function Editor({ detail }: { detail: TDetail }) {
  const { t } = useTranslation(['editions', 'common']);
  const lng = useLanguage();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const saved = detail.pack;
  const custom = detail.custom;
  const [draft, setDraft] = useState<TEditionPack>(saved);
  const [tab, setTab] = useState('general');
  const [stamp, setStamp] = useState({ source: '', confidence: null as TConfidence | null, note: '' });
  const [stampTouched, setStampTouched] = useState(false);
  const [cloning, setCloning] = useState<TCloneSource | null>(null);
  const rulesLocked = detail.locked;
  const set = useCallback((path: TPath, value: unknown) => setDraft((d) => setAt(d, path, value)), []);

  // Live validation with the domain's own check (the server runs the same one on save), a render behind typing.
  const checked = useDeferredValue(draft);
  const validation = useMemo(() => validateEditionPack(checked), [checked]);
  const issueList = useMemo(() => (validation.ok ? [] : validation.error.issues), [validation]);
  const issues = useMemo(() => issuesByPath(issueList), [issueList]);
  const context = useMemo<TEditorContext>(
    () => ({ draft, set, issues, readOnly: rulesLocked }),
    [draft, set, issues, rulesLocked],
  );

  const base = useEditionPack(custom?.baseCode);
  const changesFromBase = useMemo(
    () =>
      base.edition
        ? diffEditionPacks(base.edition, draft).filter(
            (c) => !(c.path.length === 1 && IDENTITY.has(String(c.path[0]))),
          )
        : [],
    [base.edition, draft],
  );
  const ruleChanges = useMemo(() => listRuleChanges(saved, draft), [saved, draft]);
  const renamed = draft.name.trim() !== saved.name;
  const dirty = ruleChanges.length > 0 || renamed;
  const stampMissing = ruleChanges.length > 0 && stamp.source.trim() === '';
  const provenance = useMemo(() => summarizeProvenance(draft), [draft]);

  const update = useMutation(
    trpc.edition.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.edition.pathFilter()),
    }),
  );

  const save = async () => {
    if (!custom) return;
    setStampTouched(true);
    if (stampMissing) {
      setTab('general');
      return;
    }
    const pack = ruleChanges.length > 0 ? stampProvenance(saved, draft, stamp) : undefined;
    try {
      const row = await update.mutateAsync({
        code: custom.code,
        version: custom.version,
        name: draft.name.trim(),
        ...(pack ? { pack } : {}),
      });
      void message.success(t('editor.saved', { version: row.version }));
    } catch {
      // Shown in the alert above the tabs.
    }
  };

  const years = detail.periods.map((p) => p.year).join(', ');
  const answeredYears = detail.periods
    .filter((p) => p.answered)
    .map((p) => p.year)
    .join(', ');
  const stampError = stampTouched && stampMissing ? t('editor.stampSourceRequired') : undefined;

  const general = (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        bordered
        items={[
          { key: 'code', label: t('editor.code'), children: saved.code },
          { key: 'base', label: t('editor.base'), children: custom?.baseCode ?? '–' },
          ...(custom ? [{ key: 'version', label: t('editor.version'), children: custom.version }] : []),
          {
            key: 'provenance',
            label: t('columns.provenance'),
            children: t('provenanceTitle', {
              confirmed: provenance.counts.CONFIRMED,
              secondary: provenance.counts.SECONDARY,
              unconfirmed: provenance.counts.UNCONFIRMED,
              sources: provenance.sources.join(', '),
            }),
          },
        ]}
      />
      {/* The name may change even when the rules are frozen; a built-in pack keeps everything. */}
      <EditorContext.Provider value={{ ...context, readOnly: !custom }}>
        <TextField path={['name']} label={t('editor.name')} />
      </EditorContext.Provider>
      <IntField path={['assessmentYear']} label={t('editor.assessmentYear')} min={2000} />
      {custom && !rulesLocked && (
        <Card size="small" title={t('editor.stampTitle')}>
          <Typography.Paragraph type="secondary">{t('editor.stampIntro')}</Typography.Paragraph>
          <FormField
            id="edition-stamp-source"
            label={t('editor.stampSource')}
            error={stampError}
            extra={t('editor.stampSourceHint')}
            required={ruleChanges.length > 0}
          >
            <Input
              {...describeField('edition-stamp-source', stampError)}
              value={stamp.source}
              maxLength={200}
              onChange={(e) => setStamp({ ...stamp, source: e.target.value })}
            />
          </FormField>
          <FormField
            id="edition-stamp-confidence"
            label={t('editor.stampConfidence')}
            extra={t('editor.stampConfidenceHint')}
          >
            <Select
              id="edition-stamp-confidence"
              value={stamp.confidence ?? 'KEEP'}
              onChange={(value: TConfidence | 'KEEP') =>
                setStamp({ ...stamp, confidence: value === 'KEEP' ? null : value })
              }
              options={[
                { value: 'KEEP', label: t('editor.stampConfidenceKeep') },
                ...CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) })),
              ]}
            />
          </FormField>
          <FormField id="edition-stamp-note" label={t('editor.stampNote')}>
            <Input.TextArea
              id="edition-stamp-note"
              value={stamp.note}
              maxLength={500}
              autoSize={{ minRows: 1, maxRows: 4 }}
              onChange={(e) => setStamp({ ...stamp, note: e.target.value })}
            />
          </FormField>
        </Card>
      )}
    </Flex>
  );

  return (
    <EditorContext.Provider value={context}>
      <Flex vertical gap={12}>
        <Link to="/admin/editions">
          <ArrowLeftOutlined aria-hidden /> {t('editor.back')}
        </Link>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {saved.name}
            </Typography.Title>
            <Tag color={custom ? 'purple' : 'default'}>{custom ? t('custom') : t('builtIn')}</Tag>
            {custom && rulesLocked && <Tag icon={<LockOutlined />}>{t('locked')}</Tag>}
          </Flex>
          <Button
            icon={<CopyOutlined />}
            onClick={() =>
              setCloning({ code: saved.code, name: saved.name, assessmentYear: saved.assessmentYear })
            }
          >
            {t('clone')}
          </Button>
        </Flex>
        {!custom && <Alert type="info" showIcon title={t('editor.builtInNotice')} />}
        {custom && rulesLocked && (
          <Alert type="warning" showIcon title={t('editor.lockedNotice', { years: answeredYears })} />
        )}
        {custom && !rulesLocked && detail.periods.length > 0 && (
          <Alert type="info" showIcon title={t('editor.usedBy', { years })} />
        )}
        {update.error && (
          <Alert type="error" showIcon role="alert" title={describeError(update.error, t).message} />
        )}
        {issueList.length > 0 ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('editor.issues', { count: issueList.length })}
            description={
              // Every issue by name, so one on a closed panel or a field without an input is found too.
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {issueList.slice(0, 10).map((issue) => (
                  <li key={`${issue.path.join('.')}:${issue.messages.id}`}>
                    {labelPath(draft, { path: issue.path, before: undefined, after: undefined }, t)}:{' '}
                    {issue.messages[lng]}
                  </li>
                ))}
              </ul>
            }
          />
        ) : (
          dirty && <Alert type="success" showIcon title={t('editor.valid')} />
        )}
        {/* One vertical layout for every field of the tabs (the fields are not one submit form). */}
        <Form layout="vertical" component={false}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'general', label: t('editor.tabs.general'), children: general },
              { key: 'constants', label: t('editor.tabs.constants'), children: <ConstantsSection /> },
              { key: 'sid', label: t('editor.tabs.sid'), children: <RowsSection section="sid" /> },
              { key: 'spd', label: t('editor.tabs.spd'), children: <RowsSection section="spd" /> },
              {
                key: 'changes',
                label: t('editor.tabs.changes', { count: changesFromBase.length }),
                children: !custom ? (
                  <Typography.Text type="secondary">{t('editor.builtInNotice')}</Typography.Text>
                ) : base.edition ? (
                  <EditionChanges changes={changesFromBase} draft={draft} baseName={base.edition.name} />
                ) : base.isPending ? (
                  <Skeleton active />
                ) : (
                  <Alert type="warning" showIcon title={t('editor.noBase', { code: custom.baseCode })} />
                ),
              },
            ]}
          />
        </Form>
        {custom && (
          <Affix offsetBottom={0}>
            <Card size="small" className="edition-save-bar">
              <Flex gap={8} align="center" wrap justify="space-between">
                <Typography.Text type={dirty ? 'warning' : 'secondary'}>
                  {dirty ? t('editor.unsaved') : t('editor.noChangesToSave')}
                </Typography.Text>
                <Flex gap={8}>
                  <Button disabled={!dirty || update.isPending} onClick={() => setDraft(saved)}>
                    {t('editor.reset')}
                  </Button>
                  <Button
                    type="primary"
                    loading={update.isPending}
                    disabled={!dirty || issueList.length > 0}
                    onClick={() => void save()}
                  >
                    {t('editor.save')}
                  </Button>
                </Flex>
              </Flex>
            </Card>
          </Affix>
        )}
      </Flex>
      <CloneDialog
        source={cloning}
        onClose={() => setCloning(null)}
        onCreated={(code) => {
          setCloning(null);
          void navigate(`/admin/editions/${code}`);
        }}
      />
    </EditorContext.Provider>
  );
}

/** ADMIN: one rule edition: a built-in pack to read and clone, or a custom edition to edit, validate and save. */
export default function EditionEditorPage() {
  const { code = '' } = useParams();
  const trpc = useTRPC();
  const detail = useQuery(trpc.edition.detail.queryOptions({ code }));
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  // A saved version (or another edition) starts a fresh draft.
  return <Editor key={`${code}:${detail.data.custom?.version ?? 0}`} detail={detail.data} />;
}
