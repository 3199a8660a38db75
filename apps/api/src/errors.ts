// The one table that maps application codes (domain codes included) to tRPC codes and to messages in
// Indonesian and English. Clients pick their text from `appCode`; the server's message follows `lang`.
// Engineers adding a procedure add their codes here: an exact entry, or rely on their area's fallback.
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

export type Lang = 'id' | 'en';
export type ErrorParams = Record<string, string | number | boolean | null>;

interface ErrorEntry {
  code: TRPC_ERROR_CODE_KEY;
  /** Messages with `{name}` placeholders filled from the error's params. */
  id: string;
  en: string;
}

const ERROR_TABLE = {
  'AUTH.INVALID_CREDENTIALS': {
    code: 'UNAUTHORIZED',
    id: 'Email atau kata sandi salah.',
    en: 'Wrong email or password.',
  },
  'AUTH.THROTTLED': {
    code: 'TOO_MANY_REQUESTS',
    id: 'Terlalu banyak percobaan. Coba lagi dalam {minutes} menit.',
    en: 'Too many attempts. Try again in {minutes} minutes.',
  },
  'AUTH.UNAUTHENTICATED': {
    code: 'UNAUTHORIZED',
    id: 'Sesi Anda tidak ada atau sudah berakhir. Silakan masuk kembali.',
    en: 'You are not signed in or your session has ended. Please sign in again.',
  },
  'AUTH.FORBIDDEN': {
    code: 'FORBIDDEN',
    id: 'Peran Anda tidak diizinkan melakukan tindakan ini.',
    en: 'Your role is not allowed to do this.',
  },
  'AUTH.WRONG_CURRENT_PASSWORD': {
    code: 'BAD_REQUEST',
    id: 'Kata sandi saat ini salah.',
    en: 'The current password is wrong.',
  },
  'SCOPE.OUT_OF_SCOPE': {
    code: 'FORBIDDEN',
    id: 'Data ini di luar cakupan wilayah atau unit Anda.',
    en: 'This data is outside your region or unit.',
  },
  'EDIT.CONFLICT': {
    code: 'CONFLICT',
    id: 'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.',
    en: 'Someone else changed this since you opened it. Reload to see the latest version, then redo your change.',
  },
  NOT_FOUND: { code: 'NOT_FOUND', id: 'Data tidak ditemukan.', en: 'Not found.' },
  'VALIDATION.INVALID_INPUT': {
    code: 'BAD_REQUEST',
    id: 'Isian tidak valid. Periksa kolom yang ditandai.',
    en: 'Invalid input. Check the marked fields.',
  },
  'REQUEST.CROSS_SITE': {
    code: 'FORBIDDEN',
    id: 'Permintaan dari situs lain ditolak. Buka Inovda langsung dari alamatnya sendiri.',
    en: 'Requests from another site are refused. Open Inovda at its own address.',
  },
  'REQUEST.JSON_ONLY': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    id: 'Permintaan ini harus dikirim sebagai JSON (application/json).',
    en: 'This request must be sent as JSON (application/json).',
  },
  'VALIDATION.BATCH_REFUSED': {
    code: 'BAD_REQUEST',
    id: 'Permintaan gabungan ditolak: masuk dan ganti kata sandi dikirim satu per satu, dan paling banyak {max} panggilan per permintaan.',
    en: 'Batched request refused: sign-in and password changes go one at a time, and at most {max} calls per request.',
  },
  'VALIDATION.DUPLICATE': {
    code: 'CONFLICT',
    id: 'Data dengan nilai yang sama sudah ada ({fields}).',
    en: 'A record with the same value already exists ({fields}).',
  },
  'USER.EMAIL_TAKEN': {
    code: 'CONFLICT',
    id: 'Email {email} sudah dipakai.',
    en: 'The email {email} is already in use.',
  },
  'USER.OPERATOR_NEEDS_UNIT': {
    code: 'BAD_REQUEST',
    id: 'Operator harus terhubung ke sebuah unit.',
    en: 'An operator must belong to a unit.',
  },
  'USER.CANNOT_CHANGE_SELF': {
    code: 'BAD_REQUEST',
    id: 'Anda tidak dapat menonaktifkan akun sendiri atau mengubah peran sendiri.',
    en: 'You cannot deactivate your own account or change your own role.',
  },
  'UNIT.PARENT_CYCLE': {
    code: 'BAD_REQUEST',
    id: 'Unit induk tidak boleh unit ini sendiri atau unit di bawahnya.',
    en: 'The parent unit cannot be this unit or one of the units under it.',
  },
  'UNIT.NAME_TAKEN': {
    code: 'CONFLICT',
    id: 'Sudah ada unit bernama "{name}". Nama unit harus berbeda (huruf besar/kecil dan spasi tidak dibedakan).',
    en: 'A unit named "{name}" already exists. Unit names must differ (case and spaces are ignored).',
  },
  'UNIT.HAS_ACTIVE_CHILDREN': {
    code: 'BAD_REQUEST',
    id: 'Unit ini masih memiliki unit aktif di bawahnya.',
    en: 'This unit still has active units under it.',
  },
  'PERIOD.UNKNOWN_EDITION': {
    code: 'BAD_REQUEST',
    id: 'Edisi aturan "{editionCode}" tidak dikenal.',
    en: 'Unknown rule edition "{editionCode}".',
  },
  'PERIOD.YEAR_TAKEN': {
    code: 'CONFLICT',
    id: 'Periode untuk tahun {year} sudah ada.',
    en: 'A period for {year} already exists.',
  },
  'PERIOD.INVALID_STATE_CHANGE': {
    code: 'BAD_REQUEST',
    id: 'Status periode tidak dapat diubah dari {from} ke {to}.',
    en: 'The period state cannot change from {from} to {to}.',
  },
  'PERIOD.EDITION_LOCKED': {
    code: 'BAD_REQUEST',
    id: 'Edisi aturan hanya dapat diubah selama periode masih PLANNING.',
    en: 'The rule edition can only change while the period is PLANNING.',
  },
  'PERIOD.DEADLINE_ORDER': {
    code: 'BAD_REQUEST',
    id: 'Tenggat internal harus sebelum tenggat nasional.',
    en: 'The internal deadline must be before the national deadline.',
  },
  'UPLOAD.UNSUPPORTED_TYPE': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    id: 'Isi berkas bukan PDF, JPEG, PNG, atau MP4 (jenis diperiksa dari isi berkas, bukan dari namanya).',
    en: 'The file content is not PDF, JPEG, PNG or MP4 (the type is read from the content, not the name).',
  },
  'UPLOAD.QUOTA_EXCEEDED': {
    code: 'PAYLOAD_TOO_LARGE',
    id: 'Batas unggahan harian Anda ({quotaMb} MB per 24 jam) terlampaui: sudah terpakai {usedMb} MB. Coba lagi besok atau hubungi admin.',
    en: 'Your daily upload limit ({quotaMb} MB per 24 hours) is reached: {usedMb} MB used. Try again tomorrow or ask the admin.',
  },
  'UPLOAD.KIND_NOT_ALLOWED': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    id: 'Berkas ini berisi {kind}, sedangkan indikator ini hanya menerima {allowed}.',
    en: 'This file contains {kind}, but this indicator only accepts {allowed}.',
  },
  'UPLOAD.UNKNOWN_INDICATOR': {
    code: 'BAD_REQUEST',
    id: 'Indikator {indicator} tidak ada dalam edisi aturan periode ini.',
    en: "Indicator {indicator} is not part of this period's rule edition.",
  },
  'UPLOAD.INDICATOR_NEEDS_SUBMISSION': {
    code: 'BAD_REQUEST',
    id: 'Unggahan untuk sebuah indikator harus menyebut pengajuan (submissionId).',
    en: 'An upload for an indicator must name its submission (submissionId).',
  },
  'WORKFLOW.ROLE_FORBIDDEN': {
    code: 'FORBIDDEN',
    id: 'Peran Anda tidak dapat melakukan {action} (hanya: {roles}).',
    en: 'Your role cannot do {action} (only: {roles}).',
  },
  'WORKFLOW.NOT_ALLOWED': {
    code: 'BAD_REQUEST',
    id: 'Tindakan {action} tidak dapat dilakukan dari status {from} (hanya dari: {states}).',
    en: '{action} is not possible from state {from} (only from: {states}).',
  },
  'WORKFLOW.PRECONDITION': {
    code: 'BAD_REQUEST',
    id: 'Syarat {action} belum terpenuhi ({reason}{detail}).',
    en: 'The requirements of {action} are not met ({reason}{detail}).',
  },
  'SUBMISSION.NOT_READY': {
    code: 'BAD_REQUEST',
    id: 'Inovasi belum siap diajukan: {count} masalah harus diperbaiki ({codes}).',
    en: 'The innovation is not ready to submit: {count} issues must be fixed ({codes}).',
  },
  'INNOVATION.PERIOD_CLOSED': {
    code: 'BAD_REQUEST',
    id: 'Periode ini tidak lagi menerima inovasi baru (status {state}).',
    en: 'This period no longer accepts new innovations (state {state}).',
  },
  'PERIOD.ARCHIVED': {
    code: 'BAD_REQUEST',
    id: 'Periode {year} sudah ditutup atau diarsipkan ({state}): datanya hanya dapat dibaca. Lakukan perubahan di periode yang sedang berjalan.',
    en: 'The {year} period is closed or archived ({state}): its data is read-only. Make changes in the current period.',
  },
  'CARRY.SOURCE_NOT_CLOSED': {
    code: 'BAD_REQUEST',
    id: 'Periode asal {year} belum ditutup ({state}). Inovasi hanya dapat dibawa dari periode yang sudah ditutup atau diarsipkan.',
    en: 'The source period {year} is not closed ({state}). Innovations can only be carried over from a closed or archived period.',
  },
  'CARRY.TARGET_NOT_OPEN': {
    code: 'BAD_REQUEST',
    id: 'Periode tujuan {year} tidak menerima inovasi ({state}). Pilih periode yang masih direncanakan atau dibuka.',
    en: 'The target period {year} does not take innovations ({state}). Choose a period that is planned or open.',
  },
  'CARRY.TARGET_NOT_LATER': {
    code: 'BAD_REQUEST',
    id: 'Periode tujuan ({targetYear}) harus sesudah periode asal ({sourceYear}).',
    en: 'The target period ({targetYear}) must come after the source period ({sourceYear}).',
  },
  'CARRY.NOT_IN_SOURCE': {
    code: 'NOT_FOUND',
    id: 'Inovasi {id} tidak ada di periode asal {sourceYear}.',
    en: 'Innovation {id} is not in the source period {sourceYear}.',
  },
  'CARRY.ALREADY_IN_PERIOD': {
    code: 'CONFLICT',
    id: '"{name}" sudah ada di periode {targetYear}; inovasi tidak dapat dibawa dua kali ke periode yang sama.',
    en: '"{name}" is already in the {targetYear} period; an innovation cannot be carried into the same period twice.',
  },
  'CARRY.PENERAPAN_AFTER_WINDOW': {
    code: 'BAD_REQUEST',
    id: '"{name}" tidak dapat dibawa: penerapan {date} sesudah jendela kelayakan {from} s.d. {to}.',
    en: '"{name}" cannot be carried over: implementation {date} is after the eligibility window {from} to {to}.',
  },
  'ANSWER.LOCKED': {
    code: 'BAD_REQUEST',
    id: 'Jawaban tidak dapat diubah pada status {state} oleh peran {role}.',
    en: 'Answers cannot be changed in state {state} by role {role}.',
  },
  'ANSWER.UNKNOWN_INDICATOR': {
    code: 'BAD_REQUEST',
    id: 'Indikator {code} tidak ada dalam edisi aturan periode ini.',
    en: "Indicator {code} is not part of this period's rule edition.",
  },
  'ANSWER.BASIS_REQUIRED': {
    code: 'BAD_REQUEST',
    id: 'Indikator {code} memerlukan basis ukur (a-f) sebelum tingkat dipilih.',
    en: 'Indicator {code} needs a measurement basis (a-f) before a tier is chosen.',
  },
  'ANSWER.UNKNOWN_BASIS': {
    code: 'BAD_REQUEST',
    id: 'Basis ukur "{basis}" tidak dikenal untuk indikator {code}.',
    en: 'Unknown measurement basis "{basis}" for indicator {code}.',
  },
  'ANSWER.BASIS_NOT_EXPECTED': {
    code: 'BAD_REQUEST',
    id: 'Indikator {code} tidak memakai basis ukur.',
    en: 'Indicator {code} has no measurement basis.',
  },
  'ANSWER.LINKS_NOT_ALLOWED': {
    code: 'BAD_REQUEST',
    id: 'Indikator {code} tidak menerima tautan sebagai bukti; unggah berkas.',
    en: 'Indicator {code} does not accept links as evidence; upload a file.',
  },
  'ANSWER.TIER_MISMATCH': {
    code: 'BAD_REQUEST',
    id: 'Tingkat {claimedTier} tidak sesuai dengan angka yang diisi (menghasilkan tingkat {derivedTier}).',
    en: 'Tier {claimedTier} does not match the figure given (which gives tier {derivedTier}).',
  },
  'SID.RAW_INVALID': {
    code: 'BAD_REQUEST',
    id: 'Angka "{value}" untuk indikator {code} tidak valid.',
    en: 'The figure "{value}" for indicator {code} is not valid.',
  },
  'EVIDENCE.KIND_NOT_ALLOWED': {
    code: 'BAD_REQUEST',
    id: 'Berkas {kind} tidak diterima indikator {code} (hanya: {allowed}).',
    en: 'A {kind} file is not accepted by indicator {code} (only: {allowed}).',
  },
  'EVIDENCE.ALREADY_ATTACHED': {
    code: 'BAD_REQUEST',
    id: 'Berkas ini sudah terlampir pada indikator {code}.',
    en: 'This file is already attached to indicator {code}.',
  },
  'EVIDENCE.NOT_ATTACHED': {
    code: 'BAD_REQUEST',
    id: 'Berkas ini tidak terlampir pada indikator {code}.',
    en: 'This file is not attached to indicator {code}.',
  },
  'REVIEW.NOT_IN_REVIEW': {
    code: 'BAD_REQUEST',
    id: 'Putusan hanya dapat diberikan saat pengajuan sedang diverifikasi (status sekarang {state}).',
    en: 'Verdicts can only be given while the submission is in review (current state {state}).',
  },
  'VERDICT.NOTE_REQUIRED': {
    code: 'BAD_REQUEST',
    id: 'Catatan wajib diisi untuk putusan {verdict}.',
    en: 'A note is required for verdict {verdict}.',
  },
  'VERDICT.TIER_REQUIRED': {
    code: 'BAD_REQUEST',
    id: 'Putusan "turunkan" memerlukan tingkat baru.',
    en: 'A downgrade needs the new tier.',
  },
  'VERDICT.DOWNGRADE_NOT_LOWER': {
    code: 'BAD_REQUEST',
    id: 'Tingkat turunan ({verifiedTier}) harus lebih rendah dari klaim ({claimedTier}).',
    en: 'The downgraded tier ({verifiedTier}) must be lower than the claim ({claimedTier}).',
  },
  'VERDICT.TIER_NOT_EXPECTED': {
    code: 'BAD_REQUEST',
    id: 'Tingkat hanya diisi untuk putusan "turunkan", bukan {verdict}.',
    en: 'A tier is only given with a downgrade, not with {verdict}.',
  },
  'PACKAGE.NOTHING_READY': {
    code: 'BAD_REQUEST',
    id: 'Tidak ada yang dapat dibekukan: belum ada inovasi berstatus siap kirim yang dipilih untuk dikirim pada periode ini.',
    en: 'There is nothing to freeze: no innovation chosen to send is ready to send in this period.',
  },
  'PACKAGE.NOT_PACKAGED': {
    code: 'BAD_REQUEST',
    id: 'Hanya pengajuan siap kirim atau terkirim yang dapat masuk paket ({names}).',
    en: 'Only submissions that are ready to send or sent can be in a package ({names}).',
  },
  'PACKAGE.SET_CHANGED': {
    code: 'CONFLICT',
    id: 'Isi paket berubah sejak Anda membukanya. Muat ulang halaman, periksa daftar inovasi, lalu bekukan lagi.',
    en: 'The package changed since you opened it. Reload the page, check the list of innovations, then freeze again.',
  },
  'PACKAGE.STALE': {
    code: 'CONFLICT',
    id: 'Paket #{sequence} tidak dapat ditandai terkirim: {count} pengajuan berubah sejak dibekukan ({names}). Bekukan paket baru dan kirim paket itu.',
    en: 'Package #{sequence} cannot be marked sent: {count} submissions changed since it was frozen ({names}). Freeze a new package and send that one.',
  },
  'PACKAGE.ALREADY_SENT': {
    code: 'BAD_REQUEST',
    id: 'Paket #{sequence} sudah ditandai terkirim.',
    en: 'Package #{sequence} has already been marked sent.',
  },
  'PACKAGE.FILE_MISSING': {
    code: 'INTERNAL_SERVER_ERROR',
    id: 'Berkas ZIP paket #{sequence} tidak ditemukan di penyimpanan. Jalankan verifikasi dan hubungi pengelola server.',
    en: 'The ZIP file of package #{sequence} is missing from storage. Run the verification and contact the server administrator.',
  },
  'EXPORT.INVALID_BASIS': {
    code: 'BAD_REQUEST',
    id: 'Dasar portofolio "{basis}" tidak dikenal; gunakan claimed (klaim), verified (terverifikasi) atau package (paket).',
    en: 'Unknown portfolio basis "{basis}"; use claimed, verified or package.',
  },
  'SUBMISSION.ALREADY_SENT': {
    code: 'BAD_REQUEST',
    id: 'Pengajuan ini sudah terkirim; keputusan kirim tidak dapat diubah.',
    en: 'This submission has been sent; the send decision can no longer change.',
  },
  'SEND.PACKAGE_FROZEN': {
    code: 'CONFLICT',
    id: 'Paket #{sequence} sudah dibekukan dan belum ditandai terkirim. Mengubah pilihan kirim sekarang membuat paket itu usang, dan paket harus dibekukan ulang sebelum dikirim. Ubah hanya bila Anda sudah mengonfirmasinya di jendela pratinjau.',
    en: 'Package #{sequence} is frozen and not yet marked sent. Changing what will be sent now makes that package outdated, and it must be frozen again before sending. Change it only after confirming in the preview window.',
  },
  'SEND.PLAN_CHANGED': {
    code: 'CONFLICT',
    id: 'Data inovasi berubah sejak pratinjau dibuat. Buka pratinjau lagi, periksa perubahannya, lalu konfirmasi.',
    en: 'The innovations changed since the preview was made. Open the preview again, check the changes, then confirm.',
  },
  'SEND.NOT_IN_PERIOD': {
    code: 'BAD_REQUEST',
    id: 'Inovasi "{name}" bukan bagian dari periode ini.',
    en: 'The innovation "{name}" is not part of this period.',
  },
  'SEND.NOT_READY': {
    code: 'BAD_REQUEST',
    id: 'Inovasi "{name}" belum siap dikirim: {count} syarat belum terpenuhi. Buka halaman pemeriksaannya untuk melihat rinciannya.',
    en: 'The innovation "{name}" is not ready to send: {count} requirements are not met. Open its review page to see them.',
  },
  'EDITION.UNKNOWN': {
    code: 'NOT_FOUND',
    id: 'Edisi aturan "{code}" tidak dikenal.',
    en: 'Unknown rule edition "{code}".',
  },
  'EDITION.CODE_TAKEN': {
    code: 'CONFLICT',
    id: 'Kode edisi "{code}" sudah dipakai.',
    en: 'The edition code "{code}" is already in use.',
  },
  'EDITION.INVALID': {
    code: 'BAD_REQUEST',
    id: 'Edisi aturan tidak valid: {count} masalah, pertama di {path}: {message}',
    en: 'The rule edition is not valid: {count} issues, the first at {path}: {messageEn}',
  },
  'EDITION.BUILT_IN': {
    code: 'BAD_REQUEST',
    id: 'Edisi bawaan "{code}" tidak dapat diubah atau dihapus. Salin (klon) menjadi edisi kustom, lalu ubah salinannya.',
    en: 'The built-in edition "{code}" cannot be changed or deleted. Clone it into a custom edition and edit the copy.',
  },
  'EDITION.LOCKED': {
    code: 'CONFLICT',
    id: 'Aturan edisi "{code}" sudah dipakai menilai jawaban pada periode {years}, sehingga tidak boleh berubah (skor harus tetap dapat diulang). Klon edisi ini menjadi edisi baru untuk perubahan Anda.',
    en: 'The rules of edition "{code}" have already scored answers in period {years}, so they cannot change (scores must stay reproducible). Clone this edition into a new one for your changes.',
  },
  'EDITION.IN_USE': {
    code: 'CONFLICT',
    id: 'Edisi "{code}" dipakai oleh periode {years}, sehingga tidak dapat dihapus.',
    en: 'Edition "{code}" is used by period {years}, so it cannot be deleted.',
  },
  'SID.NOT_NUMERIC': {
    code: 'BAD_REQUEST',
    id: 'Basis ukur yang dipilih untuk indikator {code} tidak memiliki pita angka; pilih tingkatnya.',
    en: 'The chosen measurement basis of indicator {code} has no numeric bands; choose its tier.',
  },
  'SPD.PERIOD_LOCKED': {
    code: 'BAD_REQUEST',
    id: 'Indikator SPD tidak dapat diubah pada periode berstatus {state}.',
    en: 'SPD indicators cannot change in a period that is {state}.',
  },
  'SPD.UNKNOWN_ROW': {
    code: 'BAD_REQUEST',
    id: 'Baris SPD {code} tidak ada dalam edisi aturan periode ini.',
    en: "SPD row {code} is not part of this period's rule edition.",
  },
  'SPD.NOT_NUMERIC': {
    code: 'BAD_REQUEST',
    id: 'Baris SPD {code} diisi dengan memilih tingkat, bukan dengan angka.',
    en: 'SPD row {code} takes a chosen tier, not figures.',
  },
  'SPD.RAW_MISSING': {
    code: 'BAD_REQUEST',
    id: 'Angka {field} untuk baris SPD {code} belum diisi.',
    en: 'Figure {field} of SPD row {code} is missing.',
  },
  'SPD.RAW_INVALID': {
    code: 'BAD_REQUEST',
    id: 'Angka {field} ("{value}") untuk baris SPD {code} tidak valid.',
    en: 'Figure {field} ("{value}") of SPD row {code} is not a valid number.',
  },
  'SPD.DIVISION_BY_ZERO': {
    code: 'BAD_REQUEST',
    id: 'Nilai T-2 baris SPD {code} nol, sehingga persentase perubahan tidak dapat dihitung.',
    en: 'T-2 of SPD row {code} is zero, so the percent change cannot be computed.',
  },
  'AUTH.PASSWORD_CHANGE_REQUIRED': {
    code: 'FORBIDDEN',
    id: 'Akun ini memakai kata sandi awal. Buat kata sandi baru Anda sendiri untuk masuk.',
    en: 'This account has an initial password. Choose your own new password to sign in.',
  },
  'AUTH.NEW_PASSWORD_SAME': {
    code: 'BAD_REQUEST',
    id: 'Kata sandi baru harus berbeda dari kata sandi awal.',
    en: 'The new password must differ from the initial one.',
  },
  'IMPORT.FILE_TOO_LARGE': {
    code: 'PAYLOAD_TOO_LARGE',
    id: 'Berkas terlalu besar (maksimal {maxMb} MB).',
    en: 'The file is too large (at most {maxMb} MB).',
  },
  'IMPORT.EMPTY_FILE': {
    code: 'BAD_REQUEST',
    id: 'Berkas kosong.',
    en: 'The file is empty.',
  },
  'IMPORT.UNSUPPORTED_TYPE': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    id: 'Isi berkas bukan XLSX atau CSV (jenis diperiksa dari isi berkas, bukan dari namanya){detected}.',
    en: 'The file content is not XLSX or CSV (the type is read from the content, not the name){detected}.',
  },
  'IMPORT.LEGACY_XLS': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    id: 'Berkas ini format Excel lama (.xls). Buka di Excel lalu simpan sebagai "Excel Workbook (.xlsx)".',
    en: 'This is the old Excel format (.xls). Open it in Excel and save it as "Excel Workbook (.xlsx)".',
  },
  'IMPORT.TOO_LARGE_UNPACKED': {
    code: 'BAD_REQUEST',
    id: 'Berkas XLSX terlalu besar setelah dibuka (lebih dari {maxMb} MB isi). Hapus lembar, gambar atau baris yang tidak perlu, atau bagi menjadi beberapa berkas.',
    en: 'The XLSX file is too large once unpacked (more than {maxMb} MB of content). Remove unneeded sheets, images or rows, or split it into several files.',
  },
  'IMPORT.UNREADABLE': {
    code: 'BAD_REQUEST',
    id: 'Berkas tidak dapat dibaca sebagai lembar kerja ({reason}).',
    en: 'The file cannot be read as a spreadsheet ({reason}).',
  },
  'IMPORT.TOO_MANY_ROWS': {
    code: 'BAD_REQUEST',
    id: 'Berkas berisi {rows} baris data; paling banyak {max} baris per impor. Bagi menjadi beberapa berkas.',
    en: 'The file has {rows} data rows; at most {max} per import. Split it into several files.',
  },
  'IMPORT.NO_ROWS': {
    code: 'BAD_REQUEST',
    id: 'Berkas tidak berisi baris data di bawah baris judul.',
    en: 'The file has no data rows under the header row.',
  },
  'IMPORT.MISSING_COLUMNS': {
    code: 'BAD_REQUEST',
    id: 'Kolom wajib tidak ditemukan pada baris judul: {columns}. Gunakan templat yang disediakan.',
    en: 'Required columns are missing from the header row: {columns}. Use the template provided.',
  },
  'IMPORT.WRONG_KIND': {
    code: 'BAD_REQUEST',
    id: 'Berkas ini diunggah untuk impor {actual}, bukan {expected}.',
    en: 'This file was uploaded for a {actual} import, not {expected}.',
  },
  'IMPORT.NOT_OWNER': {
    code: 'FORBIDDEN',
    id: 'Berkas impor ini diunggah oleh admin lain.',
    en: 'This import file was uploaded by another admin.',
  },
  'NATIONAL.NOT_SENT': {
    code: 'BAD_REQUEST',
    id: 'Hasil penilaian nasional hanya dapat dicatat untuk inovasi yang sudah terkirim (status sekarang {state}).',
    en: 'A national result can only be recorded for an innovation that has been sent (current state {state}).',
  },
  'NATIONAL.MATURITY_OUT_OF_RANGE': {
    code: 'BAD_REQUEST',
    id: 'Nilai kematangan nasional {value} di luar rentang 0 s.d. {max} untuk edisi {edition}.',
    en: 'The national maturity {value} is outside 0 to {max} for edition {edition}.',
  },
  'NATIONAL.IID_OUT_OF_RANGE': {
    code: 'BAD_REQUEST',
    id: 'IID nasional {value} di luar rentang 0 s.d. 100.',
    en: 'The national IID {value} is outside 0 to 100.',
  },
  INTERNAL: {
    code: 'INTERNAL_SERVER_ERROR',
    id: 'Terjadi kesalahan pada server (kode permintaan {requestId}).',
    en: 'Something went wrong on the server (request id {requestId}).',
  },
} satisfies Record<string, ErrorEntry>;

