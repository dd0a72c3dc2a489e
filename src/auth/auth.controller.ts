import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RetryAfterInterceptor } from '../common/http/retry-after';
import { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { ChangePasswordDto, CookieSessionDto, LoginDto, TokenDto } from './dto/login.dto';
import { MeDto, UpdateMeDto } from './dto/me.dto';
import { clearSessionCookie, credentialOf, setSessionCookie } from './session-cookie';

const TOO_MANY =
  'RATE_LIMITED: too many attempts from this address, or this address has guessed wrong for this account ' +
  'while it was under attack; `Retry-After` says when to try again';
const CSRF =
  'CSRF_HEADER_MISSING: signed in by the session cookie without `X-Requested-With: quayside` ' +
  '(docs/security.md, "The console\'s session")';

@ApiTags('auth')
@Controller('auth')
@UseInterceptors(RetryAfterInterceptor)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly context: RequestContext,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiExtraModels(TokenDto, CookieSessionDto)
  @ApiOkResponse({
    description:
      'The token in the body (`session` bearer, the default); or, with `session: "cookie"`, in an HttpOnly, ' +
      'SameSite=Strict cookie (Secure over https) and not in the body',
    schema: { oneOf: [{ $ref: getSchemaPath(TokenDto) }, { $ref: getSchemaPath(CookieSessionDto) }] },
  })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenDto | CookieSessionDto> {
    // request.ip is the socket's address, or X-Forwarded-For's when TRUST_PROXY is set (app.setup.ts).
    const token = await this.auth.login(body.email, body.password, request.ip);
    if (body.session !== 'cookie') return token;
    setSessionCookie(reply, request, token.accessToken, token.expiresIn);
    return { session: 'cookie', expiresIn: token.expiresIn };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      'Signed out: the session cookie is cleared and, when the request was signed in by it, its token ends ' +
      'on every instance. A bearer token is not ended here (it lasts until it expires, a new password or a ' +
      'deactivation)',
  })
  @ApiForbiddenResponse({ description: CSRF })
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const credential = credentialOf(request);
    if (credential?.via === 'cookie') {
      // The guard has just accepted it; null only if it ended meanwhile (another tab signing out).
      const session = await this.auth.authenticate(credential.token);
      if (session) await this.auth.endSession(session);
    }
    clearSessionCookie(reply, request);
  }

  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(): Promise<MeDto> {
    return this.auth.me(this.context.actor);
  }

  @Patch('me')
  @ApiOkResponse({ type: MeDto, description: 'The caller as they now are' })
  @ApiForbiddenResponse({ description: CSRF })
  updateMe(@Body() body: UpdateMeDto): Promise<MeDto> {
    return this.auth.setLanguage(this.context.actor, body.language);
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({
    description:
      'Changed. Every other token of the user has ended. A bearer token the request came with goes on (a ' +
      'token issued before this release, without an id, ends too); a session cookie it came with ends as ' +
      'well and is replaced by a fresh one in this answer (`Set-Cookie`).',
  })
  @ApiBadRequestResponse({
    description:
      'VALIDATION_FAILED naming `currentPassword` (not the current password) or `newPassword` (the policy)',
  })
  @ApiForbiddenResponse({ description: CSRF })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const renewed = await this.auth.changePassword(
      { actor: this.context.actor, tokenId: this.context.tokenId },
      body.currentPassword,
      body.newPassword,
      request.ip,
      credentialOf(request)?.via === 'cookie',
    );
    if (renewed) setSessionCookie(reply, request, renewed.accessToken, renewed.expiresIn);
  }
}
