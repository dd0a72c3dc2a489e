import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { RequestContext } from '../common/request-context';

/**
 * Runs the request's commit mark (RequestContext.commitMark) in every transaction the request commits, just
 * before COMMIT: what the mark records then commits with the work, or neither does. Outside a request, or in a
 * request without a mark, it does nothing.
 */
@Injectable()
export class CommitMarkSubscriber implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly context: RequestContext,
  ) {
    dataSource.subscribers.push(this);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const mark = this.context.commitMark;
    if (mark) await event.queryRunner.query(mark.sql, mark.params);
  }
}
