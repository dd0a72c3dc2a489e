import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimitedError } from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, TokenDto } from './dto/login.dto';

const TOO_MANY =
  'RATE_LIMITED: too many attempts from this address, or this address has guessed wrong for this account ' +
  'while it was under attack; `Retry-After` says when to try again';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly context: RequestContext,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenDto> {
    // request.ip is the socket's address, or X-Forwarded-For's when TRUST_PROXY is set (app.setup.ts).
    return withRetryAfter(reply, this.auth.login(body.email, body.password, request.ip));
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({
    description:
      'Changed. Every other token of the user has ended; the one this request came with goes on (a token ' +
      'issued before this release, without an id, ends too).',
  })
  @ApiBadRequestResponse({
    description:
      'VALIDATION_FAILED naming `currentPassword` (not the current password) or `newPassword` (the policy)',
  })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await withRetryAfter(
      reply,
      this.auth.changePassword(
        { actor: this.context.actor, tokenId: this.context.tokenId },
        body.currentPassword,
        body.newPassword,
        request.ip,
      ),
    );
  }
}

/** A 429 also says, in `Retry-After`, how many seconds to wait. */
async function withRetryAfter<T>(reply: FastifyReply, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof RateLimitedError) void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}
