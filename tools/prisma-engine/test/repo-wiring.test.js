'use strict';
// The repository's own wiring: the root prisma.config.ts points the CLI at the
// stand-in by itself (no PRISMA_SCHEMA_ENGINE_BINARY needed), and
// scripts/check-migrations.sh fails on drift. Runs in a temporary copy of the
// repo layout, on the scratch schema, so the real prisma/ is never touched.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const h = require('./helpers');

const REPO = path.resolve(__dirname, '..', '..', '..');
// Never created: the guard needs only the server (it uses a temporary shadow database).
const MISSING_DB = h.throwawayName('check');
let dir;

function checkMigrations() {
  const env = { ...process.env, DATABASE_URL: h.databaseUrl(MISSING_DB), CHECKPOINT_DISABLE: '1' };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  delete env.SHADOW_DATABASE_URL;
  return new Promise((resolve) => {
    execFile('bash', ['scripts/check-migrations.sh'], { cwd: dir, env }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prisma-engine-wiring-'));
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  fs.mkdirSync(path.join(dir, 'tools'));
  fs.symlinkSync(path.join(REPO, 'tools', 'prisma-engine'), path.join(dir, 'tools', 'prisma-engine'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(REPO, 'scripts', 'check-migrations.sh'), path.join(dir, 'scripts', 'check-migrations.sh'));
  fs.copyFileSync(path.join(REPO, 'prisma.config.ts'), path.join(dir, 'prisma.config.ts'));
  fs.cpSync(path.join(__dirname, 'fixtures', 'project', 'prisma'), path.join(dir, 'prisma'), { recursive: true });
});

afterAll(async () => {
  await h.dropDatabases([MISSING_DB]);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('check-migrations.sh passes when migrations and schema agree', async () => {
  const result = await checkMigrations();

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('No difference detected.');
  expect(await h.databaseExists(MISSING_DB)).toBe(false);
});

test('check-migrations.sh exits 2 and explains itself when the schema drifted', async () => {
  const schemaPath = path.join(dir, 'prisma', 'schema.prisma');
  const schema = fs.readFileSync(schemaPath, 'utf8');
  fs.writeFileSync(schemaPath, schema.replace('  name      String\n', '  name      String\n  city      String?\n'));

  const result = await checkMigrations();

  expect(result.code).toBe(2);
  expect(result.stdout).toContain('Added column `city`');
  expect(result.stderr).toContain('DRIFT');
});
