import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useTRPC } from '../../../lib/trpc';
import { DevelopmentNoteView } from './development-note-view';

/** Saves the development note of a submission (carryOver.setDevelopmentNote) and refreshes the innovation. */
export function DevelopmentNoteCard(props: {
  submissionId: string;
  version: number;
  note: string | null;
  required: boolean;
  editable: boolean;
  carriedFromYear: number | null;
}) {
  const { t } = useTranslation('carry-over');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation(
    trpc.carryOver.setDevelopmentNote.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.innovation.pathKey() });
        void message.success(t('note.saved'));
      },
    }),
  );
  return (
    <Flex vertical gap={8}>
      <DevelopmentNoteView
        key={`${props.version}`}
        note={props.note}
        required={props.required}
        editable={props.editable}
        carriedFromYear={props.carriedFromYear}
        saving={save.isPending}
        onSave={(note) =>
          save.mutateAsync({ submissionId: props.submissionId, version: props.version, note })
        }
      />
      <ErrorAlert error={save.error} />
    </Flex>
  );
}
