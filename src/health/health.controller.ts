import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../common/database/prepared';
import { QuaysideDataSource, type DatabaseKind } from '../database/data-source';

class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['pglite', 'postgres'] }) database!: DatabaseKind;
}

@ApiTags('service')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up and able to serve a request. The check takes the path every request takes (a named prepared
   * statement on a connection from the pool, as the guard's user lookup and the write path do), so that a
   * connection a request would fail on fails here too, instead of a plain `SELECT 1` that still answers.
   */
  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database is not reachable, or not usable' })
  async check(): Promise<HealthDto> {
    const database = this.dataSource instanceof QuaysideDataSource ? this.dataSource.kind : 'postgres';
    try {
      await queryPrepared(this.dataSource.manager, 'SELECT 1 AS ok', []);
    } catch {
      throw new ServiceUnavailableException({ status: 'error', database });
    }
    return { status: 'ok', database };
  }
}
