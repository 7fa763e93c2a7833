import { NotificationService } from './notification.service';
import type { Mailer, SmsGateway, UserDirectory, User } from './ports';

function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u_1',
    email: 'jo@example.com',
    phone: '+447700900123',
    locale: 'en-GB',
    preferences: { email: true, sms: false, quietHours: null },
    ...overrides,
  };
}

describe('NotificationService', () => {
  let mailer: jest.Mocked<Mailer>;
  let sms: jest.Mocked<SmsGateway>;
  let users: jest.Mocked<UserDirectory>;
  let service: NotificationService;

  beforeEach(() => {
    mailer = { send: jest.fn().mockResolvedValue({ id: 'msg_1' }) };
    sms = { send: jest.fn().mockResolvedValue(undefined) };
    users = { findById: jest.fn() };
    service = new NotificationService(mailer, sms, users, () => new Date('2024-11-05T14:00:00Z'));
  });

  it('emails users who opted in', async () => {
    users.findById.mockResolvedValue(makeUser());

    await service.notify('u_1', { kind: 'invoice-ready', invoiceId: 'inv_9' });

    expect(mailer.send).toHaveBeenCalledTimes(1);
    expect(mailer.send).toHaveBeenCalledWith(
      expect.objectContaining({
        to: 'jo@example.com',
        template: 'invoice-ready',
        vars: { invoiceId: 'inv_9' },
      }),
    );
    expect(sms.send).not.toHaveBeenCalled();
  });

  it('sends SMS as well when enabled', async () => {
    users.findById.mockResolvedValue(makeUser({ preferences: { email: true, sms: true, quietHours: null } }));
    await service.notify('u_1', { kind: 'password-changed' });
    expect(sms.send).toHaveBeenCalledWith('+447700900123', expect.stringContaining('password'));
  });

  it('respects quiet hours for SMS', async () => {
    users.findById.mockResolvedValue(
      makeUser({ preferences: { email: false, sms: true, quietHours: { from: 13, to: 15 } } }),
    );
    const result = await service.notify('u_1', { kind: 'password-changed' });
    expect(sms.send).not.toHaveBeenCalled();
    expect(result.deferred).toEqual(['sms']);
  });

  it('throws for unknown users', async () => {
    users.findById.mockResolvedValue(null);
    await expect(service.notify('nope', { kind: 'password-changed' })).rejects.toThrow('user nope not found');
  });

  it('reports partial failure without throwing', async () => {
    users.findById.mockResolvedValue(makeUser({ preferences: { email: true, sms: true, quietHours: null } }));
    mailer.send.mockRejectedValueOnce(new Error('SMTP 451'));

    const result = await service.notify('u_1', { kind: 'invoice-ready', invoiceId: 'inv_2' });

    expect(result).toMatchObject({ delivered: ['sms'], failed: [{ channel: 'email', error: 'SMTP 451' }] });
  });
});
