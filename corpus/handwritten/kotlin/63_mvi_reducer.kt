package com.example.player

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.*
import kotlinx.coroutines.launch

data class PlayerState(
    val queue: List<Track> = emptyList(),
    val index: Int = -1,
    val playing: Boolean = false,
    val positionMs: Long = 0,
    val shuffle: Boolean = false,
) {
    val current: Track? get() = queue.getOrNull(index)
}

data class Track(val id: String, val title: String, val durationMs: Long)

sealed interface PlayerIntent {
    data class Load(val tracks: List<Track>) : PlayerIntent
    data object Play : PlayerIntent
    data object Pause : PlayerIntent
    data object Next : PlayerIntent
    data object Previous : PlayerIntent
    data class Seek(val toMs: Long) : PlayerIntent
    data object ToggleShuffle : PlayerIntent
}

sealed interface PlayerEffect {
    data class ShowMessage(val text: String) : PlayerEffect
}

fun reduce(state: PlayerState, intent: PlayerIntent): PlayerState = when (intent) {
    is PlayerIntent.Load -> PlayerState(queue = intent.tracks, index = if (intent.tracks.isEmpty()) -1 else 0)
    PlayerIntent.Play -> if (state.current != null) state.copy(playing = true) else state
    PlayerIntent.Pause -> state.copy(playing = false)
    PlayerIntent.Next -> when {
        state.queue.isEmpty() -> state
        state.shuffle -> state.copy(index = state.queue.indices.random(), positionMs = 0)
        else -> state.copy(index = (state.index + 1) % state.queue.size, positionMs = 0)
    }
    PlayerIntent.Previous ->
        if (state.positionMs > 3_000) state.copy(positionMs = 0)
        else state.copy(index = (state.index - 1).coerceAtLeast(0), positionMs = 0)
    is PlayerIntent.Seek -> state.copy(
        positionMs = intent.toMs.coerceIn(0, state.current?.durationMs ?: 0),
    )
    PlayerIntent.ToggleShuffle -> state.copy(shuffle = !state.shuffle)
}

class PlayerStore(private val scope: CoroutineScope) {
    private val intents = Channel<PlayerIntent>(Channel.UNLIMITED)
    private val _effects = Channel<PlayerEffect>(Channel.BUFFERED)
    val effects = _effects.receiveAsFlow()

    val state: StateFlow<PlayerState> = intents.receiveAsFlow()
        .onEach { if (it is PlayerIntent.ToggleShuffle) _effects.send(PlayerEffect.ShowMessage("Shuffle toggled")) }
        .scan(PlayerState(), ::reduce)
        .stateIn(scope, SharingStarted.Eagerly, PlayerState())

    fun dispatch(intent: PlayerIntent) {
        scope.launch { intents.send(intent) }
    }
}
