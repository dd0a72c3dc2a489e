import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';
import { ActiveUsers } from './active-users';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UsersService, ActiveUsers],
  exports: [UsersService, ActiveUsers],
})
export class UsersModule {}
