/** Per-worker test environment: quiet logs, a private mail folder, generous rate limits (one test lowers them). */
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
process.env.MAIL_TRANSPORT = 'file';
process.env.MAIL_DIR = mkdtempSync(join(tmpdir(), 'talents-mail-'));
process.env.FILE_STORE_DIR = mkdtempSync(join(tmpdir(), 'talents-files-'));
process.env.AUTH_RATE_LIMIT_MAX = process.env.AUTH_RATE_LIMIT_MAX || '100000';
process.env.WEB_URL = 'http://web.test';
// Each test file counts its own requests: other runs on the same Redis must not eat its budget.
process.env.RATE_LIMIT_NAMESPACE = `talents:rl:test-${require('node:crypto').randomBytes(4).toString('hex')}:`;
