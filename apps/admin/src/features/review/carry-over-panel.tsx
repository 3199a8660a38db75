import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** The submission a carried-over one came from, as innovation.byId returns it. */
interface TCarriedFromView {
  period: { year: number; name: string };
  /** Verified maturity there in hundredths; null when that submission never finished verification. */
  verifiedMaturityX100: number | null;
}

export interface TCarryOverPanelProps {
  carriedFrom: TCarriedFromView | null;
  developmentNote: string | null;
  /** The two-year rule asks for a development note for this submission. */
  required: boolean;
}

/** Whether the verifier's desk shows the panel: a carried-over innovation, or one the note rule applies to. */
export function showsCarryOverPanel(props: TCarryOverPanelProps): boolean {
  return props.carriedFrom !== null || props.required || (props.developmentNote ?? '').trim() !== '';
}

/**
 * What the verifier needs to judge a re-submission: where it was carried from (and what was verified there),
 * and the OPD's development note, with a warning when the rule requires the note and it is missing.
 */
export function CarryOverPanel(props: TCarryOverPanelProps) {
  const { t } = useTranslation('verifier');
  const lng = useLanguage();
  const { carriedFrom, required } = props;
  const note = props.developmentNote?.trim() ?? '';
  return (
    <Card size="small" title={t('carryOver.title')}>
      <Flex vertical gap={8}>
        {carriedFrom && (
          <>
            <Typography.Text>
              {t('carryOver.from', { year: carriedFrom.period.year, name: carriedFrom.period.name })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {carriedFrom.verifiedMaturityX100 === null
                ? t('carryOver.verifiedUnknown')
                : t('carryOver.verifiedThere', {
                    score: formatScore(carriedFrom.verifiedMaturityX100, lng),
                  })}
            </Typography.Text>
          </>
        )}
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{t('carryOver.noteLabel')}</Typography.Text>
          {required && <Tag color="warning">{t('carryOver.required')}</Tag>}
        </Flex>
        {note !== '' ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {note}
          </Typography.Paragraph>
        ) : required ? (
          <Alert type="warning" showIcon title={t('carryOver.noteMissingRequired')} />
        ) : (
          <Typography.Text type="secondary">{t('carryOver.noteMissingOptional')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
