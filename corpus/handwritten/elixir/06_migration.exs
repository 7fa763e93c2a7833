defmodule Townhall.Repo.Migrations.CreateMeetings do
  use Ecto.Migration

  def change do
    create table(:meetings) do
      add :title, :string, null: false
      add :starts_at, :utc_datetime, null: false
      add :location, :string
      add :status, :string, null: false, default: "draft"
      add :agenda, :text
      add :max_attendees, :integer
      add :organizer_id, references(:users, on_delete: :nilify_all)

      timestamps(type: :utc_datetime)
    end

    create index(:meetings, [:organizer_id])
    create index(:meetings, [:starts_at])

    create table(:meeting_attendees, primary_key: false) do
      add :meeting_id, references(:meetings, on_delete: :delete_all), null: false
      add :user_id, references(:users, on_delete: :delete_all), null: false
    end

    create unique_index(:meeting_attendees, [:meeting_id, :user_id])
  end
end
