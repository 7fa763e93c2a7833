defmodule Billing.Checkout do
  def complete(user, cart_id, payment_token) do
    with {:ok, cart} <- Cart.fetch(cart_id, user),
         :ok <- Cart.ensure_not_empty(cart),
         {:ok, total} <- Cart.total(cart),
         {:ok, charge} <- Payments.charge(payment_token, total),
         {:ok, order} <- Orders.create_from_cart(cart, charge) do
      Mailer.deliver_receipt(user, order)
      {:ok, order}
    else
      {:error, :not_found} -> {:error, "cart not found"}
      {:error, :empty} -> {:error, "your cart is empty"}
      {:error, %Payments.Declined{reason: r}} -> {:error, "payment declined: #{r}"}
    end
  end
end
