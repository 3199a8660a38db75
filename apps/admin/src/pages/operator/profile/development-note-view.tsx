import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVELOPMENT_NOTE_MAX_LENGTH } from '@inovda/domain';

export interface TDevelopmentNoteViewProps {
  note: string | null;
  /** The rule asks for the note before submitting (a re-submission that rests on a development). */
  required: boolean;
  editable: boolean;
  /** Year of the period the innovation was carried from, when it was. */
  carriedFromYear: number | null;
  saving: boolean;
  onSave: (note: string | null) => Promise<unknown>;
}

/**
 * The development note of a re-submitted innovation: what changed since it was last submitted (two-year rule).
 * Required when the rule says so, shown as optional for other carried innovations.
 */
export function DevelopmentNoteView(props: TDevelopmentNoteViewProps) {
  const { t } = useTranslation('carry-over');
  const fieldId = useId();
  const [value, setValue] = useState(props.note ?? '');
  const missing = props.required && value.trim() === '';
  const changed = value.trim() !== (props.note ?? '').trim();
  return (
    <Card title={t('note.title')}>
      <Flex vertical gap={12}>
        {props.carriedFromYear !== null && (
          <Typography.Text type="secondary">
            {t('note.carriedFrom', { year: props.carriedFromYear })}
          </Typography.Text>
        )}
        <Alert
          type={missing ? 'warning' : 'info'}
          showIcon
          title={props.required ? t('note.requiredHint') : t('note.optionalHint')}
        />
        <label htmlFor={fieldId}>
          <Typography.Text strong>{t('note.label')}</Typography.Text>
        </label>
        <Input.TextArea
          id={fieldId}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder={t('note.placeholder')}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={DEVELOPMENT_NOTE_MAX_LENGTH}
          showCount
          disabled={!props.editable}
          status={missing ? 'warning' : undefined}
        />
        {props.editable ? (
          <Flex justify="end">
            <Button
              type="primary"
              loading={props.saving}
              disabled={!changed}
              onClick={() =>
                void props.onSave(value.trim() === '' ? null : value.trim()).catch(() => undefined)
              }
            >
              {t('note.save')}
            </Button>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('note.readOnly')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
