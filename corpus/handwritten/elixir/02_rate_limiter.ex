defmodule Gateway.RateLimiter do
  @moduledoc """
  Token-bucket rate limiter keyed by client id.

  Buckets are refilled lazily on access, so idle clients cost nothing.
  """
  use GenServer

  @default_capacity 60
  @default_refill_per_sec 1.0

  ## Client API

  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
  end

  @spec allow?(term(), pos_integer()) :: boolean()
  def allow?(client_id, cost \\ 1, server \\ __MODULE__) do
    GenServer.call(server, {:take, client_id, cost})
  end

  def stats(server \\ __MODULE__), do: GenServer.call(server, :stats)

  ## Server callbacks

  @impl true
  def init(opts) do
    state = %{
      capacity: Keyword.get(opts, :capacity, @default_capacity),
      refill: Keyword.get(opts, :refill_per_sec, @default_refill_per_sec),
      buckets: %{},
      denied: 0
    }

    Process.send_after(self(), :sweep, :timer.minutes(5))
    {:ok, state}
  end

  @impl true
  def handle_call({:take, id, cost}, _from, state) do
    now = System.monotonic_time(:millisecond)
    {tokens, last} = Map.get(state.buckets, id, {state.capacity * 1.0, now})

    refilled = min(state.capacity * 1.0, tokens + (now - last) / 1000 * state.refill)

    if refilled >= cost do
      {:reply, true, put_in(state.buckets[id], {refilled - cost, now})}
    else
      state = %{state | denied: state.denied + 1}
      {:reply, false, put_in(state.buckets[id], {refilled, now})}
    end
  end

  def handle_call(:stats, _from, state) do
    {:reply, %{clients: map_size(state.buckets), denied: state.denied}, state}
  end

  @impl true
  def handle_info(:sweep, state) do
    now = System.monotonic_time(:millisecond)
    cutoff = now - :timer.minutes(10)

    buckets =
      state.buckets
      |> Enum.reject(fn {_id, {_t, last}} -> last < cutoff end)
      |> Map.new()

    Process.send_after(self(), :sweep, :timer.minutes(5))
    {:noreply, %{state | buckets: buckets}}
  end
end

defmodule Gateway.Plugs.RateLimit do
  @moduledoc """
  Plug that rejects requests over the limit with `429 Too Many Requests`.

      plug Gateway.Plugs.RateLimit, cost: 1, key: :api_key
  """
  import Plug.Conn
  require Logger

  @behaviour Plug

  @impl true
  def init(opts) do
    %{
      cost: Keyword.get(opts, :cost, 1),
      key: Keyword.get(opts, :key, :ip),
      server: Keyword.get(opts, :server, Gateway.RateLimiter)
    }
  end

  @impl true
  def call(conn, %{cost: cost, key: key, server: server}) do
    id = client_id(conn, key)

    if Gateway.RateLimiter.allow?(id, cost, server) do
      conn
    else
      Logger.debug("rate limited #{inspect(id)} on #{conn.request_path}")

      conn
      |> put_resp_header("retry-after", "1")
      |> put_resp_content_type("application/json")
      |> send_resp(429, ~s({"error":"rate_limited"}))
      |> halt()
    end
  end

  defp client_id(conn, :ip), do: conn.remote_ip |> :inet.ntoa() |> to_string()

  defp client_id(conn, :api_key) do
    case get_req_header(conn, "x-api-key") do
      [key | _] -> {:key, key}
      [] -> client_id(conn, :ip)
    end
  end
end
