import { AllExceptionsFilter } from './all-exceptions.filter';
import { AppError, AppErrorCode } from './app-error';

describe('AllExceptionsFilter', () => {
  const filter = new AllExceptionsFilter();

  it('turns an unexpected error into a 500 with an errorId and no internals', () => {
    jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);
    const body = filter.toBody(new Error('relation "users" does not exist at /srv/app.js:12'), 'fr');
    expect(body.statusCode).toBe(500);
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.message).toContain(body.errorId!);
    expect(JSON.stringify(body)).not.toContain('users');
  });

  it('answers a database outage with 503 and retry advice', () => {
    jest.spyOn(filter['logger'], 'warn').mockImplementation(() => undefined);
    const body = filter.toBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 'en');
    expect(body).toMatchObject({ statusCode: 503, message: 'Service temporarily unavailable. Try again in a moment.' });
  });

  it.each([
    ['a raw query refused by a closed database (Prisma P2010 around SQLSTATE 55000)', Object.assign(new Error('Raw query failed. Code: `55000`. Message: `database "talents" is not currently accepting connections`'), { code: 'P2010', meta: { code: '55000' } })],
    ['a driver-adapter error whose cause is a terminated connection', Object.assign(new Error('query failed'), { cause: { code: '57P01', message: 'terminating connection due to administrator command' } })],
    ['a connection-exception SQLSTATE (class 08)', Object.assign(new Error('protocol'), { meta: { code: '08006' } })],
  ])('answers 503 for %s', (_what, error) => {
    jest.spyOn(filter['logger'], 'warn').mockImplementation(() => undefined);
    expect(filter.toBody(error, 'fr')).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });

  it('maps domain errors to their status and message', () => {
    expect(filter.toBody(new AppError(AppErrorCode.EMAIL_TAKEN), 'en')).toMatchObject({ statusCode: 409, error: 'Conflict' });
  });
});
