import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusPage } from './status-page';

function CrashNotice({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="!"
      title={t('crash.title')}
      body={t('crash.body')}
      actionLabel={t('crash.reload')}
      onAction={onRetry}
    />
  );
}

/**
 * Keeps one broken screen (or a chunk that failed to download on a weak connection) from blanking the app;
 * reloading fetches the chunk again. Form drafts survive the reload (see useDraft).
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (this.state.failed) return <CrashNotice onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
