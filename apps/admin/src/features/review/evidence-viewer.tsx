import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Image, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileHref, useFileObjectUrl } from '../../lib/use-file-url';

export interface TEvidenceFileView {
  id: string;
  kind: string;
  originalName: string;
}

function PdfPreview({ file }: { file: TEvidenceFileView }) {
  const { t } = useTranslation('verifier');
  const state = useFileObjectUrl(file.id);
  if (state.status === 'loading') return <Skeleton.Node active style={{ width: '100%', height: 240 }} />;
  if (state.status === 'error') return <Alert type="warning" showIcon title={t('evidence.loadFailed')} />;
  return (
    <iframe
      src={state.url}
      title={t('evidence.pdfTitle', { name: file.originalName })}
      style={{ width: '100%', height: 'min(70vh, 560px)', border: '1px solid #d9d9d9', borderRadius: 6 }}
    />
  );
}

function FilePreview({ file }: { file: TEvidenceFileView }) {
  const { t } = useTranslation('verifier');
  switch (file.kind) {
    case 'PDF':
      return <PdfPreview file={file} />;
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

/** The evidence of one indicator, inline: PDFs in a viewer, images, videos, and links that open in a new tab. */
export function EvidenceViewer({
  files,
  links,
}: {
  files: readonly TEvidenceFileView[];
  links: readonly string[];
}) {
  const { t } = useTranslation('verifier');
  if (files.length === 0 && links.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.none')} />;
  }
  return (
    <Flex vertical gap={12}>
      {files.map((file) => (
        <div key={file.id}>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 4 }}>
            <Typography.Text strong style={{ wordBreak: 'break-all' }}>
              {file.originalName}
            </Typography.Text>
            <Button size="small" icon={<DownloadOutlined />} href={fileHref(file.id)}>
              {t('evidence.download')}
            </Button>
          </Flex>
          <FilePreview file={file} />
        </div>
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
