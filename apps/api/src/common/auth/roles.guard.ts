import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@talents/shared';
import { AppError, AppErrorCode } from '../errors/app-error';
import type { AuthUser } from './auth-user';
import { ROLES } from './decorators';

/** Global guard: routes with `@Roles(...)` accept only those roles (403 otherwise). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    if (!roles.includes(user.role)) throw new AppError(AppErrorCode.FORBIDDEN);
    return true;
  }
}
