import {
  expectedTotalMaxX100,
  type TBands,
  type TKemanfaatanBasis,
  type TSidIndicator,
  type TSpdRow,
} from '@inovda/domain';
import { Alert, Badge, Button, Card, Collapse, Flex, Input, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { pathKey, type TPath } from './edition-draft';
import {
  DateTextField,
  FileKindsField,
  IntField,
  SwitchField,
  TextField,
  useEditor,
  X100Field,
} from './editor-fields';

/** How many of the domain's issues sit under `prefix` (a row, a basis): shown on the collapsed panel. */
function useIssueCount(prefix: TPath): number {
  const { issues } = useEditor();
  const key = `${pathKey(prefix)}.`;
  let count = 0;
  for (const [path, messages] of issues) if (path.startsWith(key)) count += messages.length;
  return count;
}

function OptionTexts({ path }: { path: TPath }) {
  const { t } = useTranslation('editions');
  return (
    <>
      {[0, 1, 2].map((i) => (
        <TextField
          key={i}
          path={[...path, i, 'text']}
          label={t('field.optionText', { tier: i + 1 })}
          multiline
        />
      ))}
    </>
  );
}

function BandFields({ path, bands }: { path: TPath; bands: TBands }) {
  const { t } = useTranslation('editions');
  return (
    <Card size="small" type="inner" title={t('editor.bands')}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t(`editor.bandDirection.${bands.direction}`)} · {t(`editor.bandUnit.${bands.unit}`)}.{' '}
        {t('editor.bandsHint')}
      </Typography.Paragraph>
      <Flex gap={12} wrap>
        {(['tier3', 'tier2', 'tier1'] as const).map((tier) => (
          <div key={tier} style={{ flex: '1 1 160px' }}>
            <X100Field
              path={[...path, 'cutX100', tier]}
              label={t('field.bandCut', { tier: tier.slice(4) })}
              nullable={tier === 'tier1'}
              extra={tier === 'tier1' && bands.cutX100.tier1 === null ? t('editor.tier1Open') : undefined}
            />
          </div>
        ))}
      </Flex>
    </Card>
  );
}

function EvidenceFields({ path, allowsLink }: { path: TPath; allowsLink: boolean }) {
  const { t } = useTranslation('editions');
  return (
    <Card size="small" type="inner" title={t('editor.evidence')}>
      <TextField path={[...path, 'description']} label={t('field.evidenceDescription')} multiline />
      <FileKindsField path={[...path, 'fileKinds']} label={t('field.fileKinds')} />
      {allowsLink && <SwitchField path={[...path, 'allowsLink']} label={t('field.allowsLink')} />}
    </Card>
  );
}

function BasisPanel({ path, basis }: { path: TPath; basis: TKemanfaatanBasis }) {
  const { t } = useTranslation('editions');
  return (
    <Card size="small" title={t('editor.basis', { code: basis.code })} style={{ marginBottom: 12 }}>
      <TextField path={[...path, 'measure']} label={t('field.measure')} />
      <OptionTexts path={[...path, 'options']} />
      {basis.bands && <BandFields path={[...path, 'bands']} bands={basis.bands} />}
      {basis.evidence && <EvidenceFields path={[...path, 'evidence']} allowsLink={false} />}
    </Card>
  );
}

function RowHeader({ path, row }: { path: TPath; row: TSidIndicator | TSpdRow }) {
  const { t } = useTranslation('editions');
  const lng = useLanguage();
  const count = useIssueCount(path);
  return (
    <Flex gap={8} wrap align="center">
      <span>
        {row.code}. {row.name}
      </span>
      <Tag>{t('editor.weightPoints', { weight: formatScore(row.weightX100, lng) })}</Tag>
      {row.mandatory && <Tag color="red">{t('editor.mandatory')}</Tag>}
      {count > 0 && <Badge count={count} title={String(count)} />}
    </Flex>
  );
}

function RowFields({ path, row }: { path: TPath; row: TSidIndicator | TSpdRow }) {
  const { t } = useTranslation('editions');
  const bases = 'bases' in row ? row.bases : undefined;
  return (
    <>
      <Flex gap={12} wrap>
        <div style={{ flex: '1 1 160px' }}>
          <X100Field path={[...path, 'weightX100']} label={t('field.weight')} />
        </div>
        <div style={{ flex: '1 1 160px' }}>
          <SwitchField path={[...path, 'mandatory']} label={t('field.mandatory')} />
        </div>
      </Flex>
      {bases ? (
        bases.map((basis, j) => <BasisPanel key={basis.code} path={[...path, 'bases', j]} basis={basis} />)
      ) : (
        <OptionTexts path={[...path, 'options']} />
      )}
      {'bands' in row && row.bands && <BandFields path={[...path, 'bands']} bands={row.bands} />}
      {row.evidence && (
        <EvidenceFields path={[...path, 'evidence']} allowsLink={row.evidence.allowsLink !== undefined} />
      )}
    </>
  );
}

