import { Grid } from 'antd';
import { usePrinting } from './use-printing';

/**
 * How a table fits its screen. From 1200 px (an office laptop is 1366) a table wraps its texts and shows every
 * column; narrower, it scrolls sideways as a last resort, with the column that names the row fixed at the left
 * (cut with an ellipsis, the full text on hover) so a row is never read without knowing whose it is.
 */
export function useFitTable() {
  // On paper a table wraps to the page's width; a sideways scroll would cut the printout.
  const printing = usePrinting();
  const wide = Boolean(Grid.useBreakpoint().xl) || printing;
  return {
    scroll: wide ? undefined : { x: 'max-content' as const },
    keyColumn: wide ? {} : { fixed: 'left' as const, width: 150, ellipsis: { showTitle: true } },
  };
}
