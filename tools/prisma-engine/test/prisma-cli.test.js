'use strict';
// The Prisma CLI (migrate deploy/status/diff/dev/reset, generate) working end
// to end through the stand-in engine, against throwaway PostgreSQL databases.
const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

const MAIN_DB = h.throwawayName('main');
const CREATED_BY_DEV_DB = h.throwawayName('dev');
let dir;

const run = (args, databaseName = MAIN_DB) => h.prisma(dir, args, { databaseName });
const diffArgs = ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma'];
const migrationDirs = () => fs.readdirSync(path.join(dir, 'prisma', 'migrations')).filter((name) => /^\d/.test(name));
const columnsOfTalents = async () =>
  (
    await h.queryDatabase(
      MAIN_DB,
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'talents'",
    )
  ).rows.map((row) => row.column_name);

beforeAll(async () => {
  dir = h.copyFixtureProject();
  await h.createDatabase(MAIN_DB);
});

afterAll(async () => {
  await h.dropDatabases([MAIN_DB, CREATED_BY_DEV_DB]);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('migrate deploy applies the migrations, extensions included, to an empty database', async () => {
  const result = await run(['migrate', 'deploy']);

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('All migrations have been successfully applied.');
  const tables = await h.queryDatabase(
    MAIN_DB,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  expect(tables.rows.map((row) => row.table_name)).toEqual(['_prisma_migrations', 'talents']);
  const extensions = await h.queryDatabase(MAIN_DB, 'SELECT extname FROM pg_extension ORDER BY extname');
  expect(extensions.rows.map((row) => row.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
  const unaccented = await h.queryDatabase(MAIN_DB, "SELECT immutable_unaccent('Élodie Lefèvre') AS name");
  expect(unaccented.rows[0].name).toBe('Elodie Lefevre');
  // The plpgsql trigger (semicolons inside $$) and the CHECK constraint exist.
  const inserted = await h.queryDatabase(
    MAIN_DB,
    "INSERT INTO talents (id, name) VALUES (gen_random_uuid(), '  Noé  ') RETURNING name",
  );
  expect(inserted.rows[0].name).toBe('Noé');
  await expect(
    h.queryDatabase(MAIN_DB, "INSERT INTO talents (id, name) VALUES (gen_random_uuid(), '   ')"),
  ).rejects.toThrow(/talents_name_not_blank/);
});

test('migrate status reports the database as up to date', async () => {
  const result = await run(['migrate', 'status']);

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Database schema is up to date!');
});

test('migrate diff --exit-code finds no drift between migrations and schema', async () => {
  const result = await run([...diffArgs, '--exit-code']);

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('No difference detected.');
});

test('migrate diff --exit-code reports drift once the schema changes', async () => {
  const schemaPath = path.join(dir, 'prisma', 'schema.prisma');
  const schema = fs.readFileSync(schemaPath, 'utf8');
  fs.writeFileSync(schemaPath, schema.replace('  name      String\n', '  name      String\n  bio       String?\n'));

  const summary = await run([...diffArgs, '--exit-code']);
  const script = await run([...diffArgs, '--script']);

  expect(summary.code).toBe(2);
  expect(summary.stdout).toContain('Added column `bio`');
  expect(script.code).toBe(0);
  expect(script.stdout).toContain('ALTER TABLE "talents" ADD COLUMN');
  expect(script.stdout).toContain('"bio" TEXT');
});

test('migrate dev --create-only writes the next migration without applying it', async () => {
  const result = await run(['migrate', 'dev', '--create-only', '--name', 'add_bio']);

  expect(result.code).toBe(0);
  const created = migrationDirs().find((name) => name.endsWith('_add_bio'));
  expect(created).toBeDefined();
  const sql = fs.readFileSync(path.join(dir, 'prisma', 'migrations', created, 'migration.sql'), 'utf8');
  expect(sql).toContain('ALTER TABLE "talents" ADD COLUMN');
  expect(sql).toContain('"bio" TEXT');
  expect(await columnsOfTalents()).not.toContain('bio');
  const status = await run(['migrate', 'status']);
  expect(status.code).toBe(1);
  expect(status.stdout).toContain(created);
});

test('migrate dev applies the pending migration, after which no drift remains', async () => {
  const dev = await run(['migrate', 'dev']);
  const diff = await run([...diffArgs, '--exit-code']);

  expect(dev.code).toBe(0);
  expect(await columnsOfTalents()).toContain('bio');
  expect(diff.code).toBe(0);
});

test('migrate reset --force empties the database and re-applies every migration', async () => {
  await h.queryDatabase(MAIN_DB, "INSERT INTO talents (id, name) VALUES (gen_random_uuid(), 'Camille')");

  const result = await run(['migrate', 'reset', '--force']);

  expect(result.code).toBe(0);
  const talents = await h.queryDatabase(MAIN_DB, 'SELECT count(*)::int AS n FROM talents');
  expect(talents.rows[0].n).toBe(0);
  const applied = await h.queryDatabase(
    MAIN_DB,
    'SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  expect(applied.rows[0].n).toBe(migrationDirs().length);
});

test('a failing migration is reported with the native error code P3018', async () => {
  const broken = path.join(dir, 'prisma', 'migrations', '29991231000000_broken');
  fs.mkdirSync(broken);
  fs.writeFileSync(path.join(broken, 'migration.sql'), 'CREATE TABLE "half_done" (id int);\nSELECT 1 / 0;\n');

  const result = await run(['migrate', 'deploy']);
  fs.rmSync(broken, { recursive: true });

  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain('P3018');
  expect(result.stderr).toContain('division by zero');
  // The script ran as one implicit transaction: nothing half-applied.
  const leftover = await h.queryDatabase(MAIN_DB, "SELECT to_regclass('half_done') AS t");
  expect(leftover.rows[0].t).toBeNull();
  const resolved = await run(['migrate', 'resolve', '--rolled-back', '29991231000000_broken']);
  expect(resolved.code).toBe(0);
});

test('migrate dev creates the database when it does not exist yet', async () => {
  const result = await run(['migrate', 'dev'], CREATED_BY_DEV_DB);

  expect(result.code).toBe(0);
  expect(await h.databaseExists(CREATED_BY_DEV_DB)).toBe(true);
  const tables = await h.queryDatabase(CREATED_BY_DEV_DB, "SELECT to_regclass('talents') AS t");
  expect(tables.rows[0].t).toBe('talents');
});

test('generate writes the Prisma client', async () => {
  const result = await run(['generate']);

  expect(result.code).toBe(0);
  expect(fs.existsSync(path.join(dir, 'generated', 'client.ts'))).toBe(true);
});
