/** The seed's settings, read once from the command line and the environment. */
export interface SeedConfig {
  databaseUrl: string;
  candidates: number;
  companies: number;
  /** Do nothing when the database already has users (safe to run on every start-up). */
  ifEmpty: boolean;
  /** Insert only the reference rows (basins, role families, skills). */
  referenceOnly: boolean;
  /** PRNG seed: the same seed and counts give the same data set. */
  seed: string;
}

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/talents';

export const USAGE = `Usage: node packages/db/dist/seed/cli.js [--candidates N] [--companies N] [--if-empty] [--reference-only] [--seed TEXT]
  --candidates N     generated candidates (default 300)
  --companies N      generated companies, the demo recruiter's included (default 40)
  --if-empty         do nothing if the database already has users
  --reference-only   only insert the reference rows (basins, role families, skills)
  --seed TEXT        PRNG seed (default "talents-demo")
Environment: DATABASE_URL (default ${DEFAULT_DATABASE_URL})`;

export class UsageError extends Error {}

export function loadSeedConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): SeedConfig {
  const config: SeedConfig = {
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    candidates: 300,
    companies: 40,
    ifEmpty: false,
    referenceOnly: false,
    seed: 'talents-demo',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--candidates': config.candidates = count(flag, value(), 0); break;
      case '--companies': config.companies = count(flag, value(), 1); break;
      case '--if-empty': config.ifEmpty = true; break;
      case '--reference-only': config.referenceOnly = true; break;
      case '--seed': config.seed = value(); break;
      case '--': break; // pnpm passes it through
      default: throw new UsageError(`unknown option ${flag}`);
    }
  }
  return config;
}

function count(flag: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > 10_000_000) throw new UsageError(`${flag} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}