function matches(row: { code: string; name: string }, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || row.code.toLowerCase() === q || row.name.toLowerCase().includes(q);
}

/** The indicators of one aspect (SID or SPD), one collapsible panel each, searchable by number or name. */
export function RowsSection({ section }: { section: 'sid' | 'spd' }) {
  const { t } = useTranslation('editions');
  const { draft } = useEditor();
  const [query, setQuery] = useState('');
  const rows: readonly (TSidIndicator | TSpdRow)[] = section === 'sid' ? draft.sid : draft.spd;
  const items = useMemo(
    () =>
      rows
        .map((row, i) => ({ row, i }))
        .filter(({ row }) => matches(row, query))
        .map(({ row, i }) => ({
          key: String(i),
          label: <RowHeader path={[section, i]} row={row} />,
          children: <RowFields path={[section, i]} row={row} />,
        })),
    [rows, query, section],
  );
  return (
    <Flex vertical gap={12}>
      <Input.Search
        allowClear
        aria-label={t('editor.searchPlaceholder')}
        placeholder={t('editor.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <Collapse items={items} />
    </Flex>
  );
}

/** The edition constants: divisor, count score, yandas, total maximum, predicate bands, window, words. */
export function ConstantsSection() {
  const { t } = useTranslation('editions');
  const lng = useLanguage();
  const { draft, set, readOnly } = useEditor();
  const c: TPath = ['constants'];
  const expected = expectedTotalMaxX100(draft);
  const totalOff = expected !== draft.constants.totalMax.value * 100;
  const hint = (key: string) => t(`field.constantsHint.${key}`);
  return (
    <Flex vertical gap={4}>
      <IntField
        path={[...c, 'minDivisor', 'value']}
        label={t('field.constants.minDivisor')}
        extra={hint('minDivisor')}
        min={1}
      />
      <X100Field
        path={[...c, 'countWeightX100', 'value']}
        label={t('field.constants.countWeightX100')}
        extra={hint('countWeightX100')}
      />
      <IntField
        path={[...c, 'countCap', 'value']}
        label={t('field.constants.countCap')}
        extra={hint('countCap')}
        min={0}
      />
      <IntField
        path={[...c, 'yandasMin', 'value']}
        label={t('field.constants.yandasMin')}
        extra={hint('yandasMin')}
        min={0}
      />
      <IntField
        path={[...c, 'totalMax', 'value']}
        label={t('field.constants.totalMax')}
        extra={hint('totalMax')}
        min={1}
      />
      {totalOff && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            expected % 100 === 0
              ? t('editor.totalMaxFix', { total: formatScore(expected, lng) })
              : t('editor.totalMaxNotWhole', { total: formatScore(expected, lng) })
          }
          action={
            expected % 100 === 0 && !readOnly ? (
              <Button size="small" onClick={() => set([...c, 'totalMax', 'value'], expected / 100)}>
                {t('editor.totalMaxUse', { total: formatScore(expected, lng) })}
              </Button>
            ) : undefined
          }
        />
      )}
      <Card size="small" type="inner" title={hint('predicateBands')} style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          {(['sangatInovatifX100', 'inovatifX100', 'kurangInovatifX100'] as const).map((key) => (
            <div key={key} style={{ flex: '1 1 180px' }}>
              <X100Field
                path={[...c, 'predicateBands', 'value', key]}
                label={t(`field.constants.predicateBands.${key}`)}
              />
            </div>
          ))}
        </Flex>
      </Card>
      <Flex gap={12} wrap>
        {(['from', 'to'] as const).map((key) => (
          <div key={key} style={{ flex: '1 1 180px' }}>
            <DateTextField
              path={[...c, 'eligibilityWindow', 'value', key]}
              label={t(`field.constants.eligibilityWindow.${key}`)}
              extra={hint('eligibilityWindow')}
            />
          </div>
        ))}
      </Flex>
      <IntField
        path={[...c, 'rancangBangunMinWords', 'value']}
        label={t('field.constants.rancangBangunMinWords')}
        extra={hint('rancangBangunMinWords')}
        min={0}
      />
      <IntField
        path={[...c, 'maxSubmissions', 'value']}
        label={t('field.constants.maxSubmissions')}
        extra={hint('maxSubmissions')}
        min={1}
      />
    </Flex>
  );
}
