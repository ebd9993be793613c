/**
 * Reverse matching of saved searches (alerts) against ONE item, in PostgreSQL. First the item's search document
 * is computed once by the same SQL the PostgreSQL search engine stores (documentRowsSql: french unaccented
 * tsvector, unaccented text); then every active alert of the right kind is compared with it — filters from the
 * alert's JSON, free text against the tsvector — in one statement per batch of alerts (a range of alert ids), the
 * document's values being plain parameters (so the planner sees a scan of alerts, not a join with a row whose
 * size it cannot estimate). The same statement records the deliveries (INSERT … ON CONFLICT DO NOTHING: an
 * alert gets an item once, ever), writes the in-app notifications of the INSTANT alerts that got a new delivery
 * and stamps their last_run_at, so a delivery never exists without its notification, nor the reverse.
 *
 * Synonyms are applied to the document rather than to each alert's query: the groups of synonyms.ts that the
 * document contains are appended to its text, so an alert written "js" finds a "JavaScript" offer and "machine
 * learning" finds "ML", without expanding 10,000 queries. Each word of the query must then match the document,
 * as in search: by full text (stemmed, unaccented) or by trigram word similarity (typos).
 */
import { Prisma } from '@talents/db';
import { documentRowsSql, MAX_QUERY_TERMS, normaliseTerm, SYNONYM_GROUPS, type CandidateDocument, type OfferDocument } from '@talents/search';

export type FanOutItem =
  | { kind: 'OFFERS'; doc: OfferDocument; companyId: string }
  | { kind: 'TALENTS'; doc: CandidateDocument };

export interface FanOutBatch {
  item: FanOutItem;
  /** Shown in the notification (offer title, profile headline). */
  title: string | null;
  /** Users who never receive this item (its author). */
  excludedUserIds: string[];
  /** Deliveries created at or after this instant for this item were made by this event (an earlier attempt). */
  since: Date;
  /** The batch is the alerts with afterAlertId < id <= upToAlertId (null: to the end). */
  afterAlertId: string;
  upToAlertId: string | null;
}

export interface FanOutRow {
  alertId: string;
  userId: string;
  frequency: 'INSTANT' | 'DAILY' | 'WEEKLY';
  /** The delivery was recorded by this statement (and, for INSTANT, its notification written). */
  inserted: boolean;
  /** The delivery comes from this event (now or on an earlier attempt): its mail must be queued (deduplicated). */
  fromThisEvent: boolean;
}

export const FIRST_ALERT_ID = '00000000-0000-0000-0000-000000000000';

/** A time-ordered uuid (v7) like the ones Prisma generates: random v4 with the millisecond clock laid over it. */
const UUID_V7 = Prisma.sql`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
  placing substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid`;

/** The synonym groups as the document side sees them (lower-case, unaccented). */
const SYNONYMS_JSON = JSON.stringify(SYNONYM_GROUPS.map((group) => group.map(normaliseTerm)));

/** Same rule as skillSlug() in @talents/db: "Node.js" → "node-js", "C#" → "csharp". */
const slugOf = (expr: Prisma.Sql) =>
  Prisma.sql`left(btrim(regexp_replace(replace(replace(lower(unaccent(${expr})), '#', 'sharp'), '+', 'plus'), '[^a-z0-9]+', '-', 'g'), '-'), 80)`;

/** The item's document as the matching needs it: filter values, tsvector (as text), text, point. */
export interface MatchDocument {
  tsv: string;
  text: string;
  lat: number | null;
  lon: number | null;
  /** Single-valued filter columns (offers: role_family, basin_code…; candidates: track, basin_code). */
  values: Record<string, string | null>;
  /** Multi-valued filter columns (candidates: role_families, skills, contract_types). */
  lists: Record<string, string[]>;
  yearsOfExperience: number | null;
}

const SINGLE: Record<FanOutItem['kind'], string[]> = {
  OFFERS: ['role_family', 'basin_code', 'contract_type', 'remote_policy'],
  TALENTS: ['track', 'basin_code'],
};
const LISTS: Record<FanOutItem['kind'], string[]> = { OFFERS: [], TALENTS: ['role_families', 'skills', 'contract_types'] };

/**
 * The document row of the item, with the synonym groups it contains appended to its tsvector and text, and its
 * point (its basin's centre when it has none, as the offer search does).
 */
