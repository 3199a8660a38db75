import { EDITABLE_STATES, isStateIn } from '@inovda/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { FullPageSpin } from '../../components/full-page-spin';
import { ScrollToHash } from '../../components/scroll-to-hash';
import { StateBadge } from '../../components/state-badge';
import { useTRPC } from '../../lib/trpc';
import { useEditionPack } from '../../lib/use-edition-pack';
import { ArchiveBanner, useViewedPeriodId, withPeriod } from './archive-banner';
import { DevelopmentNoteCard } from './profile/development-note-card';
import { ProfileForm } from './profile/profile-form';
import { toProfileFormValues, type TProfileFormValues } from './profile/profile-values';
import { useUnitOptions } from './use-operator-units';
import './operator-pages.css';

/** Edits an innovation's profile (while its submission is a draft or returned). */
export default function ProfilePage() {
  const { innovationId = '' } = useParams();
  const { t } = useTranslation('operator');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const periodId = useViewedPeriodId();
  const detail = useQuery(trpc.innovation.byId.queryOptions({ id: innovationId, periodId }));
  const units = useUnitOptions();
  const pack = useEditionPack(detail.data?.submission?.period.editionCode);
  const update = useMutation(
    trpc.innovation.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.innovation.pathKey() });
        void message.success(t('profile.saved'));
      },
    }),
  );
  const data = detail.data;
  const initialValues = useMemo<TProfileFormValues | null>(
    () => (data ? toProfileFormValues(data.unit.id, data.profile) : null),
    [data],
  );

  if (detail.isPending || units.isPending) return <FullPageSpin />;
  if (detail.error || !data || !initialValues) return <ErrorAlert error={detail.error} />;
  const edition = data.submission ? pack.edition : undefined;
  const editable = !data.archived && (!data.submission || isStateIn(EDITABLE_STATES, data.submission.state));
  const submission = data.submission;
  const showNote =
    submission !== null &&
    (data.developmentNoteRequired || submission.carriedFrom !== null || submission.developmentNote !== null);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={2} className="page-title">
            {t('profile.editTitle')}: {data.name}
          </Typography.Title>
          {data.submission && <StateBadge state={data.submission.state} />}
        </Flex>
        <Button onClick={() => void navigate(withPeriod(`/innovations/${data.id}/indicators`, periodId))}>
          {t('profile.toIndicators')}
        </Button>
      </Flex>
      {data.archived && <ArchiveBanner year={submission?.period.year} />}
      {showNote && (
        <DevelopmentNoteCard
          submissionId={submission.id}
          version={submission.version}
          note={submission.developmentNote}
          required={data.developmentNoteRequired}
          editable={editable}
          carriedFromYear={submission.carriedFrom?.period.year ?? null}
        />
      )}
      <ProfileForm
        key={data.version}
        initialValues={initialValues}
        draftKey={`profile:${data.id}`}
        baseVersion={data.version}
        minWords={edition?.constants.rancangBangunMinWords.value ?? 300}
        unitOptions={
          units.options.length > 0 ? units.options : [{ value: data.unit.id, label: data.unit.name }]
        }
        readOnly={!editable}
        submitLabel={t('profile.save')}
        saving={update.isPending}
        saveError={update.error}
        onSave={({ unitId: _unit, ...profile }) =>
          update.mutateAsync({ id: data.id, version: data.version, profile })
        }
      />
      <ScrollToHash />
    </Flex>
  );
}
