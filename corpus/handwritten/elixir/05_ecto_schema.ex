defmodule Townhall.Meetings.Meeting do
  use Ecto.Schema
  import Ecto.Changeset

  @statuses ~w(draft scheduled held cancelled)a

  schema "meetings" do
    field :title, :string
    field :starts_at, :utc_datetime
    field :location, :string
    field :status, Ecto.Enum, values: @statuses, default: :draft
    field :agenda, :string
    field :max_attendees, :integer

    belongs_to :organizer, Townhall.Accounts.User
    has_many :motions, Townhall.Meetings.Motion
    many_to_many :attendees, Townhall.Accounts.User, join_through: "meeting_attendees"

    timestamps(type: :utc_datetime)
  end

  def changeset(meeting, attrs) do
    meeting
    |> cast(attrs, [:title, :starts_at, :location, :status, :agenda, :max_attendees, :organizer_id])
    |> validate_required([:title, :starts_at, :organizer_id])
    |> validate_length(:title, min: 3, max: 140)
    |> validate_number(:max_attendees, greater_than: 0)
    |> validate_future(:starts_at)
    |> foreign_key_constraint(:organizer_id)
  end

  defp validate_future(changeset, field) do
    validate_change(changeset, field, fn ^field, value ->
      if DateTime.compare(value, DateTime.utc_now()) == :gt,
        do: [],
        else: [{field, "must be in the future"}]
    end)
  end
end

defmodule Townhall.Meetings do
  @moduledoc "Context for scheduling meetings and tracking attendance."

  import Ecto.Query, warn: false

  alias Townhall.Repo
  alias Townhall.Meetings.Meeting
  alias Townhall.Accounts.User

  def list_upcoming(opts \\ []) do
    page = Keyword.get(opts, :page, 1)
    per_page = Keyword.get(opts, :per_page, 20)

    from(m in Meeting,
      where: m.starts_at > ^DateTime.utc_now() and m.status in [:scheduled, :draft],
      order_by: [asc: m.starts_at],
      limit: ^per_page,
      offset: ^((page - 1) * per_page),
      preload: [:organizer]
    )
    |> Repo.all()
  end

  def fetch(id) do
    case Repo.get(Meeting, id) do
      nil -> {:error, :not_found}
      meeting -> {:ok, Repo.preload(meeting, [:organizer, :attendees])}
    end
  end

  def create(attrs) do
    %Meeting{}
    |> Meeting.changeset(attrs)
    |> Repo.insert()
  end

  def cancel(%Meeting{} = meeting) do
    meeting
    |> Ecto.Changeset.change(status: :cancelled)
    |> Repo.update()
  end

  def attend(%Meeting{} = meeting, %User{} = user) do
    meeting = Repo.preload(meeting, :attendees)

    cond do
      Enum.any?(meeting.attendees, &(&1.id == user.id)) ->
        {:error, :already_attending}

      meeting.max_attendees && length(meeting.attendees) >= meeting.max_attendees ->
        {:error, :full}

      true ->
        meeting
        |> Ecto.Changeset.change()
        |> Ecto.Changeset.put_assoc(:attendees, [user | meeting.attendees])
        |> Repo.update()
    end
  end

  def attendance_counts do
    from(m in Meeting,
      left_join: a in assoc(m, :attendees),
      group_by: m.id,
      select: {m.id, count(a.id)}
    )
    |> Repo.all()
    |> Map.new()
  end
end
