defmodule Gateway.RateLimiterTest do
  use ExUnit.Case, async: true

  alias Gateway.RateLimiter

  setup do
    name = :"limiter_#{System.unique_integer([:positive])}"
    start_supervised!({RateLimiter, name: name, capacity: 3, refill_per_sec: 0.0})
    %{limiter: name}
  end

  test "allows up to capacity", %{limiter: l} do
    assert RateLimiter.allow?("a", 1, l)
    assert RateLimiter.allow?("a", 1, l)
    assert RateLimiter.allow?("a", 1, l)
    refute RateLimiter.allow?("a", 1, l)
  end

  test "clients have separate buckets", %{limiter: l} do
    for _ <- 1..3, do: RateLimiter.allow?("a", 1, l)
    assert RateLimiter.allow?("b", 1, l)
  end

  test "stats count denials", %{limiter: l} do
    for _ <- 1..5, do: RateLimiter.allow?("x", 1, l)
    assert %{clients: 1, denied: 2} = RateLimiter.stats(l)
  end
end
