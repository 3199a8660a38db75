import { isRegionTimeZone } from '@inovda/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Descriptions, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLanguage } from '../../../lib/use-language';
import { useTRPC } from '../../../lib/trpc';
import { RegionForm } from './region-form';
import { toRegionUpdate, type TRegionForm } from './region-form-schema';

/** ADMIN: Pengaturan daerah, the region's display name and the time zone its dates and deadlines are counted in. */
export default function RegionSettingsPage() {
  const { t } = useTranslation(['region', 'admin']);
  const lng = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [now] = useState(() => new Date());
  const region = useQuery(trpc.region.get.queryOptions());
  const update = useMutation(
    trpc.region.update.mutationOptions({
      onSuccess: async () => {
        // The zone reaches every screen through the session (auth.me), so both are refreshed.
        await Promise.all([
          queryClient.invalidateQueries(trpc.region.pathFilter()),
          queryClient.invalidateQueries(trpc.auth.me.pathFilter()),
        ]);
      },
    }),
  );

  const save = async (values: TRegionForm) => {
    if (!region.data) return;
    await update.mutateAsync(toRegionUpdate(values, region.data));
    void message.success(t('admin:saved'));
  };

  const data = region.data;
  return (
    <section>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ErrorAlert error={region.error} />
      {region.isPending && <Skeleton active />}
      {data && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            style={{ marginBottom: 24, maxWidth: 720 }}
            items={[
              { key: 'code', label: t('code'), children: data.code },
              {
                key: 'province',
                label: t('province'),
                children: data.provinceName ?? data.provinceCode ?? '–',
              },
            ]}
          />
          <RegionForm
            // A saved change starts the form again from the server's values and version.
            key={data.version}
            initial={{
              name: data.name,
              timeZone: isRegionTimeZone(data.timeZone) ? data.timeZone : 'Asia/Jakarta',
            }}
            lng={lng}
            now={now}
            onSubmit={save}
          />
        </>
      )}
    </section>
  );
}
