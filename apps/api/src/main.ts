import 'reflect-metadata';
import { createApp } from './app.factory';
import { APP_CONFIG, type AppConfig } from './common/config/app-config';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  // The logger may not exist yet (bad configuration): stderr is the only channel left.
  process.stderr.write(`API failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
