defmodule TownhallWeb.MeetingController do
  use TownhallWeb, :controller

  alias Townhall.Meetings
  alias Townhall.Meetings.Meeting

  action_fallback TownhallWeb.FallbackController

  def index(conn, params) do
    page = Map.get(params, "page", "1") |> String.to_integer()
    meetings = Meetings.list_upcoming(page: page, per_page: 20)
    render(conn, :index, meetings: meetings, page: page)
  end

  def show(conn, %{"id" => id}) do
    with {:ok, meeting} <- Meetings.fetch(id) do
      render(conn, :show, meeting: meeting)
    end
  end

  def create(conn, %{"meeting" => params}) do
    params = Map.put(params, "organizer_id", conn.assigns.current_user.id)

    case Meetings.create(params) do
      {:ok, %Meeting{} = meeting} ->
        conn
        |> put_flash(:info, "Meeting scheduled.")
        |> redirect(to: ~p"/meetings/#{meeting}")

      {:error, %Ecto.Changeset{} = changeset} ->
        render(conn, :new, changeset: changeset)
    end
  end

  def delete(conn, %{"id" => id}) do
    with {:ok, meeting} <- Meetings.fetch(id),
         :ok <- authorize(conn.assigns.current_user, meeting),
         {:ok, _} <- Meetings.cancel(meeting) do
      conn
      |> put_flash(:info, "Meeting cancelled.")
      |> redirect(to: ~p"/meetings")
    end
  end

  defp authorize(%{id: uid}, %Meeting{organizer_id: uid}), do: :ok
  defp authorize(%{role: :admin}, _), do: :ok
  defp authorize(_, _), do: {:error, :forbidden}
end
