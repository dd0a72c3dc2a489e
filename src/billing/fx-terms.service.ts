import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import { Client } from '../clients/entities/client.entity';
import { NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { rateProblem } from './domain/debit-note-math';
import { FxTermDto, FxTermsDto } from './dto/fx-terms.dto';
import { ClientFxTerm } from './entities/client-fx-term.entity';
import { checkRate } from './money-sanity';

/** The exchange rates agreed with a client in advance (docs/domain.md step 11), applied to their notes by default. */
@Injectable()
export class FxTermsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(clientId: string): Promise<FxTermsDto> {
    if (
      !(await this.dataSource.getRepository(Client).existsBy({ id: clientId })) ||
      !(await this.scope.includes(clientId))
    ) {
      throw new NotFoundError('Client');
    }
    return FxTermsDto.from(await this.dataSource.getRepository(ClientFxTerm).findBy({ clientId }));
  }

  async put(clientId: string, terms: FxTermDto[]): Promise<FxTermsDto> {
    terms.forEach((t, i) => {
      if (t.from === t.to) throw ValidationFailedError.field(`terms[${i}].to`, 'from and to must differ');
      if (terms.findIndex((o) => o.from === t.from && o.to === t.to) !== i) {
        throw ValidationFailedError.field(`terms[${i}]`, `two terms for ${t.from}→${t.to}`);
      }
      if (t.mode === 'fixed') {
        for (const field of ['rate', 'source', 'date'] as const) {
          if (!t[field])
            throw ValidationFailedError.field(`terms[${i}].${field}`, `a fixed rate needs its ${field}`);
        }
        const problem = rateProblem({
          from: t.from,
          to: t.to,
          rate: t.rate!,
          source: t.source!,
          date: t.date!,
        });
        if (problem) throw ValidationFailedError.field(`terms[${i}].rate`, problem);
      }
    });
    return this.dataSource.transaction(async (em) => {
      const client = await em.findOne(Client, {
        where: { id: clientId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!client || !(await this.scope.includes(client.id, em))) throw new NotFoundError('Client');
      const before = FxTermsDto.from(await em.findBy(ClientFxTerm, { clientId })).terms;
      // A new agreed rate a power of ten away from the one it replaces, or from the last one used, is a
      // slipped decimal point (docs/billing.md, "Sanity limits").
      for (const [i, t] of terms.entries()) {
        if (t.mode !== 'fixed') continue;
        const previous = before.find((b) => b.from === t.from && b.to === t.to && b.mode === 'fixed');
        const rate = { from: t.from, to: t.to, rate: t.rate!, source: t.source!, date: t.date! };
        await checkRate(em, this.config, rate, `terms[${i}]`, previous?.rate ?? null);
      }
      await em.delete(ClientFxTerm, { clientId });
      await em.save(
        terms.map((t) =>
          em.create(ClientFxTerm, {
            clientId,
            fromCurrency: t.from,
            toCurrency: t.to,
            mode: t.mode,
            rate: t.mode === 'fixed' ? t.rate! : null,
            source: t.mode === 'fixed' ? t.source! : null,
            rateDate: t.mode === 'fixed' ? t.date! : null,
          }),
        ),
      );
      const after = FxTermsDto.from(await em.findBy(ClientFxTerm, { clientId })).terms;
      await this.record(em, clientId, before, after);
      return { terms: after };
    });
  }

  private async record(
    em: EntityManager,
    clientId: string,
    before: FxTermDto[],
    after: FxTermDto[],
  ): Promise<void> {
    await this.audit.record(em, {
      entityType: 'client',
      entityId: clientId,
      action: 'fx_terms_changed',
      changes: { fxTerms: { from: before, to: after } },
    });
  }
}
