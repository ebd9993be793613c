-- CreateTable
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "search_words_word_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);


-- The vocabulary of what is already indexed: skill names and offer titles (never people's free text or names).
INSERT INTO search_words (word)
SELECT DISTINCT w FROM (
  SELECT name AS t FROM skills
  UNION ALL SELECT s->>'name' FROM search_candidates c, jsonb_array_elements(c.doc->'skills') AS s
  UNION ALL SELECT s->>'name' FROM search_offers o, jsonb_array_elements(o.doc->'skills') AS s
  UNION ALL SELECT doc->>'title' FROM search_offers
) AS x, regexp_split_to_table(lower(unaccent(coalesce(x.t, ''))), '[^[:alnum:]+#]+') AS w
WHERE length(w) >= 3
ON CONFLICT (word) DO NOTHING;
