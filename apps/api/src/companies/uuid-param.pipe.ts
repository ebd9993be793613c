/**
 * Route ids are UUIDs: anything else cannot name a resource, so it is a 404 (not a 400 and never a 500 from
 * PostgreSQL's uuid cast). It also keeps static siblings such as /offers/feed.json out of `:id`.
 */
import { Injectable, PipeTransform } from '@nestjs/common';
import { AppError, AppErrorCode } from '../common/errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw new AppError(AppErrorCode.NOT_FOUND);
    return value.toLowerCase();
  }
}
