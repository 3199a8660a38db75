// Every namespace of every language, imported statically so Node (the API, the CLI, tests) and bundlers see
// the same objects. The admin loads them lazily through `./lazy.ts` instead.
// A new namespace is a JSON file in both `locales/id` and `locales/en` plus one line per language here; the
// parity test fails until both exist.
import idAdmin from '../locales/id/admin.json';
import idAuth from '../locales/id/auth.json';
import idCarryOver from '../locales/id/carry-over.json';
import idCommon from '../locales/id/common.json';
import idDashboard from '../locales/id/dashboard.json';
import idDocuments from '../locales/id/documents.json';
import idEditions from '../locales/id/editions.json';
import idEmail from '../locales/id/email.json';
import idErrors from '../locales/id/errors.json';
import idEvidence from '../locales/id/evidence.json';
import idExports from '../locales/id/exports.json';
import idImportReport from '../locales/id/import-report.json';
import idImports from '../locales/id/imports.json';
import idNational from '../locales/id/national.json';
import idNotes from '../locales/id/notes.json';
import idNotifications from '../locales/id/notifications.json';
import idOperator from '../locales/id/operator.json';
import idRegion from '../locales/id/region.json';
import idSend from '../locales/id/send.json';
import idSnapshots from '../locales/id/snapshots.json';
import idVerifier from '../locales/id/verifier.json';
import enAdmin from '../locales/en/admin.json';
import enAuth from '../locales/en/auth.json';
import enCarryOver from '../locales/en/carry-over.json';
import enCommon from '../locales/en/common.json';
import enDashboard from '../locales/en/dashboard.json';
import enDocuments from '../locales/en/documents.json';
import enEditions from '../locales/en/editions.json';
import enEmail from '../locales/en/email.json';
import enErrors from '../locales/en/errors.json';
import enEvidence from '../locales/en/evidence.json';
import enExports from '../locales/en/exports.json';
import enImportReport from '../locales/en/import-report.json';
import enImports from '../locales/en/imports.json';
import enNational from '../locales/en/national.json';
import enNotes from '../locales/en/notes.json';
import enNotifications from '../locales/en/notifications.json';
import enOperator from '../locales/en/operator.json';
import enRegion from '../locales/en/region.json';
import enSend from '../locales/en/send.json';
import enSnapshots from '../locales/en/snapshots.json';
import enVerifier from '../locales/en/verifier.json';

/** Every namespace in Indonesian; its shape is the type of the catalogue (English must match it). */
export const ID_RESOURCES = {
  admin: idAdmin,
  auth: idAuth,
  'carry-over': idCarryOver,
  common: idCommon,
  dashboard: idDashboard,
  documents: idDocuments,
  editions: idEditions,
  email: idEmail,
  errors: idErrors,
  evidence: idEvidence,
  exports: idExports,
  'import-report': idImportReport,
  imports: idImports,
  national: idNational,
  notes: idNotes,
  notifications: idNotifications,
  operator: idOperator,
  region: idRegion,
  send: idSend,
  snapshots: idSnapshots,
  verifier: idVerifier,
};

export type TResources = typeof ID_RESOURCES;

/** The same namespaces in English, held to the Indonesian shape by the compiler and by the parity test. */
export const EN_RESOURCES: Record<keyof TResources, Record<string, unknown>> = {
  admin: enAdmin,
  auth: enAuth,
  'carry-over': enCarryOver,
  common: enCommon,
  dashboard: enDashboard,
  documents: enDocuments,
  editions: enEditions,
  email: enEmail,
  errors: enErrors,
  evidence: enEvidence,
  exports: enExports,
  'import-report': enImportReport,
  imports: enImports,
  national: enNational,
  notes: enNotes,
  notifications: enNotifications,
  operator: enOperator,
  region: enRegion,
  send: enSend,
  snapshots: enSnapshots,
  verifier: enVerifier,
};
