import { Alert, Button, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { previewKind } from '../../../lib/file-kinds';
import { fileHref, useFileObjectUrl } from '../../../lib/use-file-url';
import type { TEvidenceView } from './answer-view';

/** Shows a PDF in the browser's viewer, an image or a video, inside a dialog. */
export function EvidencePreview({
  evidence,
  onClose,
}: {
  evidence: TEvidenceView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation();
  const view = evidence ? previewKind(evidence.kind) : 'none';
  const fileId = evidence && view !== 'none' ? evidence.id : null;
  const state = useFileObjectUrl(fileId);
  const file = {
    loading: fileId !== null && state.status === 'loading',
    url: fileId !== null && state.status === 'ready' ? state.url : undefined,
    failed: fileId !== null && state.status === 'error',
  };
  return (
    <Modal
      open={Boolean(evidence)}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{tc('close')}</Button>}
      width={{ xs: '100%', md: 900 }}
      title={evidence ? t('evidence.previewTitle', { name: evidence.originalName }) : undefined}
      destroyOnHidden
    >
      {file.loading && <Spin />}
      {evidence && file.url && view === 'pdf' && (
        <iframe src={file.url} title={evidence.originalName} className="evidence-frame" />
      )}
      {evidence && file.url && view === 'image' && (
        <img src={file.url} alt={evidence.originalName} className="evidence-image" />
      )}
      {evidence && file.url && view === 'video' && (
        <video src={file.url} controls className="evidence-image" aria-label={evidence.originalName} />
      )}
      {evidence && (view === 'none' || file.failed) && (
        <Alert
          type="info"
          title={t('evidence.noPreview')}
          action={<a href={fileHref(evidence.id)}>{t('evidence.download')}</a>}
        />
      )}
    </Modal>
  );
}
