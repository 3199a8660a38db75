import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { formatScore } from '../../../lib/format';

/**
 * On a phone the score, the checklist and the submit button come after some twenty indicator cards; this bar
 * keeps the essentials at the bottom of the screen while the operator works through the cards: the claimed
 * score, how many items still block submitting (a link to the checklist), and the submit button.
 */
export function WorkspaceStickyBar({
  claimedX100,
  blocking,
  checklistId,
  submit,
}: {
  claimedX100: number;
  blocking: number;
  checklistId: string;
  submit: ReactNode;
}) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  return (
    <section className="workspace-sticky" aria-label={t('workspace.sticky.label')}>
      <Flex justify="space-between" align="center" gap={8}>
        <Flex vertical>
          <Typography.Text strong>
            {t('workspace.sticky.claimed', { score: formatScore(claimedX100, lng) })}
          </Typography.Text>
          {blocking === 0 ? (
            <Typography.Text type="success">{t('workspace.sticky.ready')}</Typography.Text>
          ) : (
            <a href={`#${checklistId}`}>{t('workspace.sticky.blocking', { count: blocking })}</a>
          )}
        </Flex>
        {submit}
      </Flex>
    </section>
  );
}
