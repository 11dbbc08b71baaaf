-- Every gateway process caches applications, user pools and signing keys, and drops its copy when told that one
-- of these tables changed: a trigger, so that every write is told, including those made by hand in psql or by a
-- script (NOTIFY is delivered at commit, and not at all when the transaction rolls back).
CREATE FUNCTION "notify_settings_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gateway_settings', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Application_settings_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Application"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_settings_change"();

CREATE TRIGGER "UserPool_settings_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UserPool"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_settings_change"();

CREATE TRIGGER "SigningKey_settings_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SigningKey"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_settings_change"();
