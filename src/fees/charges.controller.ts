import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { DebitNoteDto } from '../billing/dto/debit-note.dto';
import { ParseIdPipe } from '../common/id.pipe';
import { ChargesService } from './charges.service';
import {
  ChargeDto,
  CreateChargeDto,
  DraftFromChargesDto,
  UpdateChargeDto,
  VoidChargeDto,
} from './dto/charge.dto';

@ApiTags('charges')
@Controller()
export class ChargesController {
  constructor(private readonly charges: ChargesService) {}

  @Get('shipments/:id/charges')
  @ApiOkResponse({ type: [ChargeDto], description: 'Oldest first, void ones included' })
  @ApiNotFoundResponse({
    description: 'No such shipment in your scope; always for a client user (costs are ours)',
  })
  list(@Param('id', ParseIdPipe) id: string): Promise<ChargeDto[]> {
    return this.charges.list(id);
  }

  @Post('shipments/:id/charges')
  @ApiCreatedResponse({ type: ChargeDto, description: 'A charge entered by hand (source `manual`)' })
  @ApiBadRequestResponse({ description: 'A field is not valid' })
  @ApiUnprocessableEntityResponse({
    description: 'INVALID_REFERENCE: a container of another shipment, no such carrier',
  })
  create(@Param('id', ParseIdPipe) id: string, @Body() body: CreateChargeDto): Promise<ChargeDto> {
    return this.charges.create(id, body);
  }

  @Patch('charges/:id')
  @ApiOkResponse({ type: ChargeDto })
  @ApiConflictResponse({ description: 'The charge is on a debit note, or void' })
  update(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateChargeDto): Promise<ChargeDto> {
    return this.charges.update(id, body);
  }

  @Post('charges/:id/void')
  @HttpCode(200)
  @ApiOkResponse({ type: ChargeDto })
  @ApiConflictResponse({
    description: 'The charge is on a debit note (void the draft first), or void already',
  })
  void(@Param('id', ParseIdPipe) id: string, @Body() body: VoidChargeDto): Promise<ChargeDto> {
    return this.charges.void(id, body);
  }

  @Post('shipments/:id/debit-notes/from-charges')
  @ApiCreatedResponse({
    type: [DebitNoteDto],
    description: 'The drafts: one receivable for the client, or one payable per carrier',
  })
  @ApiConflictResponse({
    description: 'NOTHING_TO_BILL: every charge (and the agreed rate) is on a note already',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'As POST shipments/:id/debit-notes: a line in another currency without a rate, a cancelled shipment, …',
  })
  draftFromCharges(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: DraftFromChargesDto,
  ): Promise<DebitNoteDto[]> {
    return this.charges.draftFromCharges(id, body);
  }
}
