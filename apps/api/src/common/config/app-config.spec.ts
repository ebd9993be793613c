import { loadConfig } from './app-config';

describe('API configuration', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40) };

  it('refuses to start in production with the embedded link-signing secret', () => {
    expect(() => loadConfig(production)).toThrow(/LINK_SIGNING_SECRET: must be set/);
    expect(loadConfig({ ...production, LINK_SIGNING_SECRET: 'l'.repeat(40) }).LINK_SIGNING_SECRET).toBe('l'.repeat(40));
  });

  it('shares the worker’s development defaults, so dev links and queues line up without settings', () => {
    const config = loadConfig({});
    expect(config.LINK_SIGNING_SECRET).toBe('dev-only-link-secret-change-me-0123456789abcdef');
    expect(config.QUEUE_PREFIX).toBe('talents');
  });

  it('refuses a queue prefix BullMQ would misread', () => {
    expect(() => loadConfig({ QUEUE_PREFIX: 'talents:prod' })).toThrow(/QUEUE_PREFIX/);
  });
});
