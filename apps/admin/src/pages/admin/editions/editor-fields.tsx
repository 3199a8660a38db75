import { formatX100Input, parseX100Input, type IssueMessage, type TEditionPack } from '@inovda/domain';
import { Checkbox, Input, InputNumber, Switch } from 'antd';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeField, FormField } from '../../../components/form-field';
import { useLanguage } from '../../../lib/use-language';
import { getAt, pathKey, type TPath } from './edition-draft';

/** What every field of the editor reads: the draft, how to change it, its issues, and whether it may change. */
export interface TEditorContext {
  draft: TEditionPack;
  set: (path: TPath, value: unknown) => void;
  issues: ReadonlyMap<string, IssueMessage[]>;
  /** True when the rules may not change (a built-in edition, or one whose rules have scored answers). */
  readOnly: boolean;
}

export const EditorContext = createContext<TEditorContext | null>(null);

export function useEditor(): TEditorContext {
  const context = useContext(EditorContext);
  if (!context) throw new Error('useEditor outside EditorContext');
  return context;
}

/** The domain's message(s) for the field at `path`, in the UI language. */
function useFieldError(path: TPath): string | undefined {
  const { issues } = useEditor();
  const lng = useLanguage();
  const messages = issues.get(pathKey(path));
  return messages?.map((m) => m[lng]).join(' ');
}

const idOf = (path: TPath) => `edition-${pathKey(path).replace(/\./g, '-')}`;

interface TFieldProps {
  path: TPath;
  label: ReactNode;
  extra?: ReactNode;
  /** An error the field itself knows (a number that does not parse) before the domain sees the value. */
  localError?: string;
}

function Field({
  path,
  label,
  extra,
  localError,
  children,
}: TFieldProps & { children: (a11y: ReturnType<typeof describeField>) => ReactNode }) {
  const error = useFieldError(path);
  const shown = localError ?? error;
  const id = idOf(path);
  return (
    <FormField id={id} label={label} error={shown} extra={extra}>
      {children(describeField(id, shown))}
    </FormField>
  );
}

/** A text of the pack (an option's parameter text, an evidence hint, a measure). */
export function TextField({ path, label, extra, multiline }: TFieldProps & { multiline?: boolean }) {
  const { draft, set, readOnly } = useEditor();
  const value = getAt(draft, path);
  const text = typeof value === 'string' ? value : '';
  return (
    <Field path={path} label={label} extra={extra}>
      {(a11y) =>
        multiline ? (
          <Input.TextArea
            {...a11y}
            value={text}
            disabled={readOnly}
            autoSize={{ minRows: 2, maxRows: 8 }}
            onChange={(e) => set(path, e.target.value)}
          />
        ) : (
          <Input {...a11y} value={text} disabled={readOnly} onChange={(e) => set(path, e.target.value)} />
        )
      }
    </Field>
  );
}

/**
 * A value kept in hundredths (weights, band cuts, predicate bounds) typed as a decimal with a comma or a point.
 * The text is kept as typed while it does not parse (with a message at the field); a parsed value goes into the
 * draft at once. `nullable`: an empty field means "no bound" (a tier-1 cut).
 */
export function X100Field({ path, label, extra, nullable }: TFieldProps & { nullable?: boolean }) {
  const { t } = useTranslation('editions');
  const lng = useLanguage();
  const { draft, set, readOnly } = useEditor();
  const raw = getAt(draft, path);
  const value = typeof raw === 'number' ? raw : null;
  const shown = value === null ? '' : formatX100Input(value, lng === 'id' ? ',' : '.');
  // What the person typed, and the draft value it stands for. It is shown while the draft still holds that
  // value; a change from elsewhere (reset, "use total") shows the draft's value instead.
  const [typed, setTyped] = useState<{ text: string; value: number | null } | null>(null);
  const text = typed && typed.value === value ? typed.text : shown;
  const parsed = text.trim() === '' ? null : parseX100Input(text);
  const invalid = text.trim() === '' ? !nullable : parsed === null;
  return (
    <Field
      path={path}
      label={label}
      extra={extra}
      localError={invalid ? t('editor.decimalInvalid') : undefined}
    >
      {(a11y) => (
        <Input
          {...a11y}
          inputMode="decimal"
          value={text}
          disabled={readOnly}
          onChange={(e) => {
            const next = e.target.value;
            const x100 = next.trim() === '' ? null : parseX100Input(next);
            const stored = x100 !== null || (next.trim() === '' && nullable) ? x100 : value;
            if (stored !== value) set(path, stored);
            setTyped({ text: next, value: stored });
          }}
        />
      )}
    </Field>
  );
}

/** A whole number of the pack (k, cap, yandas minimum, total maximum, year, words). */
export function IntField({ path, label, extra, min }: TFieldProps & { min?: number }) {
  const { draft, set, readOnly } = useEditor();
  const value = getAt(draft, path);
  return (
    <Field path={path} label={label} extra={extra}>
      {(a11y) => (
        <InputNumber
          {...a11y}
          value={typeof value === 'number' ? value : null}
          min={min}
          precision={0}
          disabled={readOnly}
          onChange={(next) => set(path, next ?? undefined)}
          style={{ width: '100%' }}
        />
      )}
    </Field>
  );
}

/** A yes/no of the pack (mandatory indicator, links accepted as evidence). */
export function SwitchField({ path, label }: TFieldProps) {
  const { draft, set, readOnly } = useEditor();
  const value = getAt(draft, path) === true;
  return (
    <Field path={path} label={label}>
      {(a11y) => (
        <Switch {...a11y} checked={value} disabled={readOnly} onChange={(checked) => set(path, checked)} />
      )}
    </Field>
  );
}

const FILE_KINDS = ['PDF', 'JPEG', 'PNG', 'MP4'] as const;

/** The evidence file kinds an indicator accepts (the upload checks them by content). */
export function FileKindsField({ path, label }: TFieldProps) {
  const { draft, set, readOnly } = useEditor();
  const value = getAt(draft, path);
  const kinds = Array.isArray(value) ? (value as string[]) : [];
  const error = useFieldError(path);
  // An issue on one kind of the list (`fileKinds.2`) shows at the list too.
  const { issues } = useEditor();
  const lng = useLanguage();
  const itemErrors = [...issues.entries()]
    .filter(([key]) => key.startsWith(`${pathKey(path)}.`))
    .flatMap(([, messages]) => messages.map((m) => m[lng]));
  const shown = [error, ...itemErrors].filter(Boolean).join(' ') || undefined;
  const id = idOf(path);
  return (
    <FormField id={id} label={label} error={shown}>
      <Checkbox.Group
        {...describeField(id, shown)}
        value={kinds}
        disabled={readOnly}
        // Keep the order of the kinds list, whatever order they were ticked in.
        onChange={(next) =>
          set(
            path,
            FILE_KINDS.filter((k) => next.includes(k)),
          )
        }
        options={FILE_KINDS.map((k) => ({ value: k, label: k === 'JPEG' ? 'JPG/JPEG' : k }))}
      />
    </FormField>
  );
}

/** Plain text input of the pack kept as text (dates YYYY-MM-DD). */
export function DateTextField({ path, label, extra }: TFieldProps) {
  const { draft, set, readOnly } = useEditor();
  const value = getAt(draft, path);
  return (
    <Field path={path} label={label} extra={extra}>
      {(a11y) => (
        <Input
          {...a11y}
          value={typeof value === 'string' ? value : ''}
          placeholder="2026-12-31"
          inputMode="numeric"
          disabled={readOnly}
          onChange={(e) => set(path, e.target.value.trim())}
        />
      )}
    </Field>
  );
}
