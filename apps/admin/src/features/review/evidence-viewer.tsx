import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Image, Skeleton, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pdfPageUrl, type TEvidenceFocus } from './evidence-focus';
import { PageTextExcerpt } from './page-text-excerpt';
import { fileHref, useFileObjectUrl } from '../../lib/use-file-url';

export interface TEvidenceFileView {
  id: string;
  kind: string;
  originalName: string;
}

function PdfPreview({ file, page }: { file: TEvidenceFileView; page: number | null }) {
  const { t } = useTranslation('verifier');
  const state = useFileObjectUrl(file.id);
  if (state.status === 'loading') return <Skeleton.Node active style={{ width: '100%', height: 240 }} />;
  if (state.status === 'error') return <Alert type="warning" showIcon title={t('evidence.loadFailed')} />;
  return (
    // A new page remounts the viewer: a fragment change alone does not move every browser's PDF viewer.
    <iframe
      key={page ?? 0}
      src={pdfPageUrl(state.url, page)}
      title={t('evidence.pdfTitle', { name: file.originalName })}
      style={{ width: '100%', height: 'min(70vh, 560px)', border: '1px solid #d9d9d9', borderRadius: 6 }}
    />
  );
}

function FilePreview({ file, page }: { file: TEvidenceFileView; page: number | null }) {
  const { t } = useTranslation('verifier');
  switch (file.kind) {
    case 'PDF':
      return <PdfPreview file={file} page={page} />;
    case 'JPEG':
    case 'PNG':
      return (
        <Image
          src={fileHref(file.id)}
          alt={t('evidence.imageAlt', { name: file.originalName })}
          style={{ maxHeight: 360, objectFit: 'contain' }}
        />
      );
    case 'MP4':
      return (
        <video controls preload="metadata" src={fileHref(file.id)} style={{ width: '100%', maxHeight: 360 }}>
          <track kind="captions" />
        </video>
      );
    default:
      return null;
  }
}

function FileBlock({ file, focus }: { file: TEvidenceFileView; focus: TEvidenceFocus | null }) {
  const { t } = useTranslation('verifier');
  const block = useRef<HTMLDivElement>(null);
  // An opened finding brings its file into view (the findings are listed below the files).
  useEffect(() => {
    // jsdom (the component tests) has no scrollIntoView, whatever the DOM types say.
    if (focus && typeof block.current?.scrollIntoView === 'function')
      block.current.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [focus]);
  return (
    <div ref={block}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 4 }}>
        <Typography.Text strong style={{ wordBreak: 'break-all' }}>
          {file.originalName}
        </Typography.Text>
        <Button size="small" icon={<DownloadOutlined />} href={fileHref(file.id)}>
          {t('evidence.download')}
        </Button>
      </Flex>
      <FilePreview file={file} page={focus?.page ?? null} />
      {focus && <PageTextExcerpt focus={focus} />}
    </div>
  );
}

/**
 * The evidence of one indicator, inline: PDFs in a viewer, images, videos, and links that open in a new tab.
 * With `focus` (a finding of the evidence check the verifier opened) that file's PDF opens at the finding's
 * page and the text read from the page is shown below it with the snippet marked.
 */
export function EvidenceViewer({
  files,
  links,
  focus,
}: {
  files: readonly TEvidenceFileView[];
  links: readonly string[];
  focus?: TEvidenceFocus | null;
}) {
  const { t } = useTranslation('verifier');
  if (files.length === 0 && links.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.none')} />;
  }
  return (
    <Flex vertical gap={12}>
      {files.map((file) => (
        <FileBlock key={file.id} file={file} focus={focus?.evidenceId === file.id ? focus : null} />
      ))}
      {links.map((link) => (
        <Typography.Link
          key={link}
          href={link}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('evidence.linkLabel', { link })}
          style={{ wordBreak: 'break-all' }}
        >
          <LinkOutlined aria-hidden /> {link}
        </Typography.Link>
      ))}
    </Flex>
  );
}
