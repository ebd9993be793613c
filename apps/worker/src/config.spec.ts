import { DEV_LINK_SIGNING_SECRET, loadConfig } from './config';

describe('worker configuration', () => {
  it('signs unsubscribe links with the development secret the API also embeds, outside production', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.LINK_SIGNING_SECRET).toBe('dev-only-link-secret-change-me-0123456789abcdef');
    expect(config).toMatchObject({ WEB_URL: 'http://127.0.0.1:5173', API_PUBLIC_URL: 'http://127.0.0.1:3000', MAIL_DAILY_CAP_PER_USER: 20, MAIL_TRANSPORT: 'file' });
  });

  it('refuses to start in production with the development link secret, naming the variable only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/LINK_SIGNING_SECRET: must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', LINK_SIGNING_SECRET: DEV_LINK_SIGNING_SECRET })).toThrow(/LINK_SIGNING_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', LINK_SIGNING_SECRET: 'a-real-secret-of-more-than-32-characters!' }).LINK_SIGNING_SECRET).toBe('a-real-secret-of-more-than-32-characters!');
  });

  it('requires SMTP_URL with the smtp transport', () => {
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL: is required/);
  });
});
