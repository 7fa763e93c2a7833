const { fetchUserProfile, ProfileError } = require('../lib/profile');
const http = require('../lib/http');

jest.mock('../lib/http');

describe('fetchUserProfile', () => {
  afterEach(() => {
    jest.resetAllMocks();
  });

  test('merges account and preferences', async () => {
    http.get
      .mockResolvedValueOnce({ status: 200, body: { id: 7, name: 'Ada', email: 'ada@example.com' } })
      .mockResolvedValueOnce({ status: 200, body: { theme: 'dark', locale: 'en-GB' } });

    const profile = await fetchUserProfile(7);

    expect(http.get).toHaveBeenCalledTimes(2);
    expect(http.get).toHaveBeenNthCalledWith(1, '/api/users/7');
    expect(http.get).toHaveBeenNthCalledWith(2, '/api/users/7/preferences');
    expect(profile).toEqual({
      id: 7,
      name: 'Ada',
      email: 'ada@example.com',
      preferences: { theme: 'dark', locale: 'en-GB' },
    });
  });

  test('uses default preferences on 404', async () => {
    http.get
      .mockResolvedValueOnce({ status: 200, body: { id: 8, name: 'Grace' } })
      .mockResolvedValueOnce({ status: 404, body: null });

    const profile = await fetchUserProfile(8);
    expect(profile.preferences).toMatchObject({ theme: 'light' });
  });

  test('wraps network errors', async () => {
    http.get.mockRejectedValue(new Error('ECONNRESET'));

    await expect(fetchUserProfile(9)).rejects.toThrow(ProfileError);
    await expect(fetchUserProfile(9)).rejects.toHaveProperty('cause.message', 'ECONNRESET');
  });

  test('rejects invalid ids without calling the API', async () => {
    await expect(fetchUserProfile('abc')).rejects.toThrow(/invalid id/i);
    expect(http.get).not.toHaveBeenCalled();
  });

  test('snapshot of the default preferences', () => {
    expect(require('../lib/profile').DEFAULT_PREFERENCES).toMatchInlineSnapshot(`
      {
        "locale": "en-US",
        "notifications": true,
        "theme": "light",
      }
    `);
  });
});