export function matchDocumentSql(item: FanOutItem): Prisma.Sql {
  const index = item.kind === 'OFFERS' ? 'offers' : 'candidates';
  return Prisma.sql`
    WITH item_doc AS (${documentRowsSql(index, [item.doc])}),
    syn AS (
      SELECT coalesce(string_agg(t.term, ' '), '') AS extra
      FROM item_doc, jsonb_array_elements(${SYNONYMS_JSON}::jsonb) AS g(terms), jsonb_array_elements_text(g.terms) AS t(term)
      WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(g.terms) AS s(term) WHERE item_doc.tsv @@ phraseto_tsquery('french', s.term))
    )
    SELECT (i.tsv || to_tsvector('french', syn.extra))::text AS tsv, i.search_text || ' ' || syn.extra AS text,
      coalesce(i.lat, b.lat) AS lat, coalesce(i.lon, b.lon) AS lon, to_jsonb(i) - 'doc' - 'tsv' - 'search_text' AS row
    FROM item_doc AS i CROSS JOIN syn LEFT JOIN basins b ON b.code = i.basin_code`;
}

export interface MatchDocumentRow {
  tsv: string;
  text: string;
  lat: number | null;
  lon: number | null;
  row: Record<string, unknown>;
}

export function toMatchDocument(item: FanOutItem, row: MatchDocumentRow): MatchDocument {
  const values = Object.fromEntries(SINGLE[item.kind].map((c) => [c, (row.row[c] as string | null) ?? null]));
  const lists = Object.fromEntries(LISTS[item.kind].map((c) => [c, (row.row[c] as string[] | null) ?? []]));
  const years = row.row.years_of_experience;
  return { tsv: row.tsv, text: row.text, lat: row.lat, lon: row.lon, values, lists, yearsOfExperience: typeof years === 'number' ? years : null };
}

const filter = (name: string) => Prisma.raw(`a.filters->'${name}'`);
const textList = (name: string) => Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(${filter(name)}))`;
/** An absent (or empty) list filter constrains nothing. */
const listFilter = (name: string, condition: Prisma.Sql) => Prisma.sql`(coalesce(${filter(name)}, '[]'::jsonb) = '[]'::jsonb OR ${condition})`;
/** The document's single value is one of the alert's values (a JSON array contains a scalar it lists). */
const oneOf = (name: string, value: string | null) => listFilter(name, Prisma.sql`${filter(name)} @> to_jsonb(${value}::text)`);
/** The document's values and the alert's share at least one. */
const anyOf = (name: string, values: string[]) => listFilter(name, Prisma.sql`${textList(name)} && ${values}::text[]`);

/** Within the alert's radius of the item's point; same haversine as search. An item without a point is outside. */
function geoFilter(doc: MatchDocument): Prisma.Sql {
  if (doc.lat === null || doc.lon === null) return Prisma.sql`${filter('radiusKm')} IS NULL`;
  const [lat, lon] = [Prisma.sql`${doc.lat}::float8`, Prisma.sql`${doc.lon}::float8`];
  return Prisma.sql`(${filter('radiusKm')} IS NULL OR 6371 * 2 * asin(least(1, sqrt(
      power(sin(radians(${lat} - (a.filters->>'lat')::float8) / 2), 2)
      + cos(radians((a.filters->>'lat')::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - (a.filters->>'lon')::float8) / 2), 2))))
    <= (a.filters->>'radiusKm')::float8)`;
}

/** Every word of the alert's query (the first MAX_QUERY_TERMS, as in search) is found in the document. */
function textFilter(doc: MatchDocument): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (
    SELECT 1 FROM regexp_split_to_table(btrim(regexp_replace(lower(unaccent(a.query)), '[^a-z0-9+#]+', ' ', 'g')), ' ')
      WITH ORDINALITY AS w(term, n)
    WHERE w.term <> '' AND w.n <= ${MAX_QUERY_TERMS}
      AND numnode(plainto_tsquery('french', w.term)) > 0
      AND NOT (${doc.tsv}::tsvector @@ plainto_tsquery('french', w.term))
      AND NOT (w.term <<% ${doc.text}::text))`;
}

