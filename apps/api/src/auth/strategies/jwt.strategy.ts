import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { UserRole } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuthRepository } from '../auth.repository';
import { JWT_AUDIENCE, JWT_ISSUER } from '../session.service';

/**
 * Bearer access tokens: HS256 only (so `alg: none` and algorithm confusion are refused), our issuer and
 * audience, not expired. The user is re-read so a suspended or erased account loses access at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repository: AuthRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: { sub?: string }): Promise<AuthUser | false> {
    if (typeof payload.sub !== 'string') return false;
    const user = await this.repository.findActiveUser(payload.sub);
    return user ? { id: user.id, role: user.role as UserRole } : false;
  }
}
