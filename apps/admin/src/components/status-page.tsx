import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import './status-page.css';

/**
 * A full-width notice (404, no access, crash). Hand-made rather than antd's Result, whose illustrations would
 * add ~10 KB gzipped to the first load of every user.
 */
export function StatusPage({
  code,
  title,
  body,
  actionLabel,
  onAction,
}: {
  code: string;
  title: ReactNode;
  body: ReactNode;
  actionLabel: string;
  onAction: () => void;
}) {
  return (
    <Flex vertical align="center" gap={12} className="status-page" role="status">
      <div className="status-page-code" aria-hidden="true">
        {code}
      </div>
      <h1 className="status-page-title">{title}</h1>
      <p className="status-page-body">{body}</p>
      <Button type="primary" onClick={onAction}>
        {actionLabel}
      </Button>
    </Flex>
  );
}
