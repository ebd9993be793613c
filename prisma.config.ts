// Prisma 7 configuration (read by the `prisma` CLI only, never by the apps).
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { defineConfig } from 'prisma/config';

// Prisma 7 no longer reads .env by itself. `quiet` keeps dotenv's banner out of
// stdout, which `prisma migrate diff --script` output must not contain.
loadDotenv({ quiet: true });

// Prisma cannot download its native schema engine on this network, so the CLI
// runs the project's stand-in (wasm engine + pg) instead. An explicit
// PRISMA_SCHEMA_ENGINE_BINARY still wins, e.g. a real engine once one can be
// installed. See docs/decisions/0001-prisma-schema-engine.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, 'tools', 'prisma-engine', 'bin', 'schema-engine');

const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/talents';

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: {
    path: path.join('prisma', 'migrations'),
  },
  datasource: {
    url: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
    // Optional: without it, `migrate dev` / `migrate diff --from-migrations`
    // create and drop a temporary shadow database (needs CREATEDB).
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
