import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TCoverageDatum } from './chart-data';

export interface TCoverageChartProps {
  data: readonly TCoverageDatum[];
  coveredLabel: string;
  uncoveredLabel: string;
}

/** Stacked bars per level (OPD, UPTD): units with at least one innovation vs units with none yet. */
export default function CoverageChart({ data, coveredLabel, uncoveredLabel }: TCoverageChartProps) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={64} />
        <Tooltip />
        <Legend />
        <Bar dataKey="covered" name={coveredLabel} stackId="units" fill="#52c41a" isAnimationActive={false} />
        <Bar
          dataKey="uncovered"
          name={uncoveredLabel}
          stackId="units"
          fill="#ff7875"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
