import { Grid } from 'antd';
import { usePrinting } from './use-printing';

const NARROW_TABLE_WIDTH = 760;
const KEY_COLUMN_WIDTH = 140;

/**
 * How a table fits its screen. From 1200 px (an office laptop is 1366) a table wraps its texts and shows every
 * column; narrower, it scrolls sideways as a last resort, with the column that names the row fixed at the left
 * (its text wrapped to a narrow width) so a row is never read without knowing whose it is.
 */
export function useFitTable() {
  // On paper a table wraps to the page's width; a sideways scroll would cut the printout.
  const printing = usePrinting();
  const wide = Boolean(Grid.useBreakpoint().xl) || printing;
  return {
    // A set width (not 'max-content', which would lay every text out on one line) so the texts wrap.
    scroll: wide ? undefined : { x: NARROW_TABLE_WIDTH },
    keyColumn: wide ? {} : { fixed: 'left' as const, width: KEY_COLUMN_WIDTH },
  };
}
