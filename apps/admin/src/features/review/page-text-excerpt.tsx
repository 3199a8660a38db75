import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc';
import '../evidence-check/evidence-check.css';
import { splitAtSnippet, type TEvidenceFocus } from './evidence-focus';

/** The text read from one page (evidence.pageText): null when the page has no text read. */
export interface TPageTextView {
  text: string | null;
  ocr: boolean;
}

/** The read text of the focused page, the snippet marked and scrolled into view within its own box. */
export function PageTextExcerptView({ focus, page }: { focus: TEvidenceFocus; page: TPageTextView | null }) {
  const { t } = useTranslation('verifier');
  const mark = useRef<HTMLElement>(null);
  const parts = page?.text ? splitAtSnippet(page.text, focus.snippet) : null;
  useEffect(() => {
    // jsdom (the component tests) has no scrollIntoView; every browser has.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    mark.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [parts?.match, focus.n]);
  if (!page?.text) {
    return <Alert type="info" showIcon title={t('evidence.pageTextMissing', { page: focus.page })} />;
  }
  return (
    <section className="page-text-excerpt" aria-label={t('evidence.pageText', { page: focus.page })}>
      <Typography.Text strong>{t('evidence.pageText', { page: focus.page })}</Typography.Text>
      {page.ocr && (
        <Tag color="gold" style={{ marginLeft: 8 }}>
          {t('evidence.pageTextOcr')}
        </Tag>
      )}
      {!parts && focus.snippet && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('evidence.snippetNotFound')}
        </Typography.Paragraph>
      )}
      <div className="page-text-excerpt-text">
        {parts ? (
          <>
            {parts.before}
            <mark ref={mark}>{parts.match}</mark>
            {parts.after}
          </>
        ) : (
          page.text
        )}
      </div>
    </section>
  );
}

/**
 * The text read from the page of a finding, below the file's preview, with the finding's snippet marked: the
 * verifier sees at once what the automatic check read, and where.
 */
export function PageTextExcerpt({ focus }: { focus: TEvidenceFocus }) {
  const trpc = useTRPC();
  const page = useQuery(
    trpc.evidence.pageText.queryOptions({ evidenceId: focus.evidenceId, page: focus.page }),
  );
  if (page.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  return <PageTextExcerptView focus={focus} page={page.data ?? null} />;
}
