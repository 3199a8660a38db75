/**
 * Data the numbered e2e files share: the operator (01) creates this innovation, the verifier (02) reviews it,
 * the admin (03) sees it in the dashboard. The seed's users and password are the demo accounts.
 */
export const OPERATOR_EMAIL = 'operator.dinkes@demo.inovda.id';
export const VIEWER_EMAIL = 'pimpinan@demo.inovda.id';
export const VERIFIER_EMAIL = 'verifikator@demo.inovda.id';
export const ADMIN_EMAIL = 'admin@demo.inovda.id';
export const E2E_INNOVATION_NAME = 'Layanan Jemput Bola Imunisasi (uji e2e)';

/** The mandatory IGA 2026 indicators the operator fills, with the chosen parameter (tier). */
export const E2E_CHOICES = [
  { code: '16', tier: 3 },
  { code: '17', tier: 2 },
  { code: '32', tier: 3 },
  { code: '33', tier: 2, basis: 'a' },
  { code: '35', tier: 3, link: 'https://www.youtube.com/watch?v=inovda-e2e' },
] as const;

/** 3x3 + 2x2 + 2x3 + 3x2 + 4x3 = 37 points of maturity, written the Indonesian way. */
export const E2E_CLAIMED_MATURITY_ID = '37,00';
