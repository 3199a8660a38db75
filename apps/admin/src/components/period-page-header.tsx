import { Flex, Select, Typography } from 'antd';
import type { usePeriodParam } from '../lib/use-period-param';

/**
 * The heading of a screen about one period: title and intro on the left, the period picker on the right
 * (wrapping under them on a phone). The picker's choice lives in the address, through `usePeriodParam`.
 */
export function PeriodPageHeader({
  title,
  intro,
  periodLabel,
  periodParam: { periods, period, setPeriodId },
}: {
  title: string;
  intro: string;
  /** The picker's accessible name ("Periode"). */
  periodLabel: string;
  periodParam: ReturnType<typeof usePeriodParam>;
}) {
  return (
    <Flex justify="space-between" align="start" wrap gap={8}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      </div>
      <Select
        aria-label={periodLabel}
        value={period?.id}
        onChange={setPeriodId}
        loading={periods.isPending}
        options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        style={{ minWidth: 160 }}
      />
    </Flex>
  );
}
