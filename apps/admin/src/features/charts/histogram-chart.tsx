import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { THistogramBin } from './chart-data';

export interface THistogramChartProps {
  bins: readonly THistogramBin[];
  valueLabel: string;
  axisLabel: string;
}

/**
 * Colour bands used by regional systems for maturity (SIMONDA: <= 65 red, 66-84 amber, >= 85 green). They are
 * not official rules, only a reading aid; a bin takes the band of its lower bound.
 */
function colourOf(fromX100: number): string {
  if (fromX100 >= 8500) return '#52c41a';
  if (fromX100 >= 6600) return '#faad14';
  return '#ff7875';
}

/** Histogram of verified maturity (0..111) over the period's innovations. */
export default function HistogramChart({ bins, valueLabel, axisLabel }: THistogramChartProps) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={[...bins]} margin={{ top: 8, right: 8, bottom: 24, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11 }}
          interval={0}
          angle={-35}
          textAnchor="end"
          label={{ value: axisLabel, position: 'insideBottom', offset: -18, fontSize: 12 }}
        />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip formatter={(value) => [value, valueLabel]} />
        <Bar dataKey="value" name={valueLabel} isAnimationActive={false}>
          {bins.map((b) => (
            <Cell key={b.key} fill={colourOf(b.fromX100)} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
