/**
 * For public routes whose answer depends on who asks (an offer's draft is visible to its company): reads the
 * bearer token when there is one, and lets anonymous callers — or a bad token — through as `user = null`.
 */
import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class OptionalJwtGuard extends AuthGuard('jwt') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      await super.canActivate(context);
    } catch {
      // No or invalid token: the route treats the caller as anonymous.
    }
    return true;
  }

  override handleRequest<T>(_err: unknown, user: T): T {
    return (user || null) as T;
  }
}
