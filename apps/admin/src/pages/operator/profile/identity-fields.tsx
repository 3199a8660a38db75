import { PROFILE_TEXT_LIMITS, URUSAN } from '@inovda/domain';
import { Col, Row } from 'antd';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField, RadioField, SelectField, TextField, type TChoice } from '../../../components/rhf-fields';
import type { TProfileFormValues } from './profile-values';

const TAHAPAN = ['INISIATIF', 'UJI_COBA', 'PENERAPAN'] as const;
const INISIATOR = ['KEPALA_DAERAH', 'ANGGOTA_DPRD', 'OPD', 'ASN', 'MASYARAKAT'] as const;
const JENIS = ['DIGITAL', 'NON_DIGITAL'] as const;
const BENTUK = ['TATA_KELOLA', 'PELAYANAN_PUBLIK', 'LAINNYA'] as const;

// Urusan names are the legal names of UU 23/2014; they stay Indonesian in both languages.
const URUSAN_OPTIONS: TChoice<string>[] = URUSAN.map((u) => ({ value: u.slug, label: u.label }));

/** Name, unit, stage, initiator, kind, form, urusan and dates. */
export function IdentityFields({
  control,
  unitOptions,
}: {
  control: Control<TProfileFormValues>;
  unitOptions: TChoice<string>[];
}) {
  const { t } = useTranslation('operator');
  const choices = <V extends string>(group: string, values: readonly V[]): TChoice<V>[] =>
    values.map((value) => ({ value, label: t(`profile.${group}.${value}`) }));
  const half = { xs: 24, md: 12 };
  const third = { xs: 24, md: 8 };
  return (
    <>
      <TextField
        control={control}
        name="name"
        label={t('profile.fields.name')}
        required
        maxLength={PROFILE_TEXT_LIMITS.short}
      />
      <Row gutter={16}>
        <Col {...half}>
          <SelectField
            control={control}
            name="unitId"
            label={t('profile.fields.unit')}
            options={unitOptions}
            required
          />
        </Col>
        <Col {...half}>
          <RadioField
            control={control}
            name="tahapan"
            label={t('profile.fields.tahapan')}
            options={choices('tahapan', TAHAPAN)}
            required
          />
        </Col>
        <Col {...half}>
          <SelectField
            control={control}
            name="inisiator"
            label={t('profile.fields.inisiator')}
            options={choices('inisiator', INISIATOR)}
            required
          />
        </Col>
        <Col {...half}>
          <TextField
            control={control}
            name="namaInisiator"
            label={t('profile.fields.namaInisiator')}
            maxLength={PROFILE_TEXT_LIMITS.short}
          />
        </Col>
        <Col {...half}>
          <RadioField
            control={control}
            name="jenis"
            label={t('profile.fields.jenis')}
            options={choices('jenis', JENIS)}
            required
          />
        </Col>
        <Col {...half}>
          <SelectField
            control={control}
            name="bentuk"
            label={t('profile.fields.bentuk')}
            options={choices('bentuk', BENTUK)}
            required
          />
        </Col>
        <Col {...half}>
          <SelectField
            control={control}
            name="urusan"
            label={t('profile.fields.urusan')}
            options={URUSAN_OPTIONS}
            placeholder={t('profile.help.selectPlaceholder')}
            extra={t('profile.help.urusan')}
            required
          />
        </Col>
        <Col {...half}>
          <SelectField
            control={control}
            name="urusanLain"
            label={t('profile.fields.urusanLain')}
            options={URUSAN_OPTIONS}
            multiple
          />
        </Col>
        <Col {...third}>
          <DateField control={control} name="waktuUjiCoba" label={t('profile.fields.waktuUjiCoba')} />
        </Col>
        <Col {...third}>
          <DateField control={control} name="waktuPenerapan" label={t('profile.fields.waktuPenerapan')} />
        </Col>
        <Col {...third}>
          <DateField
            control={control}
            name="waktuPengembangan"
            label={t('profile.fields.waktuPengembangan')}
            extra={t('profile.help.waktuPengembangan')}
          />
        </Col>
      </Row>
    </>
  );
}
