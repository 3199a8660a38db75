import { Button, Flex, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../lib/format';
import { fileHref } from '../../../lib/use-file-url';
import { useLanguage } from '../../../lib/use-language';
import type { TEvidenceView } from './answer-view';
import { EvidencePreview } from './evidence-preview';

/** The files attached to one answer: view, download, detach. */
export function EvidenceList({
  files,
  editable,
  onDetach,
}: {
  files: TEvidenceView[];
  editable: boolean;
  onDetach: (evidenceId: string) => void;
}) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation();
  const lng = useLanguage();
  const [previewing, setPreviewing] = useState<TEvidenceView | null>(null);
  if (files.length === 0) return <p className="evidence-none">{t('evidence.none')}</p>;
  return (
    <>
      <ul className="evidence-files">
        {files.map((file) => (
          <li key={file.id}>
            <Flex gap={8} align="center" wrap className="evidence-name">
              <Tag>{file.kind}</Tag>
              <span>{file.originalName}</span>
              <span className="evidence-size">{formatBytes(file.size, lng)}</span>
            </Flex>
            <Flex gap={8} align="center" wrap>
              <Button
                size="small"
                onClick={() => setPreviewing(file)}
                aria-label={`${t('evidence.preview')}: ${file.originalName}`}
              >
                {t('evidence.preview')}
              </Button>
              <a href={fileHref(file.id)} download={file.originalName}>
                {t('evidence.download')}
              </a>
              {editable && (
                <Popconfirm
                  title={t('evidence.removeConfirm')}
                  okText={tc('yes')}
                  cancelText={tc('no')}
                  onConfirm={() => onDetach(file.id)}
                >
                  <Button size="small" danger aria-label={`${t('evidence.remove')}: ${file.originalName}`}>
                    {t('evidence.remove')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          </li>
        ))}
      </ul>
      <EvidencePreview evidence={previewing} onClose={() => setPreviewing(null)} />
    </>
  );
}
