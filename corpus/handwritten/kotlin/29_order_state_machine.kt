package orders

import java.time.Instant

sealed interface OrderState {
    data object Draft : OrderState
    data class Placed(val at: Instant) : OrderState
    data class Paid(val at: Instant, val txId: String) : OrderState
    data class Shipped(val at: Instant, val tracking: String) : OrderState
    data object Delivered : OrderState
    data class Cancelled(val reason: String) : OrderState
}

sealed interface OrderEvent {
    data object Place : OrderEvent
    data class Pay(val txId: String) : OrderEvent
    data class Ship(val tracking: String) : OrderEvent
    data object Deliver : OrderEvent
    data class Cancel(val reason: String) : OrderEvent
}

class IllegalTransition(state: OrderState, event: OrderEvent) :
    IllegalStateException("cannot apply ${event::class.simpleName} in ${state::class.simpleName}")

fun OrderState.on(event: OrderEvent, now: Instant = Instant.now()): OrderState = when (this) {
    OrderState.Draft -> when (event) {
        OrderEvent.Place -> OrderState.Placed(now)
        is OrderEvent.Cancel -> OrderState.Cancelled(event.reason)
        else -> throw IllegalTransition(this, event)
    }
    is OrderState.Placed -> when (event) {
        is OrderEvent.Pay -> OrderState.Paid(now, event.txId)
        is OrderEvent.Cancel -> OrderState.Cancelled(event.reason)
        else -> throw IllegalTransition(this, event)
    }
    is OrderState.Paid -> when (event) {
        is OrderEvent.Ship -> OrderState.Shipped(now, event.tracking)
        is OrderEvent.Cancel -> OrderState.Cancelled("refund: ${event.reason}")
        else -> throw IllegalTransition(this, event)
    }
    is OrderState.Shipped -> when (event) {
        OrderEvent.Deliver -> OrderState.Delivered
        else -> throw IllegalTransition(this, event)
    }
    OrderState.Delivered, is OrderState.Cancelled -> throw IllegalTransition(this, event)
}

val OrderState.isFinal: Boolean
    get() = this is OrderState.Delivered || this is OrderState.Cancelled

fun main() {
    val events = listOf(
        OrderEvent.Place,
        OrderEvent.Pay("tx_81f2"),
        OrderEvent.Ship("1Z999AA10123456784"),
        OrderEvent.Deliver,
    )
    val history = events.runningFold<OrderEvent, OrderState>(OrderState.Draft) { s, e -> s.on(e) }
    history.forEach(::println)
    println("final? ${history.last().isFinal}")

    runCatching { OrderState.Delivered.on(OrderEvent.Cancel("too late")) }
        .onFailure { println("rejected: ${it.message}") }
}
