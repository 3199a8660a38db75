// The PDF profile's typeface: DejaVu Sans (npm `dejavu-fonts-ttf`, Bitstream Vera licence: free to embed and
// redistribute), embedded and subset by pdfkit. pdfkit's built-in Helvetica only covers WinAnsi, so texts of
// the rule packs such as "≥ 91%" printed as '"e 91%'; DejaVu covers Latin, symbols and math signs, and a reader
// needs nothing installed. Fonts are addressed by file path, pdfkit's cache key, so each is embedded once.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;
