import { Body, Controller, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { RetryAfterInterceptor } from '../common/http/retry-after';
import { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, TokenDto } from './dto/login.dto';

const TOO_MANY =
  'RATE_LIMITED: too many attempts from this address, or this address has guessed wrong for this account ' +
  'while it was under attack; `Retry-After` says when to try again';

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
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<TokenDto> {
    // request.ip is the socket's address, or X-Forwarded-For's when TRUST_PROXY is set (app.setup.ts).
    return this.auth.login(body.email, body.password, request.ip);
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
  async changePassword(@Body() body: ChangePasswordDto, @Req() request: FastifyRequest): Promise<void> {
    await this.auth.changePassword(
      { actor: this.context.actor, tokenId: this.context.tokenId },
      body.currentPassword,
      body.newPassword,
      request.ip,
    );
  }
}
