const { createClient, HttpError } = require('../src/apiClient');

function jsonResponse(status, body, headers = {}) {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Map(Object.entries({ 'content-type': 'application/json', ...headers })),
    json: async () => body,
    text: async () => JSON.stringify(body),
  };
}

describe('apiClient', () => {
  let fetchMock;
  let client;

  beforeEach(() => {
    jest.useFakeTimers();
    fetchMock = jest.fn();
    client = createClient({ baseUrl: 'https://api.test', fetch: fetchMock, retries: 2 });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  test('sends JSON and parses the response', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { id: 7 }));

    await expect(client.post('/widgets', { name: 'gear' })).resolves.toEqual({ id: 7 });
    expect(fetchMock).toHaveBeenCalledWith(
      'https://api.test/widgets',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ name: 'gear' }),
        headers: expect.objectContaining({ 'Content-Type': 'application/json' }),
      })
    );
  });

  test('retries on 503 with backoff, then succeeds', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(503, {}))
      .mockResolvedValueOnce(jsonResponse(503, {}))
      .mockResolvedValueOnce(jsonResponse(200, { ok: true }));

    const pending = client.get('/health');
    await jest.runAllTimersAsync();
    await expect(pending).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  test('does not retry 4xx and throws HttpError', async () => {
    fetchMock.mockResolvedValue(jsonResponse(404, { error: 'missing' }));

    const err = await client.get('/nope').catch((e) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 404, body: { error: 'missing' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['/a b', 'https://api.test/a%20b'],
    ['/q?x=1', 'https://api.test/q?x=1'],
  ])('builds url for %s', async (path, expected) => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, {}));
    await client.get(path);
    expect(fetchMock.mock.calls[0][0]).toBe(expected);
  });
});
