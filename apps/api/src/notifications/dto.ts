/** Nest DTO classes over the shared zod schemas: validation by the global pipe, documentation by OpenAPI. */
import { createZodDto } from 'nestjs-zod';
import { NotificationIdParam, NotificationList, NotificationView, NotificationsQuery } from '@talents/shared';

export class NotificationsQueryDto extends createZodDto(NotificationsQuery) {}
export class NotificationIdParamDto extends createZodDto(NotificationIdParam) {}
export class NotificationViewDto extends createZodDto(NotificationView) {}
export class NotificationListDto extends createZodDto(NotificationList) {}
