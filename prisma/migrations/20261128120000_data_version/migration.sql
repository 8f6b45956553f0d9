-- A counter every committed change to what charts show moves on, so a process may keep a chart it has drawn
-- while the counter stands where it was (lib/charts/cache.ts). One row; the triggers below bump it once per
-- transaction, at commit (deferred), so the row lock is held for an instant however long the transaction.
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- once per transaction: a 100,000-row import bumps it once
  IF current_setting('conflict_figures.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('conflict_figures.data_version_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION bump_data_version_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

-- every table a chart, its legend, its points' provenance or its events read from
CREATE CONSTRAINT TRIGGER "Figure_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Figure" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "Report_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Report" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "Source_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Source" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "Metric_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Metric" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "Conflict_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Conflict" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "Annotation_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Annotation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();

-- TRUNCATE fires no row trigger
CREATE TRIGGER "Figure_data_version_truncate" AFTER TRUNCATE ON "Figure" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_now();
CREATE TRIGGER "Report_data_version_truncate" AFTER TRUNCATE ON "Report" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_now();
CREATE TRIGGER "Source_data_version_truncate" AFTER TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_now();
CREATE TRIGGER "Metric_data_version_truncate" AFTER TRUNCATE ON "Metric" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_now();
CREATE TRIGGER "Conflict_data_version_truncate" AFTER TRUNCATE ON "Conflict" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_now();
CREATE TRIGGER "Annotation_data_version_truncate" AFTER TRUNCATE ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_now();
