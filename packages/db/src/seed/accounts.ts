// The demo accounts printed by the start command. All share one public demo password.
export const DEMO_PASSWORD = 'inovda-demo';

export type DemoRole = 'ADMIN' | 'VERIFIER' | 'OPERATOR' | 'VIEWER';

export interface DemoAccount {
  email: string;
  name: string;
  role: DemoRole;
  /** `short` of the unit in the fixture, or null for region-wide accounts. */
  unitShort: string | null;
  /** Full unit name, for printing. */
  unitName: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.inovda.id',
    name: 'Admin Bapperida (demo)',
    role: 'ADMIN',
    unitShort: 'Bapperida',
    unitName: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
  },
  {
    email: 'verifikator@demo.inovda.id',
    name: 'Verifikator Bapperida (demo)',
    role: 'VERIFIER',
    unitShort: 'Bapperida',
    unitName: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
  },
  {
    email: 'pimpinan@demo.inovda.id',
    name: 'Pimpinan Daerah (demo)',
    role: 'VIEWER',
    unitShort: null,
    unitName: null,
  },
  {
    email: 'operator.dinkes@demo.inovda.id',
    name: 'Operator Dinas Kesehatan (demo)',
    role: 'OPERATOR',
    unitShort: 'Dinkes',
    unitName: 'Dinas Kesehatan',
  },
  {
    email: 'operator.disdukcapil@demo.inovda.id',
    name: 'Operator Disdukcapil (demo)',
    role: 'OPERATOR',
    unitShort: 'Disdukcapil',
    unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
  },
  {
    email: 'operator.pkm-tambakromo@demo.inovda.id',
    name: 'Operator Puskesmas Tambakromo (demo)',
    role: 'OPERATOR',
    unitShort: 'Puskesmas Tambakromo',
    unitName: 'UPTD Puskesmas Tambakromo',
  },
];
