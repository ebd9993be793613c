import type { AppConfig } from '../common/config/app-config';
import type { RedisService } from '../common/redis/redis.service';
import type { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';

const repository = {
  totals: async () => ({ candidates: 120, companies: 3, hires: 9 }),
  candidatesByRoleFamily: async () => [{ key: 'DEV', label: 'Dev', count: 100 }],
  candidatesByBasin: async () => [],
  hiresByRoleFamily: async () => [],
  hiresByBasin: async () => [],
} as unknown as StatsRepository;
const config = { DATABASE_URL: 'postgresql://x@y/z' } as AppConfig;

describe('public statistics cache', () => {
  it('computes the figures when Redis is unreachable instead of failing', async () => {
    const down = new Error('Stream isn\'t writeable and enableOfflineQueue options is false');
    const redis = { client: { get: () => Promise.reject(down), set: () => Promise.reject(down) } } as unknown as RedisService;
    const stats = await new StatsService(repository, redis, config).publicStats();
    expect(stats.candidatesRegistered).toEqual({ count: 120, suppressed: false });
    expect(stats.companiesRegistered).toEqual({ count: null, suppressed: true });
  });

  it('stores the figures with a TTL under a key scoped to the database', async () => {
    const set = jest.fn(async () => 'OK');
    const redis = { client: { get: async () => null, set } } as unknown as RedisService;
    const service = new StatsService(repository, redis, config);
    await service.publicStats();
    expect(set).toHaveBeenCalledWith(service.cacheKey, expect.any(String), 'EX', 600);
    expect(service.cacheKey).toMatch(/^talents:stats:v1:[0-9a-f]{12}$/);
  });
});
