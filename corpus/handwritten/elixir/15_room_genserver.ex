defmodule Townhall.Room do
  use GenServer, restart: :transient
  require Logger

  @idle_timeout :timer.minutes(30)

  def start_link(room_id) do
    GenServer.start_link(__MODULE__, room_id, name: via(room_id))
  end

  def ensure_started(room_id) do
    case DynamicSupervisor.start_child(Townhall.RoomSupervisor, {__MODULE__, room_id}) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
      other -> other
    end
  end

  def join(room_id, user), do: GenServer.call(via(room_id), {:join, user})
  def leave(room_id, user), do: GenServer.cast(via(room_id), {:leave, user})
  def say(room_id, user, text), do: GenServer.cast(via(room_id), {:say, user, text})
  def members(room_id), do: GenServer.call(via(room_id), :members)

  defp via(id), do: {:via, Registry, {Townhall.RoomRegistry, id}}

  @impl true
  def init(room_id) do
    Logger.info("room #{room_id} started")
    {:ok, %{id: room_id, members: MapSet.new(), history: []}, @idle_timeout}
  end

  @impl true
  def handle_call({:join, user}, _from, state) do
    state = update_in(state.members, &MapSet.put(&1, user))
    broadcast(state, {:joined, user})
    {:reply, {:ok, Enum.take(state.history, 50)}, state, @idle_timeout}
  end

  def handle_call(:members, _from, state) do
    {:reply, MapSet.to_list(state.members), state, @idle_timeout}
  end

  @impl true
  def handle_cast({:leave, user}, state) do
    state = update_in(state.members, &MapSet.delete(&1, user))
    broadcast(state, {:left, user})
    {:noreply, state, @idle_timeout}
  end

  def handle_cast({:say, user, text}, state) do
    msg = %{user: user, text: String.slice(text, 0, 1000), at: DateTime.utc_now()}
    broadcast(state, {:message, msg})
    {:noreply, %{state | history: [msg | state.history] |> Enum.take(500)}, @idle_timeout}
  end

  @impl true
  def handle_info(:timeout, %{members: m} = state) do
    if MapSet.size(m) == 0 do
      Logger.info("room #{state.id} idle, stopping")
      {:stop, :normal, state}
    else
      {:noreply, state, @idle_timeout}
    end
  end

  defp broadcast(state, event) do
    Phoenix.PubSub.broadcast(Townhall.PubSub, "room:#{state.id}", event)
  end
end

defmodule TownhallWeb.RoomChannel do
  use TownhallWeb, :channel

  alias Townhall.Room

  @impl true
  def join("room:" <> room_id, _payload, socket) do
    {:ok, _pid} = Room.ensure_started(room_id)
    Phoenix.PubSub.subscribe(Townhall.PubSub, "room:#{room_id}")
    {:ok, history} = Room.join(room_id, socket.assigns.user_name)
    {:ok, %{history: Enum.reverse(history)}, assign(socket, :room_id, room_id)}
  end

  @impl true
  def handle_in("say", %{"text" => text}, socket) when is_binary(text) and text != "" do
    Room.say(socket.assigns.room_id, socket.assigns.user_name, text)
    {:reply, :ok, socket}
  end

  def handle_in("say", _payload, socket) do
    {:reply, {:error, %{reason: "empty message"}}, socket}
  end

  @impl true
  def handle_info({:message, msg}, socket) do
    push(socket, "message", msg)
    {:noreply, socket}
  end

  def handle_info({event, user}, socket) when event in [:joined, :left] do
    push(socket, Atom.to_string(event), %{user: user})
    {:noreply, socket}
  end

  @impl true
  def terminate(_reason, socket) do
    if room_id = socket.assigns[:room_id] do
      Room.leave(room_id, socket.assigns.user_name)
    end

    :ok
  end
end
