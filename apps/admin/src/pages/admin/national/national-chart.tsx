import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TChartDatum } from './national-view';

export interface TNationalChartProps {
  data: readonly TChartDatum[];
  verifiedLabel: string;
  nationalLabel: string;
  maxPoints: number;
}

/** Verified vs national maturity per innovation, as horizontal bar pairs so long names fit on a phone. */
export default function NationalChart({
  data,
  verifiedLabel,
  nationalLabel,
  maxPoints,
}: TNationalChartProps) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 48 + 40)}>
      <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, maxPoints]} />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="verified" name={verifiedLabel} fill="#1677ff" isAnimationActive={false} />
        <Bar dataKey="national" name={nationalLabel} fill="#fa8c16" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
