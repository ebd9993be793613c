import { Module } from '@nestjs/common';
import { ContactRequestsController } from './contact-requests.controller';
import { ContactRequestsRepository } from './contact-requests.repository';
import { ContactRequestsService } from './contact-requests.service';

@Module({ controllers: [ContactRequestsController], providers: [ContactRequestsRepository, ContactRequestsService] })
export class ContactRequestsModule {}
