import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';

// recharts is large; every chart is its own chunk so the first screen does not pay for it.
const LazyPipeline = lazy(() => import('./pipeline-chart'));
const LazyHistogram = lazy(() => import('./histogram-chart'));
const LazyCoverage = lazy(() => import('./coverage-chart'));

function withSuspense<P extends object>(Chart: LazyExoticComponent<ComponentType<P>>) {
  return function SuspendedChart(props: P) {
    return (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

export const PipelineChart = withSuspense(LazyPipeline);
export const HistogramChart = withSuspense(LazyHistogram);
export const CoverageChart = withSuspense(LazyCoverage);
