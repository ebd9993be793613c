/**
 * Per-user daily cap of non-essential mails (alerts, digests, nudges), counted per Europe/Paris day in Redis.
 * The count is a set of job ids rather than a counter, inside one Lua script (atomic across worker instances):
 * a retried job (the SMTP relay failed after it was admitted) is recognised and not counted twice. Capped mails
 * are not added to the set; they are counted in a per-day total for operations.
 */
import type Redis from 'ioredis';

const ADMIT = `
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[4])
  return 0
end
redis.call('SADD', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`;

/** Two days: the key outlives its Paris day whatever the offset, then disappears. */
const DAY_KEY_TTL_S = 2 * 24 * 3600;
const CAPPED_TOTAL_TTL_S = 30 * 24 * 3600;

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of the instant in Europe/Paris. */
export function parisDate(instant: Date): string {
  return parisDay.format(instant);
}

export class DailyMailCap {
  constructor(
    private readonly redis: Redis,
    /** Key namespace (the queue prefix), so that deployments and test runs sharing a Redis stay apart. */
    private readonly prefix: string,
    private readonly cap: number,
  ) {}

  /** True when the mail may go (also when this job was already admitted); false when the user's day is full. */
  async admit(userId: string, jobId: string, now: Date): Promise<boolean> {
    const day = parisDate(now);
    const result = await this.redis.eval(ADMIT, 2, this.userKey(userId, day), this.cappedKey(day), jobId, this.cap, DAY_KEY_TTL_S, CAPPED_TOTAL_TTL_S);
    return result === 1;
  }

  /** Mails dropped by the cap on that Paris day, all users together. */
  async cappedOn(day: string): Promise<number> {
    return Number((await this.redis.get(this.cappedKey(day))) ?? 0);
  }

  private userKey(userId: string, day: string): string {
    return `${this.prefix}:mail-cap:${day}:${userId}`;
  }

  private cappedKey(day: string): string {
    return `${this.prefix}:mail-capped:${day}`;
  }
}
