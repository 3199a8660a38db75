// zod schemas of the public API's answers, for the OpenAPI document. They mirror the library's report types;
// the type assertions at the bottom fail to compile if the two ever drift apart.
import {
  PREDICATES,
  ZPortfolio,
  type PlanReport,
  type PortfolioIssue,
  type PortfolioReport,
  type TNextActionType,
} from '@inovda/domain';
import { z } from 'zod';

const ZPredicate = z.enum(PREDICATES).meta({ description: 'Predikat IID / IID predicate.' });
const ZBilingual = z.object({ id: z.string(), en: z.string() });

export const ZScoreReport = z
  .object({
    edition: z.string(),
    spd: z.number().meta({ description: 'Skor SPD (poin) / SPD score (points).' }),
    innovationCount: z.number().int(),
    divisor: z.number().int().meta({ description: 'MAX(k, n).' }),
    averageMaturity: z.number().meta({ description: 'Dibulatkan setengah ke atas ke 4 desimal (tampilan).' }),
    yandasCovered: z.number().int().min(0).max(6),
    countScore: z.number(),
    sid: z.number(),
    total: z.number(),
    iid: z.number().meta({ description: 'IID, setengah ke atas ke 2 desimal dari total eksak.' }),
    predicate: ZPredicate,
    innovations: z.array(z.object({ id: z.string(), maturity: z.number() })),
  })
  .meta({ title: 'Laporan skor / score report (inovda score --json)' });

const ACTION_TYPES = [
  'RAISE_INDICATOR',
  'FILL_SPD_ROW',
  'ADD_YANDAS_INNOVATION',
] as const satisfies readonly TNextActionType[];

export const ZPlanReport = z
  .object({
    edition: z.string(),
    all: z.object({ innovationCount: z.number().int(), iid: z.number(), predicate: ZPredicate }),
    best: z.object({
      innovationCount: z.number().int(),
      iid: z.number(),
      predicate: ZPredicate,
      gain: z.number(),
      send: z.array(z.string()),
      exclude: z.array(z.string()),
    }),
    actions: z.array(
      z.object({
        type: z.enum(ACTION_TYPES),
        target: z.string().meta({ description: 'innovations[3].indicators.32, spd.2a, urusan.sosial' }),
        innovationId: z.string().optional(),
        code: z.string().optional(),
        urusan: z.string().optional(),
        from: z.number().int(),
        to: z.number().int(),
        gain: z.number(),
        iidAfter: z.number(),
        assumedMaturity: z.number().optional(),
        description: ZBilingual,
      }),
    ),
  })
  .meta({ title: 'Rencana / plan report (inovda plan --json)' });

export const ZIssues = z
  .object({
    ok: z.literal(false),
    issues: z.array(
      z.object({
        code: z.string().meta({ description: 'PORTFOLIO.* atau REQUEST.*' }),
        path: z.string().meta({ description: 'innovations[3].indicators.36; kosong untuk seluruh dokumen' }),
        message: ZBilingual,
        line: z.number().int().optional(),
        column: z.number().int().optional(),
      }),
    ),
  })
  .meta({ title: 'Masalah / issues' });

export { ZPortfolio };

// Compile-time: the schemas describe exactly the library's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameScore: Same<z.infer<typeof ZScoreReport>, PortfolioReport> = true;
const samePlan: Same<z.infer<typeof ZPlanReport>, PlanReport> = true;
const issueFits: z.infer<typeof ZIssues>['issues'][number] extends Omit<PortfolioIssue, 'code'>
  ? true
  : false = true;
void [sameScore, samePlan, issueFits];
