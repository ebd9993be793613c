import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { LoginRequest } from '@talents/shared';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { ValidationFailed } from '../common/validation/zod-validation.pipe';

/** Guards run before pipes, so the login body is validated here: a malformed body is a 400, not a 401. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    const parsed = LoginRequest.safeParse(request.body, { reportInput: true });
    if (!parsed.success) throw new ValidationFailed(parsed.error.issues);
    request.body = parsed.data;
    return super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new AppError(AppErrorCode.INVALID_CREDENTIALS);
    return user;
  }
}
