defmodule TownhallWeb.VoteLive do
  use TownhallWeb, :live_view

  alias Townhall.Meetings

  @impl true
  def mount(%{"motion_id" => id}, _session, socket) do
    if connected?(socket), do: Phoenix.PubSub.subscribe(Townhall.PubSub, "motion:#{id}")
    motion = Meetings.get_motion!(id)

    {:ok,
     socket
     |> assign(:motion, motion)
     |> assign(:tally, Meetings.tally(motion))
     |> assign(:voted, false)}
  end

  @impl true
  def handle_event("vote", %{"choice" => choice}, socket) when choice in ~w(yes no abstain) do
    user = socket.assigns.current_user

    case Meetings.cast_vote(socket.assigns.motion, user, String.to_existing_atom(choice)) do
      {:ok, _vote} ->
        {:noreply, assign(socket, :voted, true)}

      {:error, :already_voted} ->
        {:noreply, put_flash(socket, :error, "You have already voted.")}
    end
  end

  @impl true
  def handle_info({:tally_updated, tally}, socket) do
    {:noreply, assign(socket, :tally, tally)}
  end

  @impl true
  def render(assigns) do
    ~H"""
    <div class="vote">
      <h2><%= @motion.title %></h2>
      <div :if={!@voted} class="buttons">
        <button phx-click="vote" phx-value-choice="yes">Yes</button>
        <button phx-click="vote" phx-value-choice="no">No</button>
        <button phx-click="vote" phx-value-choice="abstain">Abstain</button>
      </div>
      <ul class="tally">
        <li :for={{choice, n} <- @tally}><%= choice %>: <%= n %></li>
      </ul>
    </div>
    """
  end
end
