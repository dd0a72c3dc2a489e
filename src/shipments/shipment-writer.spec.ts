import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ScopeService } from '../auth/scope.service';
import { RequestContext } from '../common/request-context';
import { ShipmentWriter } from './shipment-writer';

describe('ShipmentWriter wiring', () => {
  // Without billing's answers the billing guards would decide on no debit notes: an app wired without the
  // port must not start rather than behave differently.
  it('refuses to start without the billing facts port', async () => {
    const building = Test.createTestingModule({
      providers: [
        ShipmentWriter,
        { provide: getDataSourceToken(), useValue: {} },
        { provide: RequestContext, useValue: {} },
        { provide: ScopeService, useValue: {} },
      ],
    }).compile();
    await expect(building).rejects.toThrow(/BILLING_FACTS/);
  });
});
