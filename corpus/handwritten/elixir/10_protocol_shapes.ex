defprotocol Geometry.Shape do
  @doc "Area of the shape"
  def area(shape)
  @doc "Perimeter of the shape"
  def perimeter(shape)
end

defmodule Geometry.Circle do
  defstruct [:r]
end

defmodule Geometry.Rect do
  defstruct [:w, :h]
end

defimpl Geometry.Shape, for: Geometry.Circle do
  def area(%{r: r}), do: :math.pi() * r * r
  def perimeter(%{r: r}), do: 2 * :math.pi() * r
end

defimpl Geometry.Shape, for: Geometry.Rect do
  def area(%{w: w, h: h}), do: w * h
  def perimeter(%{w: w, h: h}), do: 2 * (w + h)
end

defimpl String.Chars, for: Geometry.Rect do
  def to_string(%{w: w, h: h}), do: "#{w}×#{h} rectangle"
end
