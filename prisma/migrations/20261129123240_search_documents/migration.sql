-- Document tables of the PostgreSQL search engine (search/postgres/). Derived data written only by the
-- indexer; tsv is filled by the upsert SQL (unaccent() is not IMMUTABLE, so no generated column), search_text
-- (lower, unaccented) feeds the pg_trgm typo tolerance. pg_trgm and unaccent come from the init migration.

-- CreateTable
CREATE TABLE "search_candidates" (
    "id" UUID NOT NULL,
    "role_families" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "track" VARCHAR(20),
    "basin_code" VARCHAR(40),
    "contract_types" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "available_from" DATE,
    "years_of_experience" INTEGER NOT NULL DEFAULT 0,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "doc" JSONB NOT NULL,
    "search_text" TEXT NOT NULL,
    "tsv" tsvector NOT NULL,

    CONSTRAINT "search_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_offers" (
    "id" UUID NOT NULL,
    "role_family" VARCHAR(40) NOT NULL,
    "skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "basin_code" VARCHAR(40) NOT NULL,
    "contract_type" VARCHAR(20) NOT NULL,
    "remote_policy" VARCHAR(20) NOT NULL,
    "experience_level" VARCHAR(20) NOT NULL,
    "salary_min" INTEGER,
    "salary_max" INTEGER,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "published_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "doc" JSONB NOT NULL,
    "search_text" TEXT NOT NULL,
    "tsv" tsvector NOT NULL,

    CONSTRAINT "search_offers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "search_candidates_role_families_idx" ON "search_candidates" USING GIN ("role_families");

-- CreateIndex
CREATE INDEX "search_candidates_skills_idx" ON "search_candidates" USING GIN ("skills");

-- CreateIndex
CREATE INDEX "search_candidates_contract_types_idx" ON "search_candidates" USING GIN ("contract_types");

-- CreateIndex
CREATE INDEX "search_candidates_track_idx" ON "search_candidates"("track");

-- CreateIndex
CREATE INDEX "search_candidates_basin_code_idx" ON "search_candidates"("basin_code");

-- CreateIndex
CREATE INDEX "search_candidates_available_from_idx" ON "search_candidates"("available_from");

-- CreateIndex
CREATE INDEX "search_candidates_years_of_experience_idx" ON "search_candidates"("years_of_experience");

-- CreateIndex
CREATE INDEX "search_candidates_updated_at_idx" ON "search_candidates"("updated_at");

-- CreateIndex
CREATE INDEX "search_candidates_lat_lon_idx" ON "search_candidates"("lat", "lon");

-- CreateIndex
CREATE INDEX "search_candidates_tsv_idx" ON "search_candidates" USING GIN ("tsv");

-- CreateIndex
CREATE INDEX "search_candidates_search_text_idx" ON "search_candidates" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_offers_role_family_idx" ON "search_offers"("role_family");

-- CreateIndex
CREATE INDEX "search_offers_skills_idx" ON "search_offers" USING GIN ("skills");

-- CreateIndex
CREATE INDEX "search_offers_basin_code_idx" ON "search_offers"("basin_code");

-- CreateIndex
CREATE INDEX "search_offers_contract_type_idx" ON "search_offers"("contract_type");

-- CreateIndex
CREATE INDEX "search_offers_remote_policy_idx" ON "search_offers"("remote_policy");

-- CreateIndex
CREATE INDEX "search_offers_experience_level_idx" ON "search_offers"("experience_level");

-- CreateIndex
CREATE INDEX "search_offers_published_at_idx" ON "search_offers"("published_at");

-- CreateIndex
CREATE INDEX "search_offers_lat_lon_idx" ON "search_offers"("lat", "lon");

-- CreateIndex
CREATE INDEX "search_offers_tsv_idx" ON "search_offers" USING GIN ("tsv");

-- CreateIndex
CREATE INDEX "search_offers_search_text_idx" ON "search_offers" USING GIN ("search_text" gin_trgm_ops);
