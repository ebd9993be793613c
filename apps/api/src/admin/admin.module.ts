import { Module } from '@nestjs/common';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersRepository } from './admin-users.repository';

@Module({ controllers: [AdminUsersController], providers: [AdminUsersRepository] })
export class AdminModule {}
