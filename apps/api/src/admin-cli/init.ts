// `inovda-admin init`: the first run of a real install. Creates the region (name, Kemendagri code, time zone)
// and its first ADMIN, in one audited transaction, on a database that holds no region yet (it refuses to run
// twice). The password is the person's own (typed twice without echo, or read from stdin or a file for
// automation), or a generated one-time password that must be changed at the first sign-in (the same forced
// change as accounts from the bulk import). A password it did not generate is never printed; a generated one
// is shown once, on the terminal only, and never logged.
import { readFileSync } from 'node:fs';
import type { Db } from '@inovda/db';
import { deployMigrations } from '@inovda/db/migrate';
import { isRegionTimeZone, REGION_TIME_ZONES, type TRegionTimeZone } from '@inovda/domain';
import { z } from 'zod';
import { writeAudit } from '../audit.ts';
import { normalizeEmail } from '../auth/login.ts';
import { hashPassword, ZNewPassword } from '../auth/password.ts';
import { generateInitialPassword } from '../imports/users.ts';
import { AdminError, type AdminIo, both } from './io.ts';

export type PasswordSource = 'prompt' | 'stdin' | 'file' | 'one-time';

export interface InitOptions {
  regionName?: string;
  regionCode?: string;
  timeZone?: string;
  adminName?: string;
  adminEmail?: string;
  password: PasswordSource;
  passwordFile?: string;
}

export interface InitResult {
  regionId: string;
  adminId: string;
  oneTimePassword: boolean;
}

const INIT_LOCK = 'inovda.admin.init';

/** WIB, WITA, WIT or the IANA name. */
export function parseTimeZone(value: string): TRegionTimeZone | null {
  const upper = value.trim().toUpperCase();
  const byAbbreviation = REGION_TIME_ZONES.find((zone) => zone.abbreviation === upper);
  if (byAbbreviation) return byAbbreviation.zone;
  const trimmed = value.trim();
  return isRegionTimeZone(trimmed) ? trimmed : null;
}

const ZInit = z.object({
  regionName: z
    .string()
    .trim()
    .min(3, both('Nama daerah minimal 3 huruf', 'The region name needs at least 3 characters'))
    .max(120, both('Nama daerah maksimal 120 huruf', 'The region name has at most 120 characters')),
  regionCode: z
    .string()
    .trim()
    .regex(
      /^\d{2}(\.\d{2})?$/,
      both(
        'Kode daerah Kemendagri: 2 angka untuk provinsi (33) atau 2 angka, titik, 2 angka untuk kabupaten/kota (33.18)',
        'Kemendagri region code: 2 digits for a province (33) or 2 digits, a dot, 2 digits for a regency/city (33.18)',
      ),
    ),
  timeZone: z.string().transform((value, ctx) => {
    const zone = parseTimeZone(value);
    if (!zone) {
      ctx.addIssue({
        code: 'custom',
        message: both('Zona waktu: WIB, WITA atau WIT', 'Time zone: WIB, WITA or WIT'),
      });
      return z.NEVER;
    }
    return zone;
  }),
  adminName: z
    .string()
    .trim()
    .min(2, both('Nama ADMIN minimal 2 huruf', "The ADMIN's name needs at least 2 characters"))
    .max(120, both('Nama ADMIN maksimal 120 huruf', "The ADMIN's name has at most 120 characters")),
  adminEmail: z
    .email(both('Alamat e-mail ADMIN tidak sah', "The ADMIN's e-mail address is not valid"))
    .max(254)
    .transform(normalizeEmail),
});
type TInit = z.infer<typeof ZInit>;

const LABELS: Record<keyof TInit, string> = {
  regionName: 'Nama daerah / region name (contoh/e.g. Kabupaten Pati): ',
  regionCode: 'Kode daerah Kemendagri / Kemendagri region code (contoh/e.g. 33.18): ',
  timeZone: 'Zona waktu / time zone (WIB, WITA, WIT): ',
  adminName: 'Nama ADMIN pertama / first ADMIN name: ',
  adminEmail: 'E-mail ADMIN: ',
};
const FLAGS: Record<keyof TInit, string> = {
  regionName: '--region-name',
  regionCode: '--region-code',
  timeZone: '--time-zone',
  adminName: '--admin-name',
  adminEmail: '--admin-email',
};

