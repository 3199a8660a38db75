import { type TEditionPack, type TSidIndicator, scoreRowX100 } from '@inovda/domain';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OptionCards } from '../../../components/option-cards';
import { formatScore } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { RawFigureInput } from './raw-figure-input';

/**
 * The official parameter texts of one indicator as radio cards, each with the points it gives
 * (weight x tier). Indicator 33 first asks for its measurement basis (a..f), whose own texts then apply; a
 * basis with numeric bands also takes the measured figure, from which the tier is derived (then the cards only
 * show it).
 */
export function TierChoice({
  edition,
  indicator,
  tier,
  basis,
  rawValue,
  disabled,
  onChange,
  onRawValue,
}: {
  edition: TEditionPack;
  indicator: TSidIndicator;
  tier: number;
  basis: string | null;
  /** The stored figure of indicator 33 ('' when none). */
  rawValue: string;
  disabled: boolean;
  onChange: (tier: number, basis: string | null) => void;
  onRawValue: (basis: string, raw: string | null, previewTier: number) => void;
}) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  const bases = indicator.bases;
  const activeBasis = bases?.find((b) => b.code === basis);
  const options = bases ? (activeBasis?.options ?? []) : indicator.options;
  const fromFigure = Boolean(activeBasis?.bands) && rawValue !== '';

  return (
    <Flex vertical gap={8}>
      {bases && (
        <label className="basis-select">
          <span>{t('workspace.basis')}</span>
          <Select
            value={basis ?? undefined}
            placeholder={t('workspace.basisPlaceholder')}
            disabled={disabled}
            onChange={(code: string) => onChange(0, code)}
            options={bases.map((b) => ({ value: b.code, label: `${b.code}. ${b.measure}` }))}
            style={{ width: '100%' }}
          />
        </label>
      )}
      {activeBasis?.bands && basis && (
        <RawFigureInput
          key={`${basis}:${rawValue}`}
          code={indicator.code}
          edition={edition}
          basis={basis}
          bands={activeBasis.bands}
          weightX100={indicator.weightX100}
          stored={rawValue}
          disabled={disabled}
          onSave={(raw, previewTier) => onRawValue(basis, raw, previewTier)}
        />
      )}
      {fromFigure && (
        <Typography.Text type="secondary">
          {t('workspace.rawFigureStored', { value: rawValue })}
        </Typography.Text>
      )}
      {options.length > 0 && (
        <OptionCards<number>
          name={`indicator-${indicator.code}`}
          label={`${indicator.number}. ${indicator.name}`}
          value={tier > 0 ? tier : null}
          // With a figure, the tier is the domain's: the cards show it but do not change it.
          disabled={disabled || fromFigure}
          onChange={(value) => onChange(value, basis)}
          options={options.map((option) => ({
            value: option.tier,
            title: t('workspace.optionTitle', { tier: option.tier }),
            description: option.text,
            aside: t('workspace.optionPoints', {
              points: formatScore(scoreRowX100(indicator.weightX100, option.tier), lng),
            }),
          }))}
        />
      )}
      {tier > 0 && !disabled && !fromFigure && (
        <div>
          <Button size="small" type="link" onClick={() => onChange(0, basis)}>
            {t('workspace.clear')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
