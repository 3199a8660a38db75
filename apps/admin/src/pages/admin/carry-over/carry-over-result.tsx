import { Alert, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import type { TRouterOutputs } from '../../../lib/trpc';
import { describeReason } from './carry-over-view';

export type TCarryResult = TRouterOutputs['carryOver']['carry'];

/** What the last carry-over did: the innovations now in the target year, and the ones skipped with why. */
export function CarryOverResult({ result, onClose }: { result: TCarryResult; onClose: () => void }) {
  const { t } = useTranslation('carry-over');
  const lng = useLanguage();
  const { carried, skipped, target } = result;
  return (
    <Alert
      type={carried.length > 0 ? 'success' : 'info'}
      showIcon
      closable={{ onClose }}
      role="status"
      title={
        carried.length > 0
          ? t('result.title', { count: carried.length, year: target.year })
          : t('result.none')
      }
      description={
        <Flex vertical gap={8}>
          {carried.length > 0 && (
            <List
              size="small"
              dataSource={carried}
              renderItem={(item) => (
                <List.Item>
                  <Flex gap={8} wrap align="center">
                    <Typography.Text>{item.name}</Typography.Text>
                    {item.developmentNoteRequired && <Tag color="warning">{t('result.needNote')}</Tag>}
                    {item.notes.length > 0 && (
                      <Typography.Text type="secondary">
                        {t('result.changes', { count: item.notes.length })}:{' '}
                        {item.notes.map((note) => describeReason(note, lng)).join(' ')}
                      </Typography.Text>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          )}
          {skipped.length > 0 && (
            <>
              <Typography.Text strong>{t('result.skipped', { count: skipped.length })}</Typography.Text>
              <List
                size="small"
                dataSource={skipped}
                renderItem={(item) => (
                  <List.Item>
                    {item.name}: {describeReason(item, lng)}
                  </List.Item>
                )}
              />
            </>
          )}
        </Flex>
      }
    />
  );
}
