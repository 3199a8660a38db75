// The OpenAPI 3.1 document of the public API, generated from the zod schemas (OpenAPI 3.1 uses JSON Schema
// 2020-12, which z.toJSONSchema writes), so the document and the validation cannot drift.
import { z } from 'zod';
import { ZIssues, ZPlanReport, ZPortfolio, ZScoreReport } from './report-schemas.ts';

function component(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const issues = (description: string) => ({ description, content: json('Issues') });

export function buildOpenApiDocument(limits: { maxBodyBytes: number }) {
  const errors = {
    '400': issues('Dokumen tidak valid (JSON, kunci ganda, edisi, kode, urusan) / invalid document.'),
    '413': issues(`Badan permintaan lebih dari ${limits.maxBodyBytes} byte / body too large.`),
    '415': issues('Bukan application/json / not JSON.'),
    '429': issues('Terlalu banyak permintaan dari alamat ini / rate limited (header RateLimit).'),
  };
  const body = { required: true, content: json('Portfolio') };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Inovda: API publik skor IID / public IID scoring API',
      version: '1.0.0',
      description:
        'Hitung dan rencanakan Indeks Inovasi Daerah (IID) dari portofolio JSON, tanpa login dan tanpa ' +
        'menyimpan apa pun. Jawaban sama persis dengan `inovda score --json` / `inovda plan --json` dan ' +
        'pustaka @inovda/domain. / Score and plan the IID of a portfolio without login or storage; answers ' +
        'are exactly those of the CLI and the library.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    paths: {
      '/api/v1/score': {
        post: {
          operationId: 'scorePortfolio',
          summary: 'Skor IID portofolio / score a portfolio',
          requestBody: body,
          responses: {
            '200': { description: 'Laporan skor / score report', content: json('ScoreReport') },
            ...errors,
          },
        },
      },
      '/api/v1/plan': {
        post: {
          operationId: 'planPortfolio',
          summary: 'Himpunan terbaik dan tindakan berikutnya / best set and next actions',
          description: `Dokumen yang sama dengan /api/v1/score, paling banyak ${limits.maxBodyBytes} byte / the same documents as /api/v1/score, at most ${limits.maxBodyBytes} bytes.`,
          parameters: [
            {
              name: 'limit',
              in: 'query',
              required: false,
              description: 'Jumlah tindakan berikutnya / number of next actions',
              schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
            },
          ],
          requestBody: body,
          responses: { '200': { description: 'Rencana / plan', content: json('PlanReport') }, ...errors },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'Dokumen ini / this document',
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
        },
      },
    },
    components: {
      schemas: {
        Portfolio: component(ZPortfolio),
        ScoreReport: component(ZScoreReport),
        PlanReport: component(ZPlanReport),
        Issues: component(ZIssues),
      },
    },
  };
}
