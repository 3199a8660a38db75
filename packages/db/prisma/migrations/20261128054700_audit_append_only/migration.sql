-- The audit log is append-only at the database level: any UPDATE, DELETE or TRUNCATE of "AuditEvent"
-- fails, whoever runs it (the API, a script or a console). Written by hand; Prisma does not model triggers.
CREATE FUNCTION "audit_event_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AUDIT.APPEND_ONLY: log audit hanya boleh ditambah, % ditolak / the audit log is append-only, % rejected', TG_OP, TG_OP
    USING ERRCODE = 'P0001', HINT = 'AuditEvent rows can only be inserted.';
END;
$$;

CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_reject_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_reject_change"();
