/**
 * Prometheus metrics of one API process (prom-client): Node's default process metrics, an HTTP latency
 * histogram labelled by route pattern (never the raw URL, which may hold ids or search terms), and the outbox
 * backlog read at scrape time. Each replica is scraped on its own; Prometheus sums them.
 */
import { Injectable } from '@nestjs/common';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { PrismaService } from '../common/prisma/prisma.service';

@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(prisma: PrismaService) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'outbox_unpublished_events',
      help: 'Outbox events not yet relayed to the queues (grows while Redis or the worker is down)',
      registers: [this.registry],
      async collect() {
        const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM outbox_events WHERE published_at IS NULL`;
        this.set(Number(row?.n ?? 0));
      },
    });
    new Gauge({
      name: 'outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest outbox event not yet relayed (0 when none)',
      registers: [this.registry],
      async collect() {
        const [row] = await prisma.$queryRaw<{ age: number | null }[]>`
          SELECT EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS age FROM outbox_events WHERE published_at IS NULL`;
        this.set(row?.age ?? 0);
      },
    });
  }

  /** Called for every response; `route` is the matched pattern (`/api/offers/:id`) or `unmatched`. */
  observe(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
