import { type TBands, type TEditionPack, scoreRowX100 } from '@inovda/domain';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewRawFigure } from '../../../features/kemanfaatan/raw-figure';
import { useLanguage } from '../../../lib/use-language';
import { formatScore } from '../../../lib/format';

/**
 * Indicator 33's measured figure under the chosen basis (persons, %, items, periods): the tier the domain derives
 * from this edition's bands shows while typing; saving sends only the figure and its basis, and the server
 * derives and stores the tier itself.
 */
export function RawFigureInput({
  code,
  edition,
  basis,
  bands,
  weightX100,
  stored,
  disabled,
  onSave,
}: {
  code: string;
  edition: TEditionPack;
  basis: string;
  bands: TBands;
  weightX100: number;
  /** The figure on the server as the screen writes it ('1.250', '' when none). */
  stored: string;
  disabled: boolean;
  onSave: (raw: string | null, previewTier: number) => void;
}) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  const [text, setText] = useState(stored);
  const preview = previewRawFigure(edition, basis, text, lng);
  const id = `indicator-${code}-raw`;
  const changed = text.trim() !== stored;
  const save = () => {
    if (preview.status === 'OK' && changed) onSave(preview.text, preview.tier);
  };
  const message =
    preview.status === 'INVALID'
      ? (preview.message ?? t('workspace.rawFigureInvalid'))
      : preview.status === 'OK'
        ? preview.tier === 0
          ? t('workspace.rawFigureZero')
          : t('workspace.rawFigureTier', {
              tier: preview.tier,
              points: formatScore(scoreRowX100(weightX100, preview.tier), lng),
            })
        : t('workspace.rawFigureHint');
  return (
    <Flex vertical gap={4} className="raw-figure">
      <label htmlFor={id}>{t('workspace.rawFigure', { unit: t(`workspace.rawUnit.${bands.unit}`) })}</label>
      <Flex gap={8} wrap>
        <Input
          id={id}
          inputMode="decimal"
          value={text}
          disabled={disabled}
          status={preview.status === 'INVALID' ? 'error' : undefined}
          aria-invalid={preview.status === 'INVALID' || undefined}
          aria-describedby={`${id}-help`}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={save}
          style={{ flex: '1 1 140px', maxWidth: 220 }}
        />
        <Button type="primary" disabled={disabled || preview.status !== 'OK' || !changed} onClick={save}>
          {t('workspace.rawFigureSave')}
        </Button>
        {stored !== '' && (
          <Button disabled={disabled} onClick={() => onSave(null, 0)}>
            {t('workspace.rawFigureClear')}
          </Button>
        )}
      </Flex>
      <Typography.Text
        id={`${id}-help`}
        type={preview.status === 'INVALID' ? 'danger' : 'secondary'}
        role={preview.status === 'INVALID' ? 'alert' : undefined}
      >
        {message}
      </Typography.Text>
    </Flex>
  );
}
