/**
 * Reverse matching of saved searches (alerts) against ONE item, in PostgreSQL: the item's search document is
 * built by the same SQL the PostgreSQL search engine stores (documentRowsSql), and every active alert of the
 * right kind is compared with it — filters from the alert's JSON, free text through the french unaccented
 * tsvector — in one statement per batch of alerts (keyset on alert id). The same statement records the
 * deliveries (INSERT … ON CONFLICT DO NOTHING: an alert gets an item once, ever), writes the in-app
 * notifications of the INSTANT alerts that got a new delivery and stamps their last_run_at, so a delivery never
 * exists without its notification, nor the reverse.
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
  /** Keyset: only alerts with a greater id. */
  afterAlertId: string;
  limit: number;
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

const filter = (name: string) => Prisma.raw(`a.filters->'${name}'`);
const textList = (name: string) => Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(${filter(name)}))`;
/** An absent (or empty) list filter constrains nothing. */
const listFilter = (name: string, condition: Prisma.Sql) => Prisma.sql`(coalesce(${filter(name)}, '[]'::jsonb) = '[]'::jsonb OR ${condition})`;
/** The document's single value is one of the alert's values (a JSON array contains a scalar it lists). */
const oneOf = (name: string, column: string) => listFilter(name, Prisma.sql`${filter(name)} @> to_jsonb(${Prisma.raw(`d.${column}`)})`);
/** The document's values and the alert's share at least one. */
const anyOf = (name: string, column: string) => listFilter(name, Prisma.sql`${textList(name)} && ${Prisma.raw(`d.${column}`)}`);

/** Within the alert's radius of the item's point (its basin's centre when it has none); same haversine as search. */
const geoFilter = Prisma.sql`(${filter('radiusKm')} IS NULL OR (d.glat IS NOT NULL AND 6371 * 2 * asin(least(1, sqrt(
    power(sin(radians(d.glat - (a.filters->>'lat')::float8) / 2), 2)
    + cos(radians((a.filters->>'lat')::float8)) * cos(radians(d.glat)) * power(sin(radians(d.glon - (a.filters->>'lon')::float8) / 2), 2))))
  <= (a.filters->>'radiusKm')::float8))`;

/** Every word of the alert's query (the first MAX_QUERY_TERMS, as in search) is found in the document. */
const textFilter = Prisma.sql`NOT EXISTS (
    SELECT 1 FROM regexp_split_to_table(btrim(regexp_replace(lower(unaccent(a.query)), '[^a-z0-9+#]+', ' ', 'g')), ' ')
      WITH ORDINALITY AS w(term, n)
    WHERE w.term <> '' AND w.n <= ${MAX_QUERY_TERMS}
      AND numnode(plainto_tsquery('french', w.term)) > 0
      AND NOT (d.tsv_x @@ plainto_tsquery('french', w.term))
      AND NOT (w.term <<% d.text_x))`;

function itemConditions(item: FanOutItem): Prisma.Sql[] {
  if (item.kind === 'OFFERS') {
    return [
      oneOf('roleFamily', 'role_family'),
      oneOf('basin', 'basin_code'),
      oneOf('contractType', 'contract_type'),
      oneOf('remote', 'remote_policy'),
      // Recruiters of the publishing company are not alerted about their own offers.
      Prisma.sql`NOT EXISTS (SELECT 1 FROM company_memberships cm WHERE cm.user_id = a.user_id AND cm.company_id = ${item.companyId}::uuid)`,
    ];
  }
  return [
    anyOf('roleFamily', 'role_families'),
    listFilter('skills', Prisma.sql`ARRAY(SELECT ${slugOf(Prisma.sql`s`)} FROM jsonb_array_elements_text(${filter('skills')}) AS s) <@ d.skills`),
    oneOf('track', 'track'),
    oneOf('basin', 'basin_code'),
    anyOf('contractType', 'contract_types'),
    Prisma.sql`(${filter('minExperience')} IS NULL OR d.years_of_experience >= (a.filters->>'minExperience')::int)`,
    // Talent alerts reach the people who may search talents: admins and members of a verified, active company.
    Prisma.sql`(u.role = 'ADMIN' OR EXISTS (SELECT 1 FROM company_memberships cm JOIN companies c ON c.id = cm.company_id
      WHERE cm.user_id = a.user_id AND c.verified_at IS NOT NULL AND c.suspended_at IS NULL))`,
  ];
}

/** One batch: match, record deliveries and notifications, stamp last_run_at; returns the matched alerts. */
export function fanOutBatchSql(batch: FanOutBatch): Prisma.Sql {
  const { item, title, excludedUserIds, since, afterAlertId, limit } = batch;
  const index = item.kind === 'OFFERS' ? 'offers' : 'candidates';
  const itemId = item.doc.id;
  const payload = Prisma.sql`jsonb_build_object('alertId', m.id, 'alertName', m.name, 'kind', m.kind::text, 'itemId', ${itemId}::text, 'title', ${title}::text)`;
  return Prisma.sql`
    WITH doc AS (${documentRowsSql(index, [item.doc])}),
    syn AS (
      SELECT coalesce(string_agg(t.term, ' '), '') AS extra
      FROM doc, jsonb_array_elements(${SYNONYMS_JSON}::jsonb) AS g(terms), jsonb_array_elements_text(g.terms) AS t(term)
      WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(g.terms) AS s(term) WHERE doc.tsv @@ phraseto_tsquery('french', s.term))
    ),
    d AS (
      SELECT doc.*, doc.tsv || to_tsvector('french', syn.extra) AS tsv_x, doc.search_text || ' ' || syn.extra AS text_x,
        coalesce(doc.lat, b.lat) AS glat, coalesce(doc.lon, b.lon) AS glon
      FROM doc CROSS JOIN syn LEFT JOIN basins b ON b.code = doc.basin_code
    ),
    matched AS (
      SELECT a.id, a.user_id, a.name, a.kind, a.frequency
      FROM alerts a JOIN users u ON u.id = a.user_id CROSS JOIN d
      WHERE a.kind = ${item.kind}::"AlertKind" AND a.id > ${afterAlertId}::uuid
        AND a.unsubscribed_at IS NULL AND u.suspended_at IS NULL AND u.archived_at IS NULL
        AND a.user_id <> ALL(${excludedUserIds}::uuid[])
        AND ${Prisma.join(itemConditions(item), ' AND ')}
        AND ${geoFilter}
        AND ${textFilter}
      ORDER BY a.id
      LIMIT ${limit}
    ),
    ins AS (
      INSERT INTO alert_deliveries (id, alert_id, item_id, created_at)
      SELECT ${UUID_V7}, m.id, ${itemId}::uuid, now() FROM matched m
      ON CONFLICT (alert_id, item_id) DO NOTHING
      RETURNING alert_id
    ),
    notified AS (
      INSERT INTO notifications (id, user_id, type, payload, created_at)
      SELECT ${UUID_V7}, m.user_id, 'alert.match', ${payload}, now()
      FROM ins JOIN matched m ON m.id = ins.alert_id
      WHERE m.frequency = 'INSTANT'
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
