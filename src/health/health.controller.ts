import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QuaysideDataSource, type DatabaseKind } from '../database/data-source';

class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['pglite', 'postgres'] }) database!: DatabaseKind;
}

@ApiTags('service')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up and able to reach its database. */
  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database is not reachable' })
  async check(): Promise<HealthDto> {
    const database = this.dataSource instanceof QuaysideDataSource ? this.dataSource.kind : 'postgres';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'error', database });
    }
    return { status: 'ok', database };
  }
}
