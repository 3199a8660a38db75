import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { shapeHistogram, shapePipeline } from '../charts/chart-data';
import { HistogramChart, PipelineChart } from '../charts/lazy-charts';

/** Submissions per workflow state, as bars in workflow order. */
export function PipelinePanel({ counts }: { counts: Readonly<Record<string, number>> }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const data = shapePipeline(counts, (state) => t(`common:state.${state}`, { defaultValue: state }));
  const total = data.reduce((n, d) => n + d.value, 0);
  return (
    <Card title={t('pipeline.title')} extra={t('pipeline.total', { count: total })}>
      <figure aria-label={t('pipeline.chartLabel')} style={{ margin: 0 }}>
        <PipelineChart data={data} valueLabel={t('pipeline.value')} />
      </figure>
    </Card>
  );
}

/** How verified maturity (0..111) is spread over the period's innovations. */
export function DistributionPanel({ maturitiesX100 }: { maturitiesX100: readonly number[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Card title={t('distribution.title')}>
      <figure aria-label={t('distribution.chartLabel')} style={{ margin: 0 }}>
        <HistogramChart
          bins={shapeHistogram(maturitiesX100)}
          valueLabel={t('distribution.value')}
          axisLabel={t('distribution.axis')}
        />
      </figure>
    </Card>
  );
}
