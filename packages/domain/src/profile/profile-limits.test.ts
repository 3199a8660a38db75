// Every free-text field of the profile has an upper bound (issue 10, finding 3: a 6 MB profile was accepted).
import { describe, expect, it } from 'vitest';
import { PROFILE_TEXT_LIMITS, ZInnovationProfile, ZInnovationProfileDraft } from './profile-schema.ts';
import { validProfile } from './test-support.ts';

const over = (n: number) => 'a'.repeat(n + 1);

describe('profile text limits', () => {
  it.each([
    ['namaInisiator', { namaInisiator: over(PROFILE_TEXT_LIMITS.short) }],
    ['tematik', { tematik: over(PROFILE_TEXT_LIMITS.short) }],
    ['pkpn', { pkpn: over(PROFILE_TEXT_LIMITS.short) }],
    ['tujuan', { tujuan: over(PROFILE_TEXT_LIMITS.goal) }],
    ['manfaat', { manfaat: over(PROFILE_TEXT_LIMITS.goal) }],
    ['hasil', { hasil: over(PROFILE_TEXT_LIMITS.goal) }],
    ['rancangBangun.permasalahan', { rancangBangun: { permasalahan: over(PROFILE_TEXT_LIMITS.section) } }],
    ['anggaran.sumber', { anggaran: { jumlah: 1, sumber: over(PROFILE_TEXT_LIMITS.short) } }],
    ['videoUrl', { videoUrl: `https://video.example/${over(PROFILE_TEXT_LIMITS.url)}` }],
  ])('refuses %s over its limit, in a draft and in a full profile', (path, patch) => {
    const draft = ZInnovationProfileDraft.safeParse(patch);
    expect(draft.success).toBe(false);
    expect(draft.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
    expect(draft.error?.issues[0]?.message).toMatch(/paling banyak [\d.]+ karakter/);
    const full = validProfile();
    const merged = {
      ...full,
      ...patch,
      rancangBangun: { ...full.rancangBangun, ...('rancangBangun' in patch ? patch.rancangBangun : {}) },
    };
    expect(ZInnovationProfile.safeParse(merged).success).toBe(false);
  });

  it('accepts every field at its limit', () => {
    const full = validProfile();
    const atLimit = {
      ...full,
      namaInisiator: 'a'.repeat(PROFILE_TEXT_LIMITS.short),
      tujuan: 'a'.repeat(PROFILE_TEXT_LIMITS.goal),
      rancangBangun: { ...full.rancangBangun, dasarHukum: 'a'.repeat(PROFILE_TEXT_LIMITS.section) },
    };
    expect(ZInnovationProfile.safeParse(atLimit).success).toBe(true);
  });
});

describe('video link', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://video.example/a.mp4'])(
    'refuses %s',
    (videoUrl) => {
      const parsed = ZInnovationProfileDraft.safeParse({ videoUrl });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('Tautan video harus diawali http:// atau https://');
    },
  );

  it.each(['https://www.youtube.com/watch?v=abc', 'http://video.patikab.go.id/a.mp4'])(
    'accepts %s',
    (videoUrl) => {
      expect(ZInnovationProfileDraft.safeParse({ videoUrl }).success).toBe(true);
    },
  );
});
