-- A frozen package is evidence of what was sent, so the database keeps it as frozen, whoever writes (the API,
-- a script or a console): a "PackageSnapshot" row can only get its send stamp ("sentAt", "sentById"), once;
-- every other change, a delete or a TRUNCATE fails. "PackageSnapshotItem" rows can only be inserted.
-- Written by hand; Prisma does not model triggers.
CREATE FUNCTION "package_snapshot_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'PackageSnapshot' THEN
    -- Only here may OLD and NEW be read as a PackageSnapshot row (an item row has no "sentAt").
    IF OLD."sentAt" IS NULL AND NEW."sentAt" IS NOT NULL AND NEW."sentById" IS NOT NULL
       AND (to_jsonb(NEW) - 'sentAt' - 'sentById') = (to_jsonb(OLD) - 'sentAt' - 'sentById') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'PACKAGE.FROZEN: paket yang dibekukan tidak dapat diubah, % pada % ditolak / a frozen package cannot change, % on % rejected', TG_OP, TG_TABLE_NAME, TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'P0001', HINT = 'Only the send stamp of a PackageSnapshot can be set, once.';
END;
$$;

CREATE TRIGGER "PackageSnapshot_frozen"
  BEFORE UPDATE OR DELETE ON "PackageSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "package_snapshot_reject_change"();

CREATE TRIGGER "PackageSnapshot_no_truncate"
  BEFORE TRUNCATE ON "PackageSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "package_snapshot_reject_change"();

CREATE TRIGGER "PackageSnapshotItem_frozen"
  BEFORE UPDATE OR DELETE ON "PackageSnapshotItem"
  FOR EACH ROW EXECUTE FUNCTION "package_snapshot_reject_change"();

CREATE TRIGGER "PackageSnapshotItem_no_truncate"
  BEFORE TRUNCATE ON "PackageSnapshotItem"
  FOR EACH STATEMENT EXECUTE FUNCTION "package_snapshot_reject_change"();
