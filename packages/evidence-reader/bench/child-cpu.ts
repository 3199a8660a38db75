import { readFileSync } from 'node:fs';

/**
 * CPU seconds used by finished child processes (Tesseract, pdftoppm) of this process, from /proc (Linux):
 * wall time on a shared machine says little, CPU time says what a page costs.
 */
export function childCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: field 3 is index 0, so cutime (16) and cstime (17) are indexes 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}
