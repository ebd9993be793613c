-- The talent search's hot table gets narrow (docs/decisions/0007-search-engine.md, "Narrow hot table"): every
-- search reads the rows of its whole match set, so search_candidates keeps only what filters, ranking and
-- facets need. The displayed document moves to search_candidate_docs, read for the ~20 rows of a page;
-- search_text and its trigram index go (typo tolerance works on the search_words vocabulary since
-- 20261129150501; the worker's alert matching computes its text from the document, not from this column).

-- CreateTable
CREATE TABLE "search_candidate_docs" (
    "id" UUID NOT NULL,
    "doc" JSONB NOT NULL,

    CONSTRAINT "search_candidate_docs_pkey" PRIMARY KEY ("id")
);

-- Move the documents
INSERT INTO "search_candidate_docs" ("id", "doc") SELECT "id", "doc" FROM "search_candidates";

-- AddForeignKey
ALTER TABLE "search_candidate_docs" ADD CONSTRAINT "search_candidate_docs_id_fkey" FOREIGN KEY ("id") REFERENCES "search_candidates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- DropIndex
DROP INDEX "search_candidates_search_text_idx";

-- AlterTable
ALTER TABLE "search_candidates" DROP COLUMN "doc",
DROP COLUMN "search_text";

-- Dropped columns keep their bytes in the heap until rows are rewritten; CLUSTER rewrites the table now (it
-- nulls dropped columns, and unlike VACUUM FULL it may run inside the migration's transaction).
CLUSTER "search_candidates" USING "search_candidates_pkey";
