// The environment of the evidence reader, read in this one module: where the OCR programs are (Debian's paths
// unless INOVDA_TESSERACT, INOVDA_PDFTOPPM or INOVDA_PDFIMAGES say otherwise) and what their processes inherit.
export const TESSERACT = process.env.INOVDA_TESSERACT ?? '/usr/bin/tesseract';
export const PDFTOPPM = process.env.INOVDA_PDFTOPPM ?? '/usr/bin/pdftoppm';
export const PDFIMAGES = process.env.INOVDA_PDFIMAGES ?? '/usr/bin/pdfimages';

/** The environment of an OCR child process: this process's, with one OpenMP thread. */
export function ocrProcessEnv(): NodeJS.ProcessEnv {
  return { ...process.env, OMP_THREAD_LIMIT: '1' };
}
