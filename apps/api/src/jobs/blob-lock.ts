// The advisory-lock key of one stored content (sha256). The upload path holds it while it writes the evidence row
// and the housekeeping sweep while it decides whether bytes nobody refers to may go, so a new upload of the same
// content never ends with a row whose bytes were just deleted.
export function blobLockKey(sha256: string): string {
  return `inovda.blob:${sha256}`;
}
