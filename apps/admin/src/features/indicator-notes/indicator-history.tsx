import { type Role, type TVerdict } from '@inovda/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useLanguage } from '../../lib/use-language';
import type { TLanguage } from '../../i18n/languages';
import { formatDateTime } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { useTRPC } from '../../lib/trpc';
import './indicator-notes.css';

/** One entry of `indicatorNote.list`, as far as the view needs it. */
export interface TIndicatorNote {
  id: string;
  kind: 'VERDICT' | 'REPLY';
  verdict: TVerdict | null;
  verifiedTier: number | null;
  text: string | null;
  createdAt: Date;
  authorName: string | null;
  authorRole: Role | null;
}

const VERDICT_COLOR: Record<TVerdict, string> = {
  ACCEPTED: 'green',
  DOWNGRADED: 'orange',
  REJECTED: 'red',
  PENDING: 'default',
};

/** The conversation on one indicator, oldest first: who said what and when. */
export function IndicatorHistoryView({
  notes,
  lng,
  timeZone,
}: {
  notes: readonly TIndicatorNote[];
  lng: TLanguage;
  timeZone: string;
}) {
  const { t } = useTranslation('notes');
  const { t: tc } = useTranslation('common');
  return (
    <ol className="indicator-notes">
      {notes.map((note) => (
        <li key={note.id} className={`indicator-note is-${note.kind.toLowerCase()}`}>
          <Flex gap={6} wrap align="center" className="indicator-note-head">
            <Typography.Text strong>{note.authorName ?? t('unknownAuthor')}</Typography.Text>
            {note.authorRole && (
              <Typography.Text type="secondary">{t(`role.${note.authorRole}`)}</Typography.Text>
            )}
            <Typography.Text type="secondary">
              ·{' '}
              <time dateTime={new Date(note.createdAt).toISOString()}>
                {formatDateTime(note.createdAt, lng, timeZone)}
              </time>
            </Typography.Text>
            {note.kind === 'VERDICT' && note.verdict ? (
              <Tag color={VERDICT_COLOR[note.verdict]}>
                {t('verdict', { verdict: tc(`verdict.${note.verdict}`) })}
                {note.verdict === 'DOWNGRADED' && note.verifiedTier !== null
                  ? ` · ${t('verifiedTier', { tier: note.verifiedTier })}`
                  : ''}
              </Tag>
            ) : (
              <Tag color="blue">{t('reply')}</Tag>
            )}
          </Flex>
          {note.text && (
            <Typography.Paragraph className="indicator-note-text">{note.text}</Typography.Paragraph>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The history of one indicator (verdicts with their notes, the operator's replies), read from the submission's
 * notes (one request per page, shared by every card), with a reply box for the operator once a verifier spoke.
 */
export function IndicatorHistory({
  submissionId,
  code,
  canReply,
  answerVersion,
}: {
  submissionId: string;
  code: string;
  canReply: boolean;
  /** The answer's version: a new verdict (or edit) makes the history read again. */
  answerVersion?: number;
}) {
  const { t } = useTranslation('notes');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const notes = useQuery({
    ...trpc.indicatorNote.list.queryOptions({ submissionId }),
    select: (rows) => rows.filter((row) => row.code === code),
  });
  const reply = useMutation(
    trpc.indicatorNote.reply.mutationOptions({
      onSuccess: async () => {
        setText('');
        void message.success(t('replySent'));
        await queryClient.invalidateQueries(trpc.indicatorNote.list.queryFilter({ submissionId }));
      },
    }),
  );
  const seenVersion = useRef(answerVersion);
  useEffect(() => {
    if (seenVersion.current === answerVersion) return;
    seenVersion.current = answerVersion;
    void queryClient.invalidateQueries(trpc.indicatorNote.list.queryFilter({ submissionId }));
  }, [answerVersion, queryClient, submissionId, trpc]);
  const rows = notes.data ?? [];
  const verifierSpoke = rows.some((row) => row.kind === 'VERDICT');
  if (rows.length === 0) return null;
  const inputId = `indicator-${code}-reply`;
  return (
    <section className="indicator-history" aria-label={t('title')}>
      <Typography.Text strong>{t('title')}</Typography.Text>
      <IndicatorHistoryView notes={rows} lng={lng} timeZone={timeZone} />
      {canReply && verifierSpoke && (
        <Flex vertical gap={6}>
          <label htmlFor={inputId}>{t('replyLabel')}</label>
          <Input.TextArea
            id={inputId}
            value={text}
            maxLength={4000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('replyPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <div>
            <Button
              loading={reply.isPending}
              disabled={text.trim() === ''}
              onClick={() => reply.mutate({ submissionId, code, text: text.trim() })}
            >
              {t('replySend')}
            </Button>
          </div>
          <ErrorAlert error={reply.error} />
        </Flex>
      )}
    </section>
  );
}
