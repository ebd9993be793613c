/**
 * Per-account brute-force brake, beside the per-IP limit of app.factory.ts: an attacker rotating IPs against
 * one e-mail is slowed too. Failed logins are counted per e-mail (hashed: no address in Redis keys) over a
 * window; past the budget the account answers 429 until the window ends, even for the right password, so the
 * answer reveals nothing. A Redis outage lets logins through, like the per-IP limit (skipOnError).
 */
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { RedisService } from '../common/redis/redis.service';

@Injectable()
export class LoginThrottle {
  constructor(
    private readonly redis: RedisService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(email: string): string {
    const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    return `${this.config.RATE_LIMIT_NAMESPACE}login-fail:${digest}`;
  }

  /** Throws 429 when the account has used its failure budget in the current window. */
  async assertAllowed(email: string): Promise<void> {
    const failures = await this.redis.client.get(this.key(email)).catch(() => null);
    if (failures !== null && Number(failures) >= this.config.LOGIN_ACCOUNT_MAX_FAILURES) {
      throw new AppError(AppErrorCode.TOO_MANY_REQUESTS);
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.key(email);
    await this.redis.client
      .multi()
      .incr(key)
      .expire(key, this.config.LOGIN_ACCOUNT_WINDOW_SECONDS, 'NX')
      .exec()
      .catch(() => undefined);
  }

  async reset(email: string): Promise<void> {
    await this.redis.client.del(this.key(email)).catch(() => undefined);
  }
}
