import { getUrusan } from '@inovda/domain';
import { Collapse, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { useLanguage } from '../../lib/use-language';

/** The profile fields the verifier reads before judging indicators (the draft profile of innovation.byId). */
export interface TProfileView {
  name?: string;
  tahapan?: string;
  inisiator?: string;
  jenis?: string;
  bentuk?: string;
  urusan?: string;
  waktuUjiCoba?: string | null;
  waktuPenerapan?: string | null;
  rancangBangun?: Partial<Record<string, string>>;
  tujuan?: string;
  manfaat?: string;
  hasil?: string;
  videoUrl?: string | null;
}

const SECTIONS = [
  'dasarHukum',
  'permasalahan',
  'isuStrategis',
  'metodePembaharuan',
  'keunggulan',
  'tahapanCaraKerja',
] as const;

/** The innovation's identity and its rancang bangun texts, folded so the indicators stay in view. */
export function ProfileSummary({ profile, unitName }: { profile: TProfileView; unitName: string }) {
  const { t } = useTranslation('verifier');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const date = (iso: string | null | undefined) =>
    iso ? formatDate(`${iso}T00:00:00Z`, lng, timeZone) : '–';
  // A draft profile may lack any field; show a dash rather than a raw key.
  const label = (group: string, value: string | undefined) => (value ? t(`profile.${group}.${value}`) : '–');
  const texts = [
    ...SECTIONS.map((key) => ({
      key,
      label: t(`profile.rancangBangun.${key}`),
      text: profile.rancangBangun?.[key],
    })),
    { key: 'tujuan', label: t('profile.tujuan'), text: profile.tujuan },
    { key: 'manfaat', label: t('profile.manfaat'), text: profile.manfaat },
    { key: 'hasil', label: t('profile.hasil'), text: profile.hasil },
  ];
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
        <Descriptions.Item label={t('profile.unit')}>{unitName}</Descriptions.Item>
        <Descriptions.Item label={t('profile.urusanLabel')}>
          {profile.urusan ? (getUrusan(profile.urusan)?.label ?? profile.urusan) : '–'}
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.tahapanLabel')}>
          {label('tahapan', profile.tahapan)}
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.jenisLabel')}>{label('jenis', profile.jenis)}</Descriptions.Item>
        <Descriptions.Item label={t('profile.bentukLabel')}>
          {label('bentuk', profile.bentuk)}
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.inisiatorLabel')}>
          {label('inisiator', profile.inisiator)}
        </Descriptions.Item>
        <Descriptions.Item label={t('profile.ujiCoba')}>{date(profile.waktuUjiCoba)}</Descriptions.Item>
        <Descriptions.Item label={t('profile.penerapan')}>{date(profile.waktuPenerapan)}</Descriptions.Item>
        {profile.videoUrl && (
          <Descriptions.Item label={t('profile.video')}>
            {/* A link only for web addresses: a stored javascript: link (older data) shows as text. */}
            {/^https?:\/\//i.test(profile.videoUrl) ? (
              <Typography.Link
                href={profile.videoUrl}
                target="_blank"
                rel="noopener noreferrer"
                style={{ wordBreak: 'break-all' }}
              >
                {profile.videoUrl}
              </Typography.Link>
            ) : (
              <Typography.Text style={{ wordBreak: 'break-all' }}>{profile.videoUrl}</Typography.Text>
            )}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'texts',
            label: t('profile.texts'),
            children: texts.map((s) => (
              <div key={s.key} style={{ marginBottom: 12 }}>
                <Typography.Text strong>{s.label}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {s.text?.trim() || '–'}
                </Typography.Paragraph>
              </div>
            )),
          },
        ]}
      />
    </>
  );
}
