// DATABASE_URL=postgres://… npm run seed:bulk -- --shipments 1000000
//
// Fills a PostgreSQL database with years of realistic history for the benchmarks: clients, carriers and
// staff, shipments in every status with their boxes and history, debit notes, payments and e-mails. The
// data is generated in SQL (INSERT … SELECT over generate_series), a batch of shipments at a time, all in
// one transaction. docs/operations.md, "Bulk data for benchmarks".
import { USAGE, parseOptions, type SeedOptions } from './seed-bulk/options';
import { seedBulk } from './seed-bulk/seed';

async function main(): Promise<void> {
  let options: SeedOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exit(2);
  }
  const where = new URL(options.url);
  console.log(`bulk load into ${where.host}${where.pathname}: ${options.shipments} shipments`);
  const summary = await seedBulk(options, (line) => console.log(line));
  console.log('\nrows:');
  for (const [table, n] of Object.entries(summary.counts)) console.log(`  ${table.padEnd(20)} ${n}`);
  console.log(`database size: ${summary.databaseSize}`);
  console.log(`time: ${(summary.seconds / 60).toFixed(1)} min (${summary.seconds.toFixed(0)} s)`);
  if (summary.serverCpuSeconds !== undefined) {
    console.log(
      `PostgreSQL CPU of the loading connection: ${(summary.serverCpuSeconds / 60).toFixed(1)} min; ` +
        `load average here ${summary.loadAverage.map((l) => l.toFixed(1)).join(', ')}`,
    );
  }
  console.log(`\nlogins (every one with the password ${summary.password}):`);
  for (const login of summary.logins) console.log(`  ${login.role.padEnd(9)} ${login.email}`);
}

main().catch((error: unknown) => {
  // A refusal or a database error, in words (a load that fails before its commit has written nothing).
  const detail = (error as { detail?: unknown }).detail;
  console.error(
    error instanceof Error ? error.message : error,
    typeof detail === 'string' ? `(${detail})` : '',
  );
  process.exit(1);
});
