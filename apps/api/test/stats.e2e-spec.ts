/**
 * GET /stats: anonymous, small counts suppressed, cached. The test adds its own role families so that its
 * counts are known whatever other suites left in the database.
 */
import type { PublicStats, StatsCell } from '@talents/shared';
import { RedisService } from '../src/common/redis/redis.service';
import { StatsService } from '../src/stats/stats.service';
import { startApp, type TestApp } from './support/app';

const hire = (roleFamilyCode: string) => ({ hiredAt: new Date(), roleFamilyCode, basinCode: 'LILLE', contractType: 'CDI' as const });
const cell = (cells: StatsCell[], key: string) => cells.find((c) => c.key === key);

describe('GET /stats', () => {
  let t: TestApp;
  let clearCache: () => Promise<unknown>;
  beforeAll(async () => {
    t = await startApp();
    const key = t.app.get(StatsService).cacheKey;
    clearCache = () => t.app.get(RedisService).client.del(key);
    await t.prisma.roleFamily.createMany({
      data: [
        { code: 'STATS_SMALL', labelFr: 'Petite famille', labelEn: 'Small family', sortOrder: 90 },
        { code: 'STATS_TINY', labelFr: 'Très petite famille', labelEn: 'Tiny family', sortOrder: 91 },
        { code: 'STATS_BIG', labelFr: 'Grande famille', labelEn: 'Big family', sortOrder: 92 },
      ],
    });
    await t.prisma.hire.createMany({ data: [...Array(3).fill('STATS_SMALL'), ...Array(2).fill('STATS_TINY'), ...Array(7).fill('STATS_BIG')].map(hire) });
    await clearCache();
  });
  afterAll(async () => {
    await clearCache();
    await t.close();
  });

  it('is readable anonymously and replaces every count under 5 by null, marked suppressed', async () => {
    const res = await t.http.get('/api/stats').expect(200);
    const stats = res.body as PublicStats;
    expect(stats.minCount).toBe(5);
    expect(cell(stats.hiresByRoleFamily, 'STATS_SMALL')).toEqual({ key: 'STATS_SMALL', label: 'Petite famille', count: null, suppressed: true });
    expect(cell(stats.hiresByRoleFamily, 'STATS_TINY')).toMatchObject({ count: null, suppressed: true });
    expect(cell(stats.hiresByRoleFamily, 'STATS_BIG')).toEqual({ key: 'STATS_BIG', label: 'Grande famille', count: 7, suppressed: false });
    // A family nobody chose shows as suppressed, not as 0: "none" and "a few" must look alike.
    expect(cell(stats.candidatesByRoleFamily, 'STATS_BIG')).toMatchObject({ count: null, suppressed: true });
    expect(stats.hires.suppressed).toBe(false);
    expect(stats.hires.count).toBeGreaterThanOrEqual(12);
    for (const c of [...stats.hiresByBasin, ...stats.candidatesByBasin, ...stats.hiresByRoleFamily, ...stats.candidatesByRoleFamily]) {
      expect(c.suppressed ? c.count === null : c.count! >= 5).toBe(true);
    }
    expect(JSON.stringify(stats)).not.toMatch(/email|firstName|lastName/);
    expect(res.headers['cache-control']).toBe('public, max-age=600');
  });

  it('serves the cached figures until the cache expires, then recomputes', async () => {
    const first = (await t.http.get('/api/stats').expect(200)).body as PublicStats;
    await t.prisma.hire.createMany({ data: Array(5).fill('STATS_SMALL').map(hire) });
    const cached = (await t.http.get('/api/stats').expect(200)).body as PublicStats;
    expect(cached).toEqual(first);
    await clearCache();
    const fresh = (await t.http.get('/api/stats').expect(200)).body as PublicStats;
    expect(cell(fresh.hiresByRoleFamily, 'STATS_SMALL')).toMatchObject({ count: 8, suppressed: false });
  });
});