async function collect(options: InitOptions, io: AdminIo): Promise<TInit> {
  const raw: Partial<Record<keyof TInit, string>> = { ...options };
  for (const key of Object.keys(LABELS) as (keyof TInit)[]) {
    if (raw[key] !== undefined) continue;
    if (!io.interactive) {
      throw new AdminError(
        both(
          `${FLAGS[key]} wajib diisi (tidak ada terminal untuk bertanya)`,
          `${FLAGS[key]} is required (no terminal to ask)`,
        ),
      );
    }
    raw[key] = await io.ask(LABELS[key]);
  }
  const parsed = ZInit.safeParse(raw);
  if (!parsed.success) {
    throw new AdminError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  return parsed.data;
}

function checkPassword(password: string): string {
  const parsed = ZNewPassword.safeParse(password);
  if (parsed.success) return parsed.data;
  throw new AdminError(
    both(
      'Kata sandi harus 10 sampai 128 karakter dan memuat angka atau simbol.',
      'The password must be 10 to 128 characters and contain a digit or a symbol.',
    ),
  );
}

/** The password and whether it was generated (and must then be changed at the first sign-in). */
async function obtainPassword(
  options: InitOptions,
  io: AdminIo,
): Promise<{ password: string; generated: boolean }> {
  switch (options.password) {
    case 'one-time':
      if (!io.interactive) {
        throw new AdminError(
          both(
            'Kata sandi sekali pakai hanya ditampilkan di terminal. Tanpa terminal, pakai --password-stdin atau --password-file.',
            'A one-time password is only shown on a terminal. Without one, use --password-stdin or --password-file.',
          ),
        );
      }
      return { password: generateInitialPassword(), generated: true };
    case 'stdin':
      return { password: checkPassword(firstLine(await io.readStdin())), generated: false };
    case 'file': {
      let text: string;
      try {
        text = readFileSync(options.passwordFile ?? '', 'utf8');
      } catch (cause) {
        const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
        throw new AdminError(
          both(
            `Berkas kata sandi tidak dapat dibaca (${reason})`,
            `Cannot read the password file (${reason})`,
          ),
        );
      }
      return { password: checkPassword(firstLine(text)), generated: false };
    }
    case 'prompt': {
      if (!io.interactive) {
        throw new AdminError(
          both(
            'Tidak ada terminal untuk mengetik kata sandi: pakai --password-stdin, --password-file FILE atau --one-time-password.',
            'No terminal to type a password: use --password-stdin, --password-file FILE or --one-time-password.',
          ),
        );
      }
      const password = checkPassword(await io.askHidden('Kata sandi ADMIN / ADMIN password: '));
      const again = await io.askHidden('Ulangi kata sandi / repeat the password: ');
      if (again !== password) {
        throw new AdminError(both('Kedua kata sandi tidak sama.', 'The two passwords differ.'));
      }
      return { password, generated: false };
    }
  }
}

/** The first line without its line ending (a password file or a pipe ends with a newline). */
function firstLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? '';
}

function alreadyDone(region: { name: string; code: string }): AdminError {
  return new AdminError(
    both(
      `Inovda sudah diinisialisasi: daerah ${region.name} (${region.code}) sudah ada. init hanya berjalan sekali, pada database kosong. Tambah pengguna lewat aplikasi (Pengguna) atau impor.`,
      `Inovda is already initialised: the region ${region.name} (${region.code}) exists. init runs once, on an empty database. Add users in the app (Users) or by import.`,
    ),
  );
}

export async function runInit(db: Db, options: InitOptions, io: AdminIo): Promise<InitResult> {
  const { applied } = await deployMigrations(db);
  if (applied.length > 0) io.out(`Migrasi diterapkan / migrations applied: ${applied.length}`);
  // Refuse early, before asking anything, when there is nothing to do.
  const existing = await db.prisma.region.findFirst({ select: { name: true, code: true } });
  if (existing) throw alreadyDone(existing);

  const input = await collect(options, io);
  const { password, generated } = await obtainPassword(options, io);
  const passwordHash = await hashPassword(password);

  const result = await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', INIT_LOCK);
    const other = await tx.region.findFirst({ select: { name: true, code: true } });
    if (other) throw alreadyDone(other);
    const region = await tx.region.create({
      data: {
        code: input.regionCode,
        name: input.regionName,
        provinceCode: input.regionCode.slice(0, 2),
        timeZone: input.timeZone,
      },
      select: { id: true, code: true, name: true, provinceCode: true, timeZone: true },
    });
    const admin = await tx.user.create({
      data: {
        regionId: region.id,
        email: input.adminEmail,
        name: input.adminName,
        role: 'ADMIN',
        passwordHash,
        mustChangePassword: generated,
      },
      select: { id: true, email: true, name: true, role: true, mustChangePassword: true },
    });
    await writeAudit(tx, {
      actor: null,
      regionId: region.id,
      action: 'region.init',
      entity: 'Region',
      entityId: region.id,
      after: region,
    });
    await writeAudit(tx, {
      actor: null,
      regionId: region.id,
      action: 'user.create',
      entity: 'User',
      entityId: admin.id,
      after: admin,
    });
    return { regionId: region.id, adminId: admin.id, oneTimePassword: generated };
  });

  const zone = REGION_TIME_ZONES.find((z) => z.zone === input.timeZone)!.abbreviation;
  io.out(
    both(
      `Daerah ${input.regionName} (${input.regionCode}, ${zone}) dan ADMIN ${input.adminEmail} sudah dibuat.`,
      `Region ${input.regionName} (${input.regionCode}, ${zone}) and ADMIN ${input.adminEmail} created.`,
    ),
  );
  if (generated) {
    io.out(
      both(
        `Kata sandi sekali pakai (hanya ditampilkan sekarang, wajib diganti saat masuk pertama): ${password}`,
        `One-time password (shown only now, must be changed at the first sign-in): ${password}`,
      ),
    );
  }
  io.out(
    both(
      'Berikutnya: jalankan server, masuk sebagai ADMIN, lalu impor unit dan pengguna (menu Impor).',
      'Next: start the server, sign in as the ADMIN, then import units and users (Import page).',
    ),
  );
  return result;
}
