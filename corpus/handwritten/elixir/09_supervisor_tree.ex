defmodule Townhall.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      TownhallWeb.Telemetry,
      Townhall.Repo,
      {DNSCluster, query: Application.get_env(:townhall, :dns_cluster_query) || :ignore},
      {Phoenix.PubSub, name: Townhall.PubSub},
      {Finch, name: Townhall.Finch},
      {Registry, keys: :unique, name: Townhall.RoomRegistry},
      {DynamicSupervisor, name: Townhall.RoomSupervisor, strategy: :one_for_one},
      {Task.Supervisor, name: Townhall.TaskSupervisor},
      TownhallWeb.Endpoint
    ]

    opts = [strategy: :one_for_one, name: Townhall.Supervisor]
    Supervisor.start_link(children, opts)
  end

  @impl true
  def config_change(changed, _new, removed) do
    TownhallWeb.Endpoint.config_change(changed, removed)
    :ok
  end
end
