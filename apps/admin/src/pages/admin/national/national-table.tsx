import { Card, Descriptions, Empty, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../../i18n/languages';
import { formatScore } from '../../../lib/format';
import { NationalScoreEditor, type TNationalScoreEditorProps } from './national-score-editor';
import { diffTone, TONE_COLOUR, type TNationalItem } from './national-view';

export interface TNationalTableProps {
  items: readonly TNationalItem[];
  maxX100: number;
  lng: TLanguage;
  /** Only an ADMIN edits; VERIFIER and VIEWER read. */
  canEdit: boolean;
  onSave: TNationalScoreEditorProps['onSave'];
  onClear: TNationalScoreEditorProps['onClear'];
}

/** The national - verified difference as a coloured tag with its signed value ('−21,00 · terlalu tinggi'). */
function DiffTag({ item, lng }: { item: TNationalItem; lng: TLanguage }) {
  const { t } = useTranslation('national');
  const tone = diffTone(item);
  const diff = item.nationalMinusVerifiedX100;
  const text =
    diff === null
      ? t('notRecorded')
      : `${diff > 0 ? '+' : ''}${formatScore(diff, lng)} · ${t(`tone.${tone}`)}`;
  return <Tag color={TONE_COLOUR[tone]}>{text}</Tag>;
}

/** Sent innovations with klaim / terverifikasi / nasional: a table on wide screens, cards on a phone. */
export function NationalTable({ items, maxX100, lng, canEdit, onSave, onClear }: TNationalTableProps) {
  const { t } = useTranslation('national');
  const wide = Boolean(Grid.useBreakpoint().md);
  const nationalCell = (item: TNationalItem) =>
    canEdit ? (
      <NationalScoreEditor
        key={`${item.submissionId}-${item.national?.version ?? 0}`}
        item={item}
        maxX100={maxX100}
        lng={lng}
        onSave={onSave}
        onClear={onClear}
      />
    ) : item.nationalX100 === null ? (
      <Typography.Text type="secondary">{t('notRecorded')}</Typography.Text>
    ) : (
      formatScore(item.nationalX100, lng)
    );

  if (!wide)
    return items.length === 0 ? (
      <Empty description={t('empty')} />
    ) : (
      <Flex vertical gap={12}>
        {items.map((item) => (
          <Card
            key={item.submissionId}
            size="small"
            title={item.name}
            extra={<DiffTag item={item} lng={lng} />}
            data-testid={`national-card-${item.submissionId}`}
          >
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('columns.unit')}>{item.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('columns.claimed')}>
                {formatScore(item.claimedX100, lng)}
              </Descriptions.Item>
              <Descriptions.Item label={t('columns.verified')}>
                {formatScore(item.verifiedX100, lng)}
              </Descriptions.Item>
              <Descriptions.Item label={t('columns.national')}>{nationalCell(item)}</Descriptions.Item>
            </Descriptions>
          </Card>
        ))}
      </Flex>
    );

  const columns: ColumnsType<TNationalItem> = [
    {
      key: 'name',
      title: t('columns.innovation'),
      render: (_, item) => (
        <>
          <div>{item.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.unitName}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'claimed',
      title: t('columns.claimed'),
      align: 'right',
      render: (_, i) => formatScore(i.claimedX100, lng),
    },
    {
      key: 'verified',
      title: t('columns.verified'),
      align: 'right',
      render: (_, i) => formatScore(i.verifiedX100, lng),
    },
    { key: 'national', title: t('columns.national'), render: (_, i) => nationalCell(i) },
    { key: 'diff', title: t('columns.difference'), render: (_, i) => <DiffTag item={i} lng={lng} /> },
  ];
  return (
    <Table<TNationalItem>
      rowKey="submissionId"
      columns={columns}
      dataSource={[...items]}
      pagination={false}
      size="middle"
      locale={{ emptyText: t('empty') }}
    />
  );
}
