import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResponse, UserView } from '@talents/shared';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { CurrentUser, Public } from '../common/auth/decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { AuthService } from './auth.service';
import { SessionService } from './session.service';
import { LocalAuthGuard } from './local-auth.guard';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import {
  ForgotPasswordDto, LoginDto, LoginResponseDto, RegisterDto, ResendVerificationDto, ResetPasswordDto,
  UserEnvelopeDto, UserViewDto, VerifyEmailDto,
} from './dto';

/** `rateLimit: 'auth'` marks routes an attacker could hammer; app.factory.ts gives them the per-IP limit. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('register')
  @RouteConfig({ rateLimit: 'auth' })
  @ApiCreatedResponse({ type: UserEnvelopeDto })
  async register(@Body() body: RegisterDto): Promise<{ user: UserView }> {
    return { user: await this.auth.register(body) };
  }

  @Public()
  @Post('verify-email')
  @RouteConfig({ rateLimit: 'auth' })
  @HttpCode(204)
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.auth.verifyEmail(body.token);
  }

  @Public()
  @Post('resend-verification')
  @RouteConfig({ rateLimit: 'auth' })
  @HttpCode(204)
  async resendVerification(@Body() body: ResendVerificationDto): Promise<void> {
    await this.auth.resendVerification(body.email);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @RouteConfig({ rateLimit: 'auth' })
  @UseGuards(LocalAuthGuard)
  @ApiOkResponse({ type: LoginResponseDto })
  async login(
    @Body() _body: LoginDto,
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const session = await this.sessions.start(user, request.headers['user-agent']);
    setRefreshCookie(reply, this.config, session.refreshToken, session.refreshExpiresAt);
    return { accessToken: session.accessToken, user: await this.auth.me(user.id) };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth()
  @ApiOkResponse({ type: LoginResponseDto })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    try {
      const session = await this.sessions.rotate(readRefreshCookie(request), request.headers['user-agent']);
      setRefreshCookie(reply, this.config, session.refreshToken, session.refreshExpiresAt);
      return { accessToken: session.accessToken, user: await this.auth.me(session.userId) };
    } catch (err) {
      clearRefreshCookie(reply, this.config);
      throw err;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.end(readRefreshCookie(request));
    clearRefreshCookie(reply, this.config);
  }

  @Public()
  @Post('forgot-password')
  @HttpCode(204)
  @RouteConfig({ rateLimit: 'auth' })
  async forgotPassword(@Body() body: ForgotPasswordDto): Promise<void> {
    await this.auth.forgotPassword(body.email);
  }

  @Public()
  @Post('reset-password')
  @HttpCode(204)
  @RouteConfig({ rateLimit: 'auth' })
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(body.token, body.password);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: UserViewDto })
  me(@CurrentUser() user: AuthUser): Promise<UserView> {
    return this.auth.me(user.id);
  }
}
