-- CreateTable
CREATE TABLE "kpi_daily_counts" (
    "day" DATE NOT NULL,
    "metric" VARCHAR(40) NOT NULL,
    "key" VARCHAR(80) NOT NULL DEFAULT '',
    "n" INTEGER NOT NULL,

    CONSTRAINT "kpi_daily_counts_pkey" PRIMARY KEY ("day","metric","key")
);

-- CreateTable
CREATE TABLE "kpi_dirty_days" (
    "day" DATE NOT NULL,
    "marked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kpi_dirty_days_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "kpi_daily_counts_metric_day_idx" ON "kpi_daily_counts"("metric", "day");

-- CreateIndex
CREATE INDEX "applications_created_at_idx" ON "applications"("created_at");

-- CreateIndex
CREATE INDEX "applications_candidate_id_created_at_id_idx" ON "applications"("candidate_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "contact_requests_created_at_idx" ON "contact_requests"("created_at");

-- CreateIndex
CREATE INDEX "offers_published_at_idx" ON "offers"("published_at");

-- CreateIndex
CREATE INDEX "offers_closed_at_idx" ON "offers"("closed_at");


-- KPI dirty-day marking (docs/decisions/0012-kpi-aggregates.md). Every write that can change a KPI figure of a
-- Paris calendar day marks that day; the worker (and the API, before it reads) recomputes marked days. The day
-- of a row is the day it is counted on: registration, verification, publication, closing, application, request.
CREATE FUNCTION kpi_mark_day(ts timestamptz) RETURNS void LANGUAGE sql AS $$
  INSERT INTO kpi_dirty_days (day) SELECT (ts AT TIME ZONE 'Europe/Paris')::date WHERE ts IS NOT NULL
  ON CONFLICT (day) DO NOTHING
$$;

-- One row version (OLD or NEW, as jsonb) of a source table → the day(s) it counts on.
CREATE FUNCTION kpi_mark_version(tbl text, r jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  CASE tbl
    WHEN 'users' THEN
      IF r->>'role' = 'CANDIDATE' THEN PERFORM kpi_mark_day((r->>'created_at')::timestamptz); END IF;
    WHEN 'candidate_profiles' THEN
      PERFORM kpi_mark_day((SELECT u.created_at FROM users u WHERE u.id = (r->>'user_id')::uuid));
      -- Applicants are counted by their profile's gender on the days they applied.
      PERFORM kpi_mark_day(a.created_at) FROM applications a WHERE a.candidate_id = (r->>'id')::uuid;
    WHEN 'candidate_role_families', 'trainings' THEN
      PERFORM kpi_mark_day((SELECT u.created_at FROM candidate_profiles p JOIN users u ON u.id = p.user_id
                            WHERE p.id = (r->>'candidate_id')::uuid));
    WHEN 'companies' THEN
      PERFORM kpi_mark_day((r->>'created_at')::timestamptz);
      PERFORM kpi_mark_day((r->>'verified_at')::timestamptz);
    WHEN 'offers' THEN
      PERFORM kpi_mark_day((r->>'published_at')::timestamptz);
      PERFORM kpi_mark_day((r->>'closed_at')::timestamptz);
    WHEN 'applications' THEN
      PERFORM kpi_mark_day((r->>'created_at')::timestamptz);
      -- The candidate's next application: its "previous application" (applicants count) changes.
      PERFORM kpi_mark_day((SELECT min(a.created_at) FROM applications a
                            WHERE a.candidate_id = (r->>'candidate_id')::uuid AND a.created_at >= (r->>'created_at')::timestamptz
                              AND a.id <> (r->>'id')::uuid));
    WHEN 'contact_requests' THEN
      PERFORM kpi_mark_day((r->>'created_at')::timestamptz);
    WHEN 'application_status_changes' THEN
      PERFORM kpi_mark_day((SELECT a.created_at FROM applications a WHERE a.id = (r->>'application_id')::uuid));
  END CASE;
END
$$;

CREATE FUNCTION kpi_mark_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM kpi_mark_version(TG_TABLE_NAME, to_jsonb(OLD)); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM kpi_mark_version(TG_TABLE_NAME, to_jsonb(NEW)); END IF;
  RETURN NULL;
END
$$;

-- UPDATE triggers list only the columns a KPI reads, so logins, edits of other fields etc. mark nothing.
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE OF role, created_at ON users
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE OF user_id, basin_code, track, gender ON candidate_profiles
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE ON candidate_role_families
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE OF candidate_id, route ON trainings
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE OF created_at, verified_at, basin_code, support_structure ON companies
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE OF published_at, closed_at, status, close_reason, role_family_code, basin_code, contract_type ON offers
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE OF created_at, status, candidate_id ON applications
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE ON application_status_changes
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();
CREATE TRIGGER kpi_dirty AFTER INSERT OR DELETE OR UPDATE OF created_at, status ON contact_requests
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_row();

-- Existing data: every day that has something to count starts dirty (the first refresh builds it).
INSERT INTO kpi_dirty_days (day)
SELECT DISTINCT (ts AT TIME ZONE 'Europe/Paris')::date FROM (
  SELECT created_at AS ts FROM users WHERE role = 'CANDIDATE'
  UNION ALL SELECT created_at FROM companies UNION ALL SELECT verified_at FROM companies
  UNION ALL SELECT published_at FROM offers UNION ALL SELECT closed_at FROM offers
  UNION ALL SELECT created_at FROM applications UNION ALL SELECT created_at FROM contact_requests
) AS t WHERE ts IS NOT NULL
ON CONFLICT (day) DO NOTHING;
