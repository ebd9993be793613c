/** Drops the run's database and deletes whatever Redis keys the run left under its queue prefix. */
const { tearDownJestDatabase } = require('@talents/db/testing/test-database');
const Redis = require('ioredis');

async function deleteRedisKeys(prefix) {
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

module.exports = async function globalTeardown() {
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix && prefix.startsWith('talents-test-')) await deleteRedisKeys(prefix);
  await tearDownJestDatabase();
};
