defmodule Sensors.Packet do
  @moduledoc """
  Decodes the 16-byte radio packets sent by field sensors.

      <<version::4, type::4, node_id::16, seq::8, temp::signed-16, hum::16,
        pressure::24, battery::8, crc::16, _pad::24>>
  """

  import Bitwise

  defstruct [:version, :type, :node_id, :seq, :temperature, :humidity, :pressure, :battery]

  @type t :: %__MODULE__{}

  @spec decode(binary()) :: {:ok, t()} | {:error, atom()}
  def decode(<<version::4, type::4, node_id::16, seq::8, temp::signed-16, hum::16,
               pressure::24, battery::8, crc::16, _pad::binary-size(3)>> = packet) do
    payload = binary_part(packet, 0, 12)

    cond do
      version != 2 -> {:error, :unsupported_version}
      crc16(payload) != crc -> {:error, :bad_crc}
      true ->
        {:ok,
         %__MODULE__{
           version: version,
           type: type_name(type),
           node_id: node_id,
           seq: seq,
           temperature: temp / 100,
           humidity: hum / 100,
           pressure: pressure / 10,
           battery: battery * 20
         }}
    end
  end

  def decode(_), do: {:error, :bad_length}

  defp type_name(1), do: :weather
  defp type_name(2), do: :soil
  defp type_name(_), do: :unknown

  @doc false
  def crc16(data), do: crc16(data, 0xFFFF)

  defp crc16(<<>>, crc), do: crc

  defp crc16(<<byte, rest::binary>>, crc) do
    crc =
      Enum.reduce(0..7, bxor(crc, byte <<< 8), fn _, acc ->
        if (acc &&& 0x8000) != 0,
          do: bxor(acc <<< 1, 0x1021) &&& 0xFFFF,
          else: acc <<< 1 &&& 0xFFFF
      end)

    crc16(rest, crc)
  end
end

defmodule Sensors.Packet.Encoder do
  @moduledoc "Builds packets in the same layout; used by the simulator and tests."

  alias Sensors.Packet

  @type_codes %{weather: 1, soil: 2}

  @spec encode(Packet.t()) :: binary()
  def encode(%Packet{} = p) do
    type = Map.fetch!(@type_codes, p.type)
    temp = round(p.temperature * 100)
    hum = round(p.humidity * 100)
    pressure = round(p.pressure * 10)
    battery = div(p.battery, 20)

    payload =
      <<2::4, type::4, p.node_id::16, p.seq::8, temp::signed-16, hum::16, pressure::24,
        battery::8>>

    payload <> <<Packet.crc16(payload)::16, 0::24>>
  end

  @doc "Produces a stream of plausible readings for load testing."
  def simulate(node_id, opts \\ []) do
    base_temp = Keyword.get(opts, :base_temp, 18.0)

    Stream.iterate(0, &rem(&1 + 1, 256))
    |> Stream.map(fn seq ->
      %Packet{
        version: 2,
        type: :weather,
        node_id: node_id,
        seq: seq,
        temperature: Float.round(base_temp + :rand.normal() * 0.8, 2),
        humidity: Float.round(55 + :rand.uniform() * 20, 2),
        pressure: Float.round(1013 + :rand.normal() * 2, 1),
        battery: 100 - div(seq, 3) * 20 |> max(0)
      }
    end)
    |> Stream.map(&encode/1)
  end
end
