import { describe, expect, it } from 'vitest';
import { acceptAttribute, guessFileKind, previewKind } from './file-kinds';

describe('acceptAttribute', () => {
  it('lists MIME types and extensions of the allowed kinds', () => {
    expect(acceptAttribute(['PDF'])).toBe('application/pdf,.pdf');
    expect(acceptAttribute(['JPEG', 'PNG'])).toBe('image/jpeg,.jpg,.jpeg,image/png,.png');
  });
});

describe('guessFileKind', () => {
  it.each([
    [{ name: 'SK Bupati.PDF', type: '' }, 'PDF'],
    [{ name: 'foto', type: 'image/jpeg' }, 'JPEG'],
    [{ name: 'layar.jpeg', type: '' }, 'JPEG'],
    [{ name: 'layar.png', type: 'image/png' }, 'PNG'],
    [{ name: 'video.mp4', type: 'video/mp4' }, 'MP4'],
    [
      {
        name: 'laporan.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      null,
    ],
  ] as const)('%o -> %s', (file, kind) => {
    expect(guessFileKind(file)).toBe(kind);
  });
});

describe('previewKind', () => {
  it.each([
    ['PDF', 'pdf'],
    ['JPEG', 'image'],
    ['PNG', 'image'],
    ['MP4', 'video'],
    ['ZIP', 'none'],
  ])('%s -> %s', (kind, view) => {
    expect(previewKind(kind)).toBe(view);
  });
});
