// inovda-admin's help, Indonesian first.
export const HELP = `inovda-admin: alat operator Inovda / Inovda's operator tool

  init      buat daerah dan ADMIN pertamanya (sekali, pada database kosong)
            create the region and its first ADMIN (once, on an empty database)
  migrate   terapkan migrasi database yang tertunda / apply pending database migrations
  grant-app-role --role NAMA   beri peran aplikasi hak secukupnya (PostgreSQL, sebagai pemilik skema)
            grant the app's role only what it needs (PostgreSQL, as the schema owner)
  backup FILE    cadangkan database dan berkas bukti ke satu arsip / back up database and evidence to one archive
  restore FILE   pulihkan dari arsip (database harus kosong, atau --force) / restore (empty target, or --force)

Bantuan per perintah / help per command: inovda-admin <command> --help
Lingkungan / environment: DATABASE_URL (PostgreSQL) atau/or INOVDA_DATA_DIR (PGlite), S3_*,
MIGRATION_DATABASE_URL (pemilik skema / schema owner, opsional/optional).`;

const COMMANDS: Record<string, string> = {
  init: `inovda-admin init [--region-name NAMA] [--region-code 33.18] [--time-zone WIB|WITA|WIT]
                  [--admin-name NAMA] [--admin-email EMAIL]
                  [--password-stdin | --password-file FILE | --one-time-password]

Yang tidak diisi ditanyakan di terminal. Tanpa pilihan kata sandi, kata sandi diketik dua kali (tidak tampil).
--password-stdin / --password-file: baris pertama adalah kata sandi (untuk otomasi).
--one-time-password: kata sandi acak ditampilkan sekali di terminal dan wajib diganti saat masuk pertama.
What is not given is asked on the terminal. Without a password option the password is typed twice (not shown).
--password-stdin / --password-file: the first line is the password (for automation).
--one-time-password: a random password is shown once on the terminal and must be changed at the first sign-in.`,
  migrate: `inovda-admin migrate

Menerapkan migrasi yang tertunda (server juga melakukannya saat mulai, kecuali MIGRATE_ON_START=0) dan, pada
PostgreSQL, skema antrean tugas pg-boss. Memakai MIGRATION_DATABASE_URL bila diatur.
Applies pending migrations (the server also does at start, unless MIGRATE_ON_START=0) and, on PostgreSQL,
pg-boss's job-queue schema. Uses MIGRATION_DATABASE_URL when set.`,
  'grant-app-role': `inovda-admin grant-app-role --role NAMA

Dijalankan sebagai pemilik skema (MIGRATION_DATABASE_URL). Peran login aplikasi (DATABASE_URL) mendapat CONNECT,
USAGE skema, SELECT/INSERT/UPDATE/DELETE pada tabel biasa, tetapi hanya SELECT dan INSERT pada log audit dan
paket beku (AuditEvent, PackageSnapshot, PackageSnapshotItem), jadi trigger append-only tidak dapat dimatikan.
Peran harus sudah ada (CREATE ROLE NAMA LOGIN PASSWORD '...'). Jalankan ulang setelah setiap migrate.
Run as the schema owner (MIGRATION_DATABASE_URL). The app's login role (DATABASE_URL) gets CONNECT, schema USAGE,
SELECT/INSERT/UPDATE/DELETE on ordinary tables, but only SELECT and INSERT on the audit log and frozen packages,
so the append-only triggers cannot be disabled. The role must exist. Run again after every migrate.`,
  backup: `inovda-admin backup FILE [--no-files]

Satu arsip tar: manifest.json (sha256 setiap bagian), isi setiap tabel, dan setiap berkas bukti yang dirujuk.
--no-files: tanpa berkas (bila bucket S3 sudah dicadangkan penyedianya).
One tar archive: manifest.json (sha256 of every part), every table's rows, and every referenced evidence file.
--no-files: without files (when the S3 bucket is backed up by its provider).`,
  restore: `inovda-admin restore FILE [--force]

Memeriksa seluruh arsip dulu (sha256), lalu memulihkan dalam satu transaksi: semua atau tidak sama sekali.
Database yang sudah berisi hanya ditimpa dengan --force. Hentikan server terlebih dahulu.
Checks the whole archive first (sha256), then restores in one transaction: all or nothing.
A database that holds data is only overwritten with --force. Stop the server first.`,
};

export function commandHelp(command: string): string {
  return COMMANDS[command] ?? HELP;
}
