import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../common/id.pipe';
import { CreditPositionDto, ReleasePositionDto } from './dto/release-position.dto';
import { ReleasePositionService } from './release-position.service';

/** Why a B/L can or cannot go, and a client's credit position: what accounts and managers decide on. */
@ApiTags('billing')
@Controller()
export class ReleasePositionController {
  constructor(private readonly positions: ReleasePositionService) {}

  @Get('shipments/:id/release-position')
  @ApiOkResponse({
    type: ReleasePositionDto,
    description:
      'Whether release-bl is allowed now, on what basis (paid, credit, approval), and if not why, as codes: ' +
      'not_awaiting_payment, not_paid, prepaid, no_credit_limit, credit_currency_mismatch, over_credit_limit, ' +
      'overdue, approval_pending, approval_rejected',
  })
  @ApiNotFoundResponse({ description: 'No such shipment, or one outside the caller’s scope' })
  releasePosition(@Param('id', ParseIdPipe) id: string): Promise<ReleasePositionDto> {
    return this.positions.forShipment(id);
  }

  @Get('clients/:id/credit-position')
  @ApiOkResponse({ type: CreditPositionDto })
  @ApiNotFoundResponse({ description: 'No such client, or one outside the caller’s scope' })
  creditPosition(@Param('id', ParseIdPipe) id: string): Promise<CreditPositionDto> {
    return this.positions.forClient(id);
  }
}
