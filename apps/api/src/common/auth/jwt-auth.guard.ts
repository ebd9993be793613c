import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError, AppErrorCode } from '../errors/app-error';
import { IS_PUBLIC } from './decorators';

/** Global guard: every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  /**
   * A bad, expired or forged token arrives as `info` with no user: 401. An error thrown while validating a good
   * token (the account lookup failed because the database is down) is not the person's fault: it goes on to the
   * exception filter (503 with retry advice) instead of logging everyone out during an outage.
   */
  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err instanceof Error ? err : new AppError(AppErrorCode.UNAUTHENTICATED);
    if (!user) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    return user;
  }
}
