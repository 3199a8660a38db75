import { App, Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/app-error';

/** The submission moves a reviewer can make (the domain's WorkflowAction names). */
export type TReviewMove = 'START_REVIEW' | 'RETURN_FOR_REVISION' | 'APPROVE' | 'REJECT';

export interface TReviewActionsProps {
  allowed: readonly string[];
  pendingCount: number;
  onMove: (move: TReviewMove, note?: string) => Promise<unknown>;
}

/**
 * Start review, return for revision, approve, reject: shown when the domain's `allowedActions` lists them,
 * each behind a confirmation; returning and rejecting ask for a note; approving waits for every verdict.
 */
export function ReviewActions({ allowed, pendingCount, onMove }: TReviewActionsProps) {
  const { t } = useTranslation(['verifier', 'common']);
  const { modal, message } = App.useApp();
  const [noteMove, setNoteMove] = useState<TReviewMove | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [noteError, setNoteError] = useState<string | null>(null);

  const run = async (move: TReviewMove, text?: string) => {
    setBusy(true);
    try {
      await onMove(move, text);
      void message.success(t(`actions.done.${move}`));
      return true;
    } catch (error) {
      void message.error(describeError(error, t).message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const confirm = (move: TReviewMove) =>
    modal.confirm({
      title: t(`actions.confirm.${move}`),
      content: t(`actions.confirmBody.${move}`),
      okText: t(`actions.${move}`),
      cancelText: t('common:cancel'),
      onOk: () => run(move),
    });

  const submitNote = async () => {
    if (!noteMove) return;
    if (note.trim() === '') {
      setNoteError(t('actions.noteRequired'));
      return;
    }
    if (await run(noteMove, note.trim())) {
      setNoteMove(null);
      setNote('');
    }
  };

  const has = (move: TReviewMove) => allowed.includes(move);
  return (
    <>
      <Flex gap={8} wrap>
        {has('START_REVIEW') && (
          <Button type="primary" loading={busy} onClick={() => confirm('START_REVIEW')}>
            {t('actions.START_REVIEW')}
          </Button>
        )}
        {has('APPROVE') && (
          <Button
            type="primary"
            loading={busy}
            disabled={pendingCount > 0}
            onClick={() => confirm('APPROVE')}
          >
            {t('actions.APPROVE')}
          </Button>
        )}
        {has('RETURN_FOR_REVISION') && (
          <Button loading={busy} onClick={() => setNoteMove('RETURN_FOR_REVISION')}>
            {t('actions.RETURN_FOR_REVISION')}
          </Button>
        )}
        {has('REJECT') && (
          <Button danger loading={busy} onClick={() => setNoteMove('REJECT')}>
            {t('actions.REJECT')}
          </Button>
        )}
      </Flex>
      {has('APPROVE') && pendingCount > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('actions.approveWaits', { count: pendingCount })}
        </Typography.Paragraph>
      )}
      <Modal
        open={noteMove !== null}
        title={noteMove ? t(`actions.confirm.${noteMove}`) : ''}
        okText={noteMove ? t(`actions.${noteMove}`) : ''}
        cancelText={t('common:cancel')}
        okButtonProps={{ danger: noteMove === 'REJECT', loading: busy }}
        onOk={() => void submitNote()}
        onCancel={() => setNoteMove(null)}
        destroyOnHidden
      >
        <label htmlFor="move-note">{noteMove ? t(`actions.confirmBody.${noteMove}`) : ''}</label>
        <Input.TextArea
          id="move-note"
          rows={4}
          value={note}
          maxLength={4000}
          status={noteError ? 'error' : undefined}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? 'move-note-error' : undefined}
          onChange={(e) => {
            setNote(e.target.value);
            setNoteError(null);
          }}
          style={{ marginTop: 8 }}
        />
        {noteError && (
          <Typography.Text id="move-note-error" type="danger" role="alert">
            {noteError}
          </Typography.Text>
        )}
      </Modal>
    </>
  );
}
