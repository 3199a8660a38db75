import type { TSidIndicator } from '@inovda/domain';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OptionCards } from '../../../components/option-cards';
import { formatScore } from '../../../lib/format';
import { useLanguage } from '../../../i18n/use-language';

/**
 * The official parameter texts of one indicator as radio cards, each with the points it gives
 * (weight x tier). Indicator 33 first asks for its measurement basis (a..f), whose own texts then apply.
 */
export function TierChoice({
  indicator,
  tier,
  basis,
  disabled,
  onChange,
}: {
  indicator: TSidIndicator;
  tier: number;
  basis: string | null;
  disabled: boolean;
  onChange: (tier: number, basis: string | null) => void;
}) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  const bases = indicator.bases;
  const activeBasis = bases?.find((b) => b.code === basis);
  const options = bases ? (activeBasis?.options ?? []) : indicator.options;

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
      {options.length > 0 && (
        <OptionCards<number>
          name={`indicator-${indicator.code}`}
          label={`${indicator.number}. ${indicator.name}`}
          value={tier > 0 ? tier : null}
          disabled={disabled}
          onChange={(value) => onChange(value, basis)}
          options={options.map((option) => ({
            value: option.tier,
            title: t('workspace.optionTitle', { tier: option.tier }),
            description: option.text,
            aside: t('workspace.optionPoints', {
              points: formatScore(indicator.weightX100 * option.tier, lng),
            }),
          }))}
        />
      )}
      {tier > 0 && !disabled && (
        <div>
          <Button size="small" type="link" onClick={() => onChange(0, basis)}>
            {t('workspace.clear')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
