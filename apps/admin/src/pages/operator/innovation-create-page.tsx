import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { FullPageSpin } from '../../components/full-page-spin';
import { useTRPC } from '../../lib/trpc';
import { useEditionPack } from '../../lib/use-edition-pack';
import { useSession } from '../../lib/use-session';
import { pickWorkingPeriod } from './operator-data';
import { ProfileForm } from './profile/profile-form';
import { createEmptyProfile } from './profile/profile-values';
import { useUnitOptions } from './use-operator-units';
import './operator-pages.css';

/** Registers a new innovation in the working period, then opens its indicators. */
export default function InnovationCreatePage() {
  const { t } = useTranslation('operator');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useSession();
  const periods = useQuery(trpc.period.list.queryOptions());
  const units = useUnitOptions();
  const period = pickWorkingPeriod(periods.data ?? []);
  const edition = useEditionPack(period?.editionCode).edition;
  const unitId = user?.unit?.id ?? units.options[0]?.value ?? '';
  const initialValues = useMemo(() => createEmptyProfile(unitId), [unitId]);
  const create = useMutation(
    trpc.innovation.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries({ queryKey: trpc.innovation.list.queryKey() });
        void message.success(t('profile.created'));
        await navigate(`/innovations/${created.id}/indicators`, { replace: true });
      },
    }),
  );

  if (periods.isPending || units.isPending) return <FullPageSpin />;
  if (periods.error || units.error) return <ErrorAlert error={periods.error ?? units.error} />;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} className="page-title">
        {t('profile.createTitle')}
      </Typography.Title>
      {period && (
        <ProfileForm
          initialValues={initialValues}
          draftKey={`profile:new:${period.id}`}
          baseVersion={null}
          minWords={edition?.constants.rancangBangunMinWords.value ?? 300}
          unitOptions={units.options}
          submitLabel={t('profile.create')}
          saving={create.isPending}
          saveError={create.error}
          onSave={(profile) => create.mutateAsync({ ...profile, periodId: period.id })}
        />
      )}
    </Flex>
  );
}
