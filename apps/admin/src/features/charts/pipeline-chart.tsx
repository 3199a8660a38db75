import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TBarDatum } from './chart-data';

/** Colours per workflow state: grey for drafts, blue in review, green once verified, red for rejected. */
const STATE_COLOURS: Record<string, string> = {
  DRAFT: '#8c8c8c',
  SUBMITTED: '#1677ff',
  IN_REVIEW: '#2f54eb',
  RETURNED: '#fa8c16',
  VERIFIED: '#52c41a',
  READY_TO_SEND: '#389e0d',
  SENT: '#135200',
  REJECTED: '#cf1322',
};

export interface TPipelineChartProps {
  data: readonly TBarDatum[];
  valueLabel: string;
}

/** Bars of submissions per workflow state; long state names are shown on a vertical axis so 360 px fits. */
export default function PipelineChart({ data, valueLabel }: TPipelineChartProps) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, data.length * 34)}>
      <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [value, valueLabel]} />
        <Bar
          dataKey="value"
          name={valueLabel}
          isAnimationActive={false}
          label={{ position: 'right', fontSize: 12 }}
        >
          {data.map((d) => (
            <Cell key={d.key} fill={STATE_COLOURS[d.key] ?? '#1677ff'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