/** Fallbacks for codes not in the table, by area (the part before the dot); domain codes land here. */
const AREA_FALLBACK: Record<string, ErrorEntry> = {
  WORKFLOW: {
    code: 'BAD_REQUEST',
    id: 'Tindakan ini tidak dapat dilakukan pada status saat ini.',
    en: 'This action is not possible in the current state.',
  },
  VALIDATION: ERROR_TABLE['VALIDATION.INVALID_INPUT'],
  PROFILE: {
    code: 'BAD_REQUEST',
    id: 'Profil inovasi belum valid.',
    en: 'The innovation profile is not valid.',
  },
};

export type AppCode = keyof typeof ERROR_TABLE | `${string}.${string}`;

/** Finds the entry of a code: exact match, then its area's fallback, then a generic bad request. */
export function getErrorEntry(appCode: string): ErrorEntry {
  const exact = (ERROR_TABLE as Record<string, ErrorEntry>)[appCode];
  if (exact) return exact;
  const area = appCode.split('.')[0] ?? '';
  return (
    AREA_FALLBACK[area] ?? {
      code: 'BAD_REQUEST',
      id: `Permintaan ditolak (${appCode}).`,
      en: `Request refused (${appCode}).`,
    }
  );
}

/** Renders the message of a code in one language, filling `{name}` placeholders from params. */
export function renderMessage(appCode: string, lang: Lang, params: ErrorParams = {}): string {
  const template = getErrorEntry(appCode)[lang];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** An expected failure with an application code; its tRPC code comes from the table. */
export class AppError extends TRPCError {
  readonly appCode: string;
  readonly params: ErrorParams;

  constructor(appCode: AppCode | (string & {}), params: ErrorParams = {}, options: { cause?: unknown } = {}) {
    super({
      code: getErrorEntry(appCode).code,
      message: renderMessage(appCode, 'en', params),
      cause: options.cause,
    });
    this.name = 'AppError';
    this.appCode = appCode;
    this.params = params;
  }
}

/**
 * A custom zod issue message in both languages: `{ message, params: { id, en } }` for `.refine()`.
 * The error formatter shows `params[lang]` in `fieldErrors`.
 */
export function bilingual(id: string, en: string): { message: string; params: { id: string; en: string } } {
  return { message: en, params: { id, en } };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
