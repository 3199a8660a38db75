-- An identical upload by another unit gets its own EvidenceFile row (its own id and name); the blob stays
-- shared by sha256 in the store. The (regionId, sha256) pair is therefore no longer unique, only indexed.
-- DropIndex
DROP INDEX "EvidenceFile_regionId_sha256_key";

-- CreateIndex
CREATE INDEX "EvidenceFile_regionId_sha256_idx" ON "EvidenceFile"("regionId", "sha256");
