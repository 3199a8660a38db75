import { act, render, screen } from '@testing-library/react';
import { Table } from 'antd';
import { beforeAll, describe, expect, it } from 'vitest';
import { installJsdomLayoutApis } from '../test-support/jsdom-antd';
import { usePrinting } from './use-printing';

beforeAll(installJsdomLayoutApis);

const ROWS = Array.from({ length: 25 }, (_, i) => ({ key: i, name: `Unit ${i + 1}` }));

function Ranking() {
  const printing = usePrinting();
  return (
    <Table
      columns={[{ title: 'Unit', dataIndex: 'name' }]}
      dataSource={ROWS}
      pagination={printing ? false : { pageSize: 10 }}
    />
  );
}

describe('usePrinting', () => {
  it('prints every row of a paginated table, then pages again', { timeout: 30_000 }, () => {
    render(<Ranking />);
    expect(screen.getAllByText(/^Unit \d+$/)).toHaveLength(10);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByText(/^Unit \d+$/)).toHaveLength(25);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getAllByText(/^Unit \d+$/)).toHaveLength(10);
  });
});
