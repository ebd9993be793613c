/**
 * Demo data seed: `node packages/db/dist/seed/cli.js [--candidates N] [--companies N] [--if-empty]`.
 * Prints the demo accounts and their passwords; progress goes to stderr.
 */
import { createPrismaClient } from '../index';
import { USAGE, UsageError, loadSeedConfig } from './config';
import { DEMO_EMAILS, DEMO_PASSWORDS } from './demo-accounts';
import { SeedRefused, runSeed } from './run-seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadSeedConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const prisma = createPrismaClient(config.databaseUrl, { applicationName: 'talents-seed' });
  const started = Date.now();
  try {
    const summary = await runSeed(prisma, config, (line) => console.log(line));
    if (!summary) return;
    console.log(
      `seeded ${summary.candidates} candidates, ${summary.companies} companies (${summary.recruiters} recruiters), ` +
        `${summary.offers} offers, ${summary.applications} applications, ${summary.hires} hires ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log('Demo accounts (e-mail verified):');
    console.log(`  admin      ${DEMO_EMAILS.admin}  /  ${DEMO_PASSWORDS.admin}`);
    console.log(`  recruiter  ${DEMO_EMAILS.recruiter}  /  ${DEMO_PASSWORDS.recruiter}`);
    console.log(`  candidate  ${DEMO_EMAILS.candidate}  /  ${DEMO_PASSWORDS.candidate}`);
    console.log(`  generated candidates use ${DEMO_PASSWORDS.candidate}, generated recruiters ${DEMO_PASSWORDS.recruiter}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedRefused ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
