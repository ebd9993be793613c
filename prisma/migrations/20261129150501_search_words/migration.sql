-- CreateTable
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "search_words_word_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);


-- The vocabulary of documents already indexed (new ones add their words when upserted).
INSERT INTO search_words (word)
SELECT DISTINCT w FROM (
  SELECT search_text FROM search_candidates UNION ALL SELECT search_text FROM search_offers
) AS s, regexp_split_to_table(s.search_text, '[^[:alnum:]+#]+') AS w
WHERE length(w) >= 3
ON CONFLICT (word) DO NOTHING;
