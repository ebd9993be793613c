/**
 * One-click unsubscribe (RFC 8058) from the signed link of an alert mail. Anyone holding the link may use it
 * (mail clients POST it without a session), so it only ever turns the alert off and shows its name and kind.
 */
import { Inject, Injectable } from '@nestjs/common';
import { verifyLink } from '@talents/db';
import type { UnsubscribePreview } from '@talents/shared';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { recordEvent } from '../common/outbox/outbox';
import { toUnsubscribePreview } from './alert-view';
import { AlertsRepository, type AlertRow } from './alerts.repository';

const AlertId = z.uuid();

@Injectable()
export class AlertUnsubscribeService {
  constructor(
    private readonly repo: AlertsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(token: string): Promise<UnsubscribePreview> {
    return toUnsubscribePreview(await this.alertOf(token));
  }

  /** Idempotent: a second click (or a mail client's retry) answers the same and keeps the first time. */
  async unsubscribe(token: string): Promise<UnsubscribePreview> {
    const alert = await this.alertOf(token);
    const row = await this.repo.transaction(async (tx) => {
      if (await this.repo.unsubscribe(tx, alert.id, new Date())) {
        await recordEvent(tx, { type: 'alert.unsubscribed', aggregateType: 'alert', aggregateId: alert.id, payload: { alertId: alert.id, via: 'link' } });
      }
      return this.repo.findById(alert.id, tx);
    });
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    return toUnsubscribePreview(row);
  }

  /** A forged or mangled token is 400; a genuine one whose alert was deleted since is 404. */
  private async alertOf(token: string): Promise<AlertRow> {
    const subject = verifyLink(this.config.LINK_SIGNING_SECRET, 'alert-unsubscribe', token);
    if (subject === null || !AlertId.safeParse(subject).success) {
      throw new AppError(AppErrorCode.TOKEN_INVALID, [{ field: 'token', message: 'alert.linkInvalid' }]);
    }
    const row = await this.repo.findById(subject);
    if (!row) throw new AppError(AppErrorCode.NOT_FOUND);
    return row;
  }
}
