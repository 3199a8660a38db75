import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Evidence links (a video on YouTube or Google Drive) for indicators that accept them. */
export function LinkList({
  links,
  editable,
  onChange,
}: {
  links: string[];
  editable: boolean;
  onChange: (links: string[]) => void;
}) {
  const { t } = useTranslation('operator');
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    const url = draft.trim();
    if (!/^https?:\/\/\S+\.\S+/.test(url)) {
      setInvalid(true);
      return;
    }
    onChange([...links, url]);
    setDraft('');
    setInvalid(false);
  };
  return (
    <Flex vertical gap={4}>
      <span>{t('evidence.links')}</span>
      <ul className="evidence-files">
        {links.map((link) => (
          <li key={link}>
            <a href={link} target="_blank" rel="noreferrer noopener">
              {link}
            </a>
            {editable && (
              <Button
                size="small"
                type="link"
                danger
                onClick={() => onChange(links.filter((l) => l !== link))}
              >
                {t('evidence.removeLink')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <Flex gap={8}>
          <Input
            type="url"
            value={draft}
            aria-label={t('evidence.addLink')}
            aria-invalid={invalid || undefined}
            status={invalid ? 'error' : undefined}
            placeholder={t('evidence.linkPlaceholder')}
            onChange={(e) => setDraft(e.target.value)}
            onPressEnter={add}
          />
          <Button onClick={add}>{t('evidence.addLink')}</Button>
        </Flex>
      )}
      {invalid && (
        <span role="alert" className="field-error">
          {t('evidence.linkInvalid')}
        </span>
      )}
    </Flex>
  );
}
