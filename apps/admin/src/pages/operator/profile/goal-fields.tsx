import { PROFILE_TEXT_LIMITS } from '@inovda/domain';
import { Col, Row } from 'antd';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NumberField, TextAreaField, TextField } from '../../../components/rhf-fields';
import type { TProfileFormValues } from './profile-values';

/** Goals, benefits, results, budget and the video link. */
export function GoalFields({ control }: { control: Control<TProfileFormValues> }) {
  const { t } = useTranslation('operator');
  return (
    <>
      <TextAreaField
        control={control}
        name="tujuan"
        label={t('profile.fields.tujuan')}
        maxLength={PROFILE_TEXT_LIMITS.goal}
      />
      <TextAreaField
        control={control}
        name="manfaat"
        label={t('profile.fields.manfaat')}
        maxLength={PROFILE_TEXT_LIMITS.goal}
      />
      <TextAreaField
        control={control}
        name="hasil"
        label={t('profile.fields.hasil')}
        maxLength={PROFILE_TEXT_LIMITS.goal}
      />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <NumberField
            control={control}
            name="anggaran.jumlah"
            label={t('profile.fields.anggaranJumlah')}
            prefix="Rp"
          />
        </Col>
        <Col xs={24} md={16}>
          <TextField
            control={control}
            name="anggaran.sumber"
            maxLength={PROFILE_TEXT_LIMITS.short}
            label={t('profile.fields.anggaranSumber')}
            extra={t('profile.help.anggaran')}
          />
        </Col>
      </Row>
      <TextField
        control={control}
        name="videoUrl"
        maxLength={PROFILE_TEXT_LIMITS.url}
        type="url"
        label={t('profile.fields.videoUrl')}
        placeholder="https://"
        extra={t('profile.help.videoUrl')}
      />
    </>
  );
}
