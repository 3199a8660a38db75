import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canResumeAfter, describeUploadFailure } from '../../../lib/upload-failure';
import { acceptAttribute, guessFileKind, type TFileKind } from '../../../lib/file-kinds';
import { uploadPercent, useEvidenceUpload } from '../../../lib/use-evidence-upload';

/** A tus refusal in the same words as tRPC errors (the API sends the same `appCode` and params). */
/**
 * File picker + resumable upload with a progress bar for one indicator. The kinds the indicator accepts are
 * checked on the phone first (by type and name) to spare a useless upload; the server then checks the content.
 */
export function EvidenceUploader({
  submissionId,
  indicatorCode,
  kinds,
  disabled,
  onUploaded,
}: {
  submissionId: string;
  indicatorCode: string;
  kinds: readonly TFileKind[];
  disabled: boolean;
  onUploaded: (evidenceId: string, fileName: string) => void;
}) {
  const { t } = useTranslation('operator');
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useEvidenceUpload({ submissionId, indicator: indicatorCode }, onUploaded);
  const { state } = upload;
  const busy = state.status === 'uploading' || state.status === 'retrying';

  const onFile = (file: File | undefined) => {
    if (!file) return;
    setLocalError(null);
    const kind = guessFileKind(file);
    if (!kind || !kinds.includes(kind)) {
      setLocalError(t('evidence.wrongKind', { name: file.name, kinds: kinds.join(', ') }));
      return;
    }
    upload.start(file);
  };

  return (
    <Flex vertical gap={8}>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={acceptAttribute(kinds)}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={`${t('evidence.choose')} (${indicatorCode})`}
        disabled={disabled || busy}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <Flex gap={8} wrap>
        <Button icon={<UploadOutlined />} disabled={disabled || busy} onClick={() => input.current?.click()}>
          {t('evidence.choose')}
        </Button>
        {busy && <Button onClick={upload.pause}>{t('evidence.pause')}</Button>}
        {state.status === 'paused' && (
          <Button type="primary" onClick={upload.resume}>
            {t('evidence.resume')}
          </Button>
        )}
      </Flex>
      {state.status !== 'idle' && state.status !== 'error' && (
        <div aria-live="polite">
          <span>{t('evidence.uploading', { name: state.fileName })}</span>
          <Progress
            percent={uploadPercent(state)}
            status={state.status === 'retrying' || state.status === 'paused' ? 'exception' : 'active'}
            aria-label={t('evidence.uploading', { name: state.fileName })}
          />
          {state.status === 'retrying' && <Alert type="warning" showIcon title={t('evidence.paused')} />}
        </div>
      )}
      {state.status === 'error' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={describeUploadFailure(state.failure, kinds, t)}
          description={canResumeAfter(state.failure) ? t('evidence.resumeHint') : undefined}
          closable={{ onClose: upload.reset }}
        />
      )}
      {localError && <Alert type="error" showIcon role="alert" title={localError} />}
    </Flex>
  );
}
