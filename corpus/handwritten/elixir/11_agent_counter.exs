{:ok, counter} = Agent.start_link(fn -> %{} end)

for word <- ~w(red green red blue red green) do
  Agent.update(counter, &Map.update(&1, word, 1, fn n -> n + 1 end))
end

Agent.get(counter, & &1) |> IO.inspect(label: "counts")
