-- Stamp an evidence file the first time it is attached to an answer (evidence.attach, carry-over, seed, restore):
-- the API's housekeeping job removes only files that were NEVER attached, after a grace period.
CREATE OR REPLACE FUNCTION inovda_evidence_first_attached() RETURNS trigger AS $$
BEGIN
  UPDATE "EvidenceFile" SET "firstAttachedAt" = NEW."attachedAt"
   WHERE id = NEW."evidenceId" AND "firstAttachedAt" IS NULL;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AnswerEvidence_first_attached"
  AFTER INSERT ON "AnswerEvidence"
  FOR EACH ROW EXECUTE FUNCTION inovda_evidence_first_attached();

-- Files attached now, and files attached once and detached since (their id is in an answer's audited evidence).
UPDATE "EvidenceFile" e SET "firstAttachedAt" = l.first
  FROM (SELECT "evidenceId", min("attachedAt") AS first FROM "AnswerEvidence" GROUP BY "evidenceId") l
 WHERE e.id = l."evidenceId";
UPDATE "EvidenceFile" e SET "firstAttachedAt" = e."createdAt"
 WHERE e."firstAttachedAt" IS NULL
   AND EXISTS (SELECT 1 FROM "AuditEvent" a
                WHERE a.entity = 'IndicatorAnswer'
                  AND (a.after -> 'evidenceIds' ? e.id OR a.before -> 'evidenceIds' ? e.id));
