import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersController } from './users.controller';
import { ActiveUsers } from './active-users';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule],
  controllers: [UsersController],
  providers: [UsersService, ActiveUsers],
  exports: [UsersService, ActiveUsers],
})
export class UsersModule {}