function itemConditions(item: FanOutItem, doc: MatchDocument): Prisma.Sql[] {
  const { values, lists } = doc;
  if (item.kind === 'OFFERS') {
    return [
      oneOf('roleFamily', values.role_family ?? null),
      oneOf('basin', values.basin_code ?? null),
      oneOf('contractType', values.contract_type ?? null),
      oneOf('remote', values.remote_policy ?? null),
      // Recruiters of the publishing company are not alerted about their own offers.
      Prisma.sql`NOT EXISTS (SELECT 1 FROM company_memberships cm WHERE cm.user_id = a.user_id AND cm.company_id = ${item.companyId}::uuid)`,
    ];
  }
  return [
    anyOf('roleFamily', (lists.role_families ?? [])),
    listFilter('skills', Prisma.sql`ARRAY(SELECT ${slugOf(Prisma.sql`s`)} FROM jsonb_array_elements_text(${filter('skills')}) AS s) <@ ${lists.skills}::text[]`),
    oneOf('track', values.track ?? null),
    oneOf('basin', values.basin_code ?? null),
    anyOf('contractType', (lists.contract_types ?? [])),
    Prisma.sql`(${filter('minExperience')} IS NULL OR ${doc.yearsOfExperience ?? 0}::int >= (a.filters->>'minExperience')::int)`,
    // Talent alerts reach the people who may search talents: admins and members of a verified, active company.
    Prisma.sql`(u.role = 'ADMIN' OR EXISTS (SELECT 1 FROM company_memberships cm JOIN companies c ON c.id = cm.company_id
      WHERE cm.user_id = a.user_id AND c.verified_at IS NOT NULL AND c.suspended_at IS NULL))`,
  ];
}

/**
 * The last id of the next batch of `size` alerts of this kind after `afterAlertId` (no row: the rest is smaller
 * than a batch). Batches are ranges of alerts, not of matches, so each statement reads a bounded slice of the
 * alerts table through its primary key, whether few or all of them match.
 */
export function batchEndSql(kind: FanOutItem['kind'], afterAlertId: string, size: number): Prisma.Sql {
  return Prisma.sql`SELECT id FROM alerts WHERE kind = ${kind}::"AlertKind" AND id > ${afterAlertId}::uuid ORDER BY id OFFSET ${size - 1} LIMIT 1`;
}

/** One batch: match, record deliveries and notifications, stamp last_run_at; returns the matched alerts. */
export function fanOutBatchSql(batch: FanOutBatch, doc: MatchDocument): Prisma.Sql {
  const { item, title, excludedUserIds, since, afterAlertId, upToAlertId } = batch;
  const upTo = upToAlertId === null ? Prisma.empty : Prisma.sql`AND a.id <= ${upToAlertId}::uuid`;
  const itemId = item.doc.id;
  const payload = Prisma.sql`jsonb_build_object('alertId', a.id, 'alertName', a.name, 'kind', a.kind::text, 'itemId', ${itemId}::text, 'title', ${title}::text)`;
  return Prisma.sql`
    WITH matched AS (
      SELECT a.id, a.user_id, a.frequency
      FROM alerts a JOIN users u ON u.id = a.user_id
      WHERE a.kind = ${item.kind}::"AlertKind" AND a.id > ${afterAlertId}::uuid ${upTo}
        AND a.unsubscribed_at IS NULL AND u.suspended_at IS NULL AND u.archived_at IS NULL
        AND a.user_id <> ALL(${excludedUserIds}::uuid[])
        AND ${Prisma.join(itemConditions(item, doc), ' AND ')}
        AND ${geoFilter(doc)}
        AND ${textFilter(doc)}
    ),
    -- An INSTANT delivery is sent now: marked digested, so a later switch to DAILY does not send it again.
    ins AS (
      INSERT INTO alert_deliveries (id, alert_id, item_id, created_at, digested_at)
      SELECT ${UUID_V7}, m.id, ${itemId}::uuid, now(), CASE WHEN m.frequency = 'INSTANT' THEN now() END FROM matched m
      ON CONFLICT (alert_id, item_id) DO NOTHING
      RETURNING alert_id
    ),
    -- The alert's row by primary key (not a join of the two CTEs, whose sizes the planner cannot know).
    notified AS (
      INSERT INTO notifications (id, user_id, type, payload, created_at)
      SELECT ${UUID_V7}, a.user_id, 'alert.match', ${payload}, now()
      FROM ins JOIN alerts a ON a.id = ins.alert_id
      WHERE a.frequency = 'INSTANT'
    ),
    ran AS (
      UPDATE alerts SET last_run_at = now() WHERE id IN (SELECT alert_id FROM ins)
    )
    SELECT m.id AS "alertId", m.user_id AS "userId", m.frequency::text AS frequency,
      (ins.alert_id IS NOT NULL) AS inserted,
      (ins.alert_id IS NOT NULL OR earlier.created_at >= ${since}) AS "fromThisEvent"
    FROM matched m
    LEFT JOIN ins ON ins.alert_id = m.id
    LEFT JOIN alert_deliveries earlier ON earlier.alert_id = m.id AND earlier.item_id = ${itemId}::uuid
    ORDER BY m.id`;
}
