import type { PackChange, TEditionPack } from '@inovda/domain';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../../i18n/languages';
import { useLanguage } from '../../../lib/use-language';
import { formatScore } from '../../../lib/format';
import { describeChange, pathKey, type TChangeLabel } from './edition-draft';
import { useFitTable } from '../../../components/use-fit-table';

/** A value of the pack as people read it: hundredths as decimals, lists joined, yes/no. */
function showValue(value: unknown, format: TChangeLabel['format'], lng: TLanguage, t: TFunction): string {
  if (value === undefined || value === null) return t('editor.valueNone');
  if (format === 'X100' && typeof value === 'number') return formatScore(value, lng);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? t('editor.valueYes') : t('editor.valueNo');
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function itemOf(label: TChangeLabel, t: TFunction): string {
  return label.constantKey ? t(`editor.constantNames.${label.constantKey}`) : label.item;
}

/** "SID 16 · Regulasi Inovasi Daerah › Bobot": where a path of the pack is, for people. */
export function labelPath(pack: TEditionPack, change: PackChange, t: TFunction): string {
  const label = describeChange(pack, change);
  const item = itemOf(label, t);
  const field = t(`field.${label.fieldKey}`, { ...label.params, defaultValue: label.fieldKey });
  return item ? `${item} › ${field}` : field;
}

interface TRow {
  key: string;
  item: string;
  field: string;
  before: string;
  after: string;
}

/** The differences of the draft from the pack it was cloned from, one line per changed value. */
export function EditionChanges({
  changes,
  draft,
  baseName,
}: {
  changes: readonly PackChange[];
  draft: TEditionPack;
  baseName: string;
}) {
  const { t } = useTranslation('editions');
  const lng = useLanguage();
  const rows: TRow[] = changes.map((change) => {
    const label = describeChange(draft, change);
    return {
      key: pathKey(change.path),
      item: itemOf(label, t),
      field: t(`field.${label.fieldKey}`, { ...label.params, defaultValue: label.fieldKey }),
      before: showValue(change.before, label.format, lng, t),
      after: showValue(change.after, label.format, lng, t),
    };
  });
  const fit = useFitTable();
  const columns: TableColumnsType<TRow> = [
    { ...fit.keyColumn, title: t('editor.item'), dataIndex: 'item', width: fit.keyColumn.width ?? '25%' },
    { title: t('editor.field'), dataIndex: 'field', width: '15%' },
    { title: t('editor.before'), dataIndex: 'before', render: (text: string) => <del>{text}</del> },
    { title: t('editor.after'), dataIndex: 'after', render: (text: string) => <ins>{text}</ins> },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('editor.changesIntro', { base: baseName })}
      </Typography.Paragraph>
      <Table<TRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        locale={{ emptyText: t('editor.noChanges') }}
        scroll={fit.scroll}
      />
    </>
  );
}
