// Units: what the unit router and the bulk import share (the columns a unit row returns, the create schema).
import { type Prisma, UnitKind } from '@inovda/db';
import { z } from 'zod';

export const unitSelect = {
  id: true,
  parentId: true,
  kind: true,
  name: true,
  short: true,
  urusan: true,
  active: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.UnitSelect;

/** The fields of unit.create; the bulk import checks its rows with the same schema. */
export const ZUnitFields = z.object({
  kind: z.enum(UnitKind),
  name: z.string().trim().min(2).max(200),
  short: z.string().trim().min(1).max(40),
  urusan: z.array(z.string().trim().min(1).max(80)).max(40),
});
